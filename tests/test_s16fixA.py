"""Review defects of s16's rules: a degree held beside a licence or a program being studied for, a duty's "may require
... certification", a tool named in a resume's section heading, a USAJOBS school's name cut at its first school word
(and a state's "MA" after it read as a master's), and two posting patterns quadratic on long lines."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text


def _under(parse, item, heading="Requirements", title="Program Coordinator"):
    return parse(f"{title}\n\n{heading}:\n- {item}\n")


def _resume(text, vocab):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


# -- a degree held beside one being studied for ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "degree"),
    [
        ("MSW required and working toward LCSW licensure", "master"),
        ("Bachelor's degree in Nursing and currently enrolled in an MSN program", "bachelor"),
        ("Bachelor's degree in Accounting and pursuing CPA licensure", "bachelor"),
        ("Bachelor's degree in Education and enrolled in an alternative certification program", "bachelor"),
    ],
)
def test_a_degree_named_before_what_is_studied_is_held(parse, item, degree):
    assert _under(parse, item).degree == degree


def test_a_licence_worked_toward_beside_a_degree_is_still_not_asked(parse):
    posting = _under(parse, "MSW required and working toward LCSW licensure", title="Clinical Social Worker")
    assert [(r.tier.value, r.any_of) for r in posting.requirements] == [("context", ("LCSW",))]


@pytest.mark.parametrize(
    "item",
    [
        # the level after the words of study, a few words on, or a pronoun for the degree named first
        "Currently enrolled at an accredited four-year university in a Bachelor's program",
        "Current students pursuing a degree in Accounting",
        "Master's degree in Social Work or currently working toward one",
    ],
)
def test_a_degree_studied_for_is_still_none_held(parse, item):
    assert _under(parse, item, title="Summer Intern").degree is None
