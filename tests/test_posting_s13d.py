"""s13d: posting structure - a degree named by no level asks for any degree."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch import api
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import find_degrees
from jobmatch.text import normalize_text


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # no level named: any degree, the lowest after school
        ("Culinary degree", {"associate"}),
        ("A degree in nursing from an accredited program", {"associate"}),
        ("Degree in a related field or equivalent experience", {"associate"}),
        ("Degree in Hospitality Management", {"associate"}),
        # near misses: a university's words or subject, or a level named, keep their level
        ("A degree in Computer Science or related fields", {"bachelor"}),
        ("Engineering degree (Process, Chemical or Mechanical)", {"bachelor"}),
        ("You have an academic degree within communication or HR", {"bachelor"}),
        ("A graduate with a degree in IT", {"bachelor"}),
        ("Degree or diploma in accounting", {"bachelor"}),
        ("Bachelor's degree in Nursing", {"bachelor"}),
        ("Associate degree in Culinary Arts", {"associate"}),
        ("Maintains a high degree of professionalism", set()),
    ],
)
def test_a_postings_degree_of_no_level_asks_for_any_degree(text, levels) -> None:
    assert find_degrees(text) == levels


def test_a_resumes_degree_of_no_level_stays_its_holders_bachelors() -> None:
    # ("Degree in Computer Engineering, Politecnico di Milano": the resume says what its holder has)
    assert find_degrees("Degree in Hospitality Management, Lakeside College, 2014", education=True) == {"bachelor"}


_CHEF_POSTING = (
    "Sous Chef\n\nRequirements\n- 3+ years of line cook experience in a high-volume kitchen\n"
    "- ServSafe Manager certification\n- Culinary degree\n"
)


def _degree_status(education: str, vocab, parse) -> str:
    resume = (
        "Maria Lopez\n\nEXPERIENCE\nLine Cook - Harbor Grill - 2019 to present\n- Ran the saute station\n\n"
        f"EDUCATION\n{education}\n"
    )
    profile = profile_resume(Document("r.txt", normalize_text(resume), "text"), vocab, today=date(2026, 11, 1))
    result = api.score(profile, parse(_CHEF_POSTING), vocab)
    return next(k.status.value for k in result.knockouts if k.name == "degree")


@pytest.mark.parametrize(
    ("education", "status"),
    [
        ("Associate of Applied Science, Culinary Arts - Sullivan University, 2018", "met"),
        ("B.A. Hospitality Management, University of Houston, 2016", "met"),
        # near miss: a school-leaving diploma is no degree
        ("High School Diploma, Lincoln High School, 2012", "not_met"),
    ],
)
def test_an_associates_holder_meets_a_culinary_degree(vocab, parse, education, status) -> None:
    posting = parse(_CHEF_POSTING)
    assert (posting.degree, posting.preferred_degree) == ("associate", None)
    assert _degree_status(education, vocab, parse) == status
