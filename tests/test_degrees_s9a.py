"""Degrees beyond the US four-year one (session 9a): associate degrees written out, the UK's HND, HNC,
foundation degree and PGCE, Australia's diplomas, trade certificates (no degree), the PharmD; read
alike in a posting and in a resume's education."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch import api
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import degree_field, find_degrees
from jobmatch.scoring import degree_check
from jobmatch.text import normalize_text


def _education(text: str, vocab):
    doc = Document(path="r.txt", text=normalize_text("Sam Lee\n\nEDUCATION\n" + text + "\n"), kind="text")
    return profile_resume(doc, vocab, today=date(2026, 11, 1))


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("Associate in Applied Science, Nursing, Phoenix College, 2015", "associate", "Nursing"),
        ("Associate of Arts (AA), Harper College, 2013", "associate", None),
        ("HND Mechanical Engineering, City of Bristol College, 2014", "associate", "Mechanical Engineering"),
        ("HNC Electrical and Electronic Engineering, 2012", "associate", "Electrical and Electronic Engineering"),
        ("Foundation Degree in Early Years, University of Derby, 2016", "associate", "Early Years"),
        ("Diploma of Nursing, TAFE NSW, 2018", "associate", "Nursing"),
        ("Advanced Diploma of Engineering, TAFE Queensland, 2017", "associate", "Engineering"),
        ("PGCE Secondary Mathematics, University of Manchester, 2019", "bachelor", "Secondary Mathematics"),
        ("Postgraduate Certificate in Education, University of Leeds, 2020", "bachelor", "Education"),
        ("Doctor of Pharmacy (PharmD), University of Illinois Chicago, 2019", "phd", "Pharmacy"),
    ],
)
def test_a_degree_is_read_at_its_level_in_a_posting_and_in_a_resume(vocab, line, level, field):
    assert find_degrees(line) == {level}  # a posting's line
    education = _education(line, vocab).education
    assert [(e.degree, e.field) for e in education] == [(level, field)]


@pytest.mark.parametrize(
    "line",
    [
        "NVQ Level 3 in Engineering Maintenance, 2011",
        "Certificate III in Electrotechnology Electrician (UEE30811), TAFE Queensland, 2016",
        "Cert IV in Training and Assessment",
        "Level 3 Diploma in Electrical Installation, City & Guilds, 2012",
        "BTEC Level 3 Extended Diploma in Engineering",
        "City & Guilds 2365 Level 2 & 3 Diploma in Electrical Installations",
    ],
)
def test_a_trade_certificate_names_no_degree(line):
    # (a vocational level, not a degree: before, "Diploma in" read as an associate's)
    assert find_degrees(line) == set()
    assert find_degrees(line, education=True) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Experience with Autonomous Systems (AS) and robotics",
        "Familiarity with Alcoholics Anonymous (AA) and other recovery programs",
        "Support our Application Server (AS) estate",
    ],
)
def test_letters_in_parentheses_alone_name_no_associate_degree(line):
    # ("Associate of Arts (AA)" is read by its words; the letters alone name other things)
    assert find_degrees(line) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Sales Associate in our Arts and Crafts store",
        "High school diploma of completion or GED",  # (a high-school diploma, not Australia's "Diploma of ...")
        "Graduate Engineer, Rolls-Royce",
        "Postgraduate Diploma in Management",  # (a master's without the dissertation: master, as before)
    ],
)
def test_words_near_the_new_degrees_keep_their_reading(line):
    expected = {
        "High school diploma of completion or GED": {"high_school"},
        "Postgraduate Diploma in Management": {"master"},
    }.get(line, set())
    assert find_degrees(line) == expected


def test_a_posting_asking_for_an_hnd_or_a_pgce_names_its_field():
    assert degree_field("HND in Mechanical Engineering or equivalent") == "Mechanical Engineering"
    assert degree_field("PGCE in Primary Education with QTS") == "Primary Education"


def test_an_hnd_holder_meets_an_associate_degree_but_not_a_bachelors():
    assert degree_check("associate", "associate").status.value == "met"
    assert degree_check("bachelor", "associate").status.value != "met"


def test_a_pharmd_is_a_doctorate_on_both_sides(tmp_path, vocab):
    # Kept a doctorate: postings that name it ask for "an advanced degree (PharmD, PhD or MD)" (a
    # medical science liaison) or for it by name (a pharmacist); read as a master's, any MSc would meet
    # "PharmD required". The level alone does not tell a research doctorate from a professional one.
    path = tmp_path / "p.txt"
    path.write_text(
        "Medical Science Liaison\n\nRequirements\n- Advanced degree (PharmD, PhD or MD) required\n", encoding="utf-8"
    )
    posting = api.read_posting(str(path), vocab)
    assert not isinstance(posting, api.InputError)
    assert posting.degree == "phd"
    resume = _education("Doctor of Pharmacy (PharmD), University of Illinois Chicago, 2019", vocab)
    assert resume.degree == "phd"
    assert degree_check(posting.degree, resume.degree).status.value == "met"
