"""Resumes beyond software (session 8c): a teacher's clubs, an auditor's title, a British placement
year, section headings of the trades, tab-separated rows of an Indian resume."""

from __future__ import annotations

from datetime import date

from jobmatch.match import profile_resume
from jobmatch.models import Document

AS_OF = date(2026, 11, 1)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=AS_OF)


def _jobs(profile):
    return [(j.title, j.employer, j.months) for j in profile.jobs]


# -- an activity beside the job: the skill is shown, with none of the job's years -------------------
def test_a_club_coached_beside_teaching_shows_its_skill_without_the_jobs_years(vocab):
    text = (
        "TEACHING EXPERIENCE\n"
        "Mathematics Teacher, Westlake High School, Austin, TX\n"
        "August 2018 - Present\n"
        "- Teach Algebra II, Pre-Calculus and AP Statistics to 150 students per year\n"
        "- Coached the robotics club (Python) to the state finals in 2023\n"
        "- Use Google Classroom and Desmos for blended learning\n"
        "Mathematics Teacher, Round Rock ISD, Round Rock, TX\n"
        "August 2016 - June 2018\n"
        "- Taught Algebra I and Geometry; sponsored the coding club (JavaScript)\n"
    )
    profile = _profile(text, vocab)
    for name, line in (("Python", 5), ("JavaScript", 9)):
        skill = profile.skill(name)
        assert skill is not None, name  # shown, with its line as evidence
        assert [m.line for m in skill.mentions] == [line], name
        assert profile.years_of(name) == 0.0, name  # but the job's years are not its years
    assert profile.years_of("Google Classroom") == 8.2  # the job's own work keeps them
    assert profile.years_of("algebra") == 10.2  # (the clause before the club's, on the same line)


def test_work_for_a_club_is_work(vocab):
    text = (
        "EXPERIENCE\n"
        "IT Coordinator, Boys & Girls Club of Austin, Austin, TX\n"
        "2019 - 2023\n"
        "- Administered the club's Windows laptops\n"
        "- Led a Python course for club members\n"
    )
    profile = _profile(text, vocab)
    assert profile.years_of("Python") == 4.0
