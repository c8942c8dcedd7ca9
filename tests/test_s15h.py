"""Posting, resume and input defects of s15h: a librarian's master's (MLIS, MLS), a graduate certificate on a
posting, a requirement that "may be required", a civil-service posting's alternative options, and a glob
matching a named pipe."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from jobmatch import api
from jobmatch.match import profile_resume
from jobmatch.models import Document, InputError, Tier
from jobmatch.posting import find_degrees
from jobmatch.text import normalize_text

TODAY = date(2026, 11, 1)
NEOGOV = Path(__file__).parent / "data" / "postings_s15a" / "neogov_county_analyst.txt"


def _tiers(posting) -> dict[str, Tier]:
    return {name: r.tier for r in posting.requirements for name in r.any_of}


# -- 1. a librarian's master's ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "M.L.I.S., San Jose State University (ALA-accredited), 2021",
        "MLIS from an ALA-accredited program required.",
        "MLS from an ALA-accredited program.",
        "Master's degree in Library Science (MLS) required.",
        "MLIS/MLS required.",
        "MSLIS, University of Illinois Urbana-Champaign, 2019",
        "Master of Library and Information Science",
        "Librarian, MLS",
        "MLS degree required.",
    ],
)
def test_a_librarians_master(text: str) -> None:
    assert find_degrees(text) == {"master"}


@pytest.mark.parametrize(
    "text, levels",
    [
        # a medical laboratory scientist's certification, the Multiple Listing Service, a soccer league, a
        # software library: no degree
        ("MLS(ASCP) certification required.", set()),
        ("MLS (ASCP) certification and a bachelor's degree required.", {"bachelor"}),
        ("MLS or MT (ASCP) with a bachelor's degree in medical technology.", {"bachelor"}),
        ("Experience with MLS listings and Zillow.", set()),
        ("Former MLS player and youth coach.", set()),
        ("Built MLS data feeds through the RETS library.", set()),
    ],
)
def test_mls_elsewhere_is_no_masters(text: str, levels: set[str]) -> None:
    assert find_degrees(text) == levels


def test_mlis_on_a_resume_and_a_posting(vocab, parse) -> None:
    resume = "Jane Doe\n\nEDUCATION\nM.L.I.S., San Jose State University (ALA-accredited), 2021\n"
    profile = profile_resume(Document("r.txt", normalize_text(resume), "text"), vocab, today=TODAY)
    assert profile.degree == "master"
    posting = parse("Librarian II\n\nMinimum Qualifications\n- MLIS from an ALA-accredited program required.\n")
    assert posting.degree == "master"


# -- 2. a graduate certificate asked shows the bachelor's held before it -----------------------------------


def test_a_graduate_certificate_asks_a_bachelors(parse) -> None:
    # as a "Graduate Diploma" does (tests/test_resume_s15b.py): the certificate is taken after a bachelor's,
    # which is the level it asks; it is no master's
    posting = parse("Data Analyst\n\nRequirements\n- Graduate Certificate in Data Analytics required.\n")
    assert posting.degree == "bachelor"
    assert find_degrees("Certificate in Welding Technology required") == set()


# -- 3. "may be required" is a condition of some posts --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Possession of a valid California Driver's License may be required.",
        "A valid driver's license might be needed for some assignments.",
    ],
)
def test_may_be_required_is_preferred(parse, line: str) -> None:
    posting = parse(f"Analyst\n\nMinimum Qualifications\n- {line}\n- Two years of Microsoft Excel experience.\n")
    tiers = _tiers(posting)
    assert tiers["driver's license"] is Tier.PREFERRED
    assert tiers["Microsoft Excel"] is Tier.REQUIRED


@pytest.mark.parametrize(
    "line",
    [
        "Employees may be required to work overtime; a valid driver's license is required.",
        "A valid driver's license is required.",
        "You may be required to use Microsoft Excel daily.",  # a duty: what the work is
        "This role may require you to use Microsoft Excel.",
        # (the active "may require" marks no skill: "This role may require up to 75% travel, joining an Agile team")
        "This role may require up to 75% travel; experience on an Agile team is required.",
    ],
)
def test_required_stays_required(parse, line: str) -> None:
    posting = parse(f"Analyst\n\nMinimum Qualifications\n- {line}\n")
    assert set(_tiers(posting).values()) == {Tier.REQUIRED}


# -- 4. a civil-service posting's options are alternatives ------------------------------------------------


def test_options_ask_the_least_of_them(parse) -> None:
    assert parse(NEOGOV.read_text()).min_years == 2  # OPTION I: two years; OPTION II: three


def test_options_with_overall_years(parse) -> None:
    text = (
        "Management Analyst\n\nMinimum Qualifications\nOption 1: Four years of professional analytical experience.\n\n"
        "Option 2: A bachelor's degree and two years of professional analytical experience.\n"
    )
    assert parse(text).min_years == 2


def test_an_option_asking_no_years_asks_none(parse) -> None:
    text = (
        "Accountant\n\nMinimum Qualifications\nOPTION I\nExperience: Three years of professional accounting "
        "experience.\n\nOPTION II\nEducation: A bachelor's degree in accounting.\n"
    )
    assert parse(text).min_years is None


def test_years_outside_the_options_still_count(parse) -> None:
    text = (
        "Senior Analyst\n\nMinimum Qualifications\nOPTION I\nExperience: Two years of accounting experience.\n\n"
        "OPTION II\nExperience: Three years of bookkeeping experience.\n\n"
        "Special Requirements\n- Five years of experience in public finance.\n"
    )
    assert parse(text).min_years == 5


def test_no_options_without_their_heading(parse) -> None:
    # "Options trading" is no option; both statements are asked
    text = (
        "Trader\n\nRequirements\n- Options trading experience: two years.\n- Three years of equity research "
        "experience.\n"
    )
    assert parse(text).min_years == 3


# -- 5. a glob matching a named pipe ------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_glob_skips_a_named_pipe(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Python required\n")
    os.mkfifo(tmp_path / "b.txt")  # read, it would wait forever for a writer
    assert list(api.expand([str(tmp_path / "*.txt")])) == [str(tmp_path / "a.txt")]
    assert list(api.expand([str(tmp_path)])) == [str(tmp_path / "a.txt")]  # as the directory's listing
    only = list(api.expand([str(tmp_path / "b*")]))
    assert len(only) == 1 and isinstance(only[0], InputError) and "pipes" in only[0].message


def test_a_glob_keeps_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    assert list(api.expand([str(tmp_path / "*.txt")])) == [str(tmp_path / "gone.txt")]
