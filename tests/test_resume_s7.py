"""Education lines as written outside the US: India's degree names and institutes known by their
acronym, and a school diploma named before its school."""

from __future__ import annotations

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab():
    return Vocabulary.load()


def _education(lines: str, vocab):
    text = f"Asha Rao\nasha@x.com\n\nEducation\n{lines}\n\nSkills\nJava, SQL\n"
    profile = profile_resume(Document(path="r.txt", text=text, kind="text"), vocab)
    return [(e.degree, e.field, e.institution, e.year) for e in profile.education]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("B.Tech in Computer Science, IIT Delhi, 2018", ("bachelor", "Computer Science", "IIT Delhi", 2018)),
        ("B.E. Mechanical Engineering, Anna University, 2019",
         ("bachelor", "Mechanical Engineering", "Anna University", 2019)),
        ("M.Tech VLSI Design, NIT Trichy, 2021", ("master", "VLSI Design", "NIT Trichy", 2021)),
        ("B.Com Accounting, University of Mumbai, 2016", ("bachelor", "Accounting", "University of Mumbai", 2016)),
        ("MCA, BITS Pilani, 2020", ("master", None, "BITS Pilani", 2020)),
    ],
)
def test_indian_degrees_give_field_and_institution(vocab, line, expected):
    assert _education(line, vocab) == [expected]


def test_a_school_diploma_is_not_the_school(vocab):
    found = _education("High School Diploma, Lincoln High School, 2015", vocab)
    assert found == [("high_school", None, "Lincoln High School", 2015)]


def test_an_acronym_is_an_institute_only_as_a_word(vocab):
    # "MITx" is no MIT, and the degree line without a school names none
    assert _education("B.S. Computer Science, MITx courses, 2019", vocab)[0][2] is None
