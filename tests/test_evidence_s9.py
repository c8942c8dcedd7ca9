"""The line a match cites: a licence or certification is shown where the resume lists it, not
in a job title that names it too (a nurse's "Registered Nurse, Medical ICU" is her job; "Registered
Nurse, Arizona State Board of Nursing, License #RN123456" is the licence); other skills are
still shown best in a job."""

from __future__ import annotations

from datetime import date

from jobmatch import api
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text

RESUME = """Maria Lopez, RN
Phoenix, AZ | maria.lopez@example.com

EXPERIENCE
Registered Nurse, Medical ICU
Banner Health, Phoenix, AZ | June 2018 - Present
- Cared for 2-3 critically ill patients per shift on ventilators; charted in Epic
- Maintained BLS and ACLS throughout

SKILLS
Epic, ventilator management, patient education

LICENSES AND CERTIFICATIONS
Registered Nurse, Arizona State Board of Nursing, License #RN123456
BLS, American Heart Association, exp. 2027
ACLS, American Heart Association, exp. 2027
"""

POSTING = """ICU Registered Nurse
Requirements:
- Current RN license in Arizona
- BLS and ACLS certification
- Experience with Epic
"""


def _evidence(parse, vocab) -> dict[str, str]:
    doc = Document(path="cv.txt", text=normalize_text(RESUME), kind="text")
    profile = profile_resume(doc, vocab, today=date(2026, 11, 1))
    result = api.score(profile, parse(POSTING), vocab)
    return {m.requirement.any_of[0]: m.evidence.text for m in result.matches if m.evidence is not None}


def test_a_licence_is_shown_where_the_resume_lists_it(parse, vocab) -> None:
    shown = _evidence(parse, vocab)
    assert shown["RN"] == "Registered Nurse, Arizona State Board of Nursing, License #RN123456"  # (not line 5)
    assert shown["BLS"] == "BLS, American Heart Association, exp. 2027"  # (not the job's bullet)
    assert shown["ACLS"] == "ACLS, American Heart Association, exp. 2027"


def test_a_tool_is_still_shown_in_the_job_that_used_it(parse, vocab) -> None:
    assert _evidence(parse, vocab)["Epic"].startswith("- Cared for 2-3 critically ill patients")
