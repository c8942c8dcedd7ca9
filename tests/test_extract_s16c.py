"""s16c's extractor senses: the words beside a loose name decide its sense, another trade's or machine's words, a
marketer's apps, a data team worked with on a resume, an employer's faculty, a title sought, a document to submit.
Each with the near misses the rule must leave alone; lines in the shape of real postings and resumes."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.vocabulary import Vocabulary


def _names(line: str, vocab: Vocabulary, *, resume: bool = True) -> set[str]:
    text = f"EXPERIENCE\n{line}" if resume else line
    return {m.skill.name for m in extract_skills(text, vocab, resume=resume)}


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Java developer; speaking Spanish or other languages is a plus", False),
        ("Fluent in German; other languages an asset", False),
        ("Fluent English; Python or other languages a plus", True),
        ("Strong Python; other languages a plus", True),
        ("Proficiency with Java, C++, Python or similar languages", True),
    ],
)
def test_the_nearest_kind_of_language_decides_a_loose_name(line: str, found: bool, vocab: Vocabulary) -> None:
    assert ("programming languages" in _names(line, vocab, resume=False)) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Served as MOC (manager on call); responds to guest safety issues", False),
        ("Hotel manager on call for guests overnight", False),
        ("On-call rotation for production incidents", True),
    ],
)
def test_a_hotels_manager_on_call_is_no_incident_response(line: str, found: bool, vocab: Vocabulary) -> None:
    assert ("incident response" in _names(line, vocab)) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Dispatched units using the site plan", False),
        ("911 dispatcher: read site plans to responders", False),
        ("Prepared site plans and grading plans in Civil 3D", True),
    ],
)
def test_a_dispatchers_site_plan_is_no_site_design(line: str, found: bool, vocab: Vocabulary) -> None:
    assert ("site design" in _names(line, vocab)) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("ICS and NIMS training", True),
        ("Completed FEMA and ICS training", True),
        ("ICS and PLC security", False),
        ("The continence nurses (all ICS certified)", False),
    ],
)
def test_ics_listed_with_nims_is_incident_command(line: str, found: bool, vocab: Vocabulary) -> None:
    assert ("ICS" in _names(line, vocab, resume=False)) is found


@pytest.mark.parametrize(
    ("line", "expected", "absent"),
    [
        ("Monitor aircraft engine performance and report trends", set(), {"automotive diagnostics",
                                                                          "performance optimization"}),
        ("Diagnosed engine performance issues on diesel trucks", {"automotive diagnostics"}, set()),
        ("Optimized engine performance for the rendering pipeline", {"performance optimization"}, set()),
    ],
)
def test_an_aircrafts_engine_performance_is_no_cars(line: str, expected: set, absent: set, vocab: Vocabulary) -> None:
    names = _names(line, vocab)
    assert expected <= names and not absent & names


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("CQI/IRCA certified lead auditor", True),
        ("ISO 9001 Lead Auditor certified, 2019", True),
        ("Lead Auditor, Deloitte, 2018-2022", False),
    ],
)
def test_a_lead_auditors_certificate_by_its_register(line: str, found: bool, vocab: Vocabulary) -> None:
    assert ("lead auditor certification" in _names(line, vocab)) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Develop B2C mobile apps in Swift and Kotlin", True),
        ("Promote our B2C mobile apps to new users", False),
        ("YOU CAN FIND OUR MOBILE APPS HERE", False),
    ],
)
def test_a_marketers_mobile_apps_are_no_development(line: str, found: bool, vocab: Vocabulary) -> None:
    assert ("mobile development" in _names(line, vocab, resume=False)) is found


def test_the_military_health_record_is_an_ehr(vocab: Vocabulary) -> None:
    names = _names("Entered orders in the Composite Health Care System (CHCS)", vocab)
    assert "electronic health records" in names or "Composite Health Care System" in names
    assert "health care system" not in names
    assert "health care system" in _names("Worked across the health care system on policy", vocab)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Collaborated with the data science team on churn reports", False),
        ("Worked with data science and engineering teams to ship dashboards", False),
        ("Built data science pipelines in Python", True),
        ("Led a data science team of 6", True),
    ],
)
def test_a_data_team_worked_with_on_a_resume(line: str, found: bool, vocab: Vocabulary) -> None:
    assert ("data science" in _names(line, vocab)) is found


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("study enrolment criteria at the Faculty of Chemistry and Pharmacy", "chemistry", False),
        ("The Department of Bioinformatics and Data Mining combines computational skills", "data mining", False),
        ("MSc in Chemistry or Pharmacy", "chemistry", True),
        ("Then you might be the Sales Manager we are looking for!", "sales", False),
        ("Are you the Data Scientist we're seeking?", "data science", False),
        ("Sales experience is what we are looking for", "sales", True),
        ("Grade transcripts and BSc/MSc diploma (an official translation into English)", "English", False),
        ("Fluent English required", "English", True),
        ("The file must include: a cover letter, CV and an Excel sheet with your grades", "Microsoft Excel", False),
        ("Excel sheet of grades (see guidelines and excel spreadsheet here)", "Microsoft Excel", False),
        ("Maintained Excel spreadsheets for inventory", "Microsoft Excel", True),
        ("crafting pixel-perfect interfaces along awesome user experiences", "UX design", False),
        ("5 years of user experience design", "UX design", True),
    ],
)
def test_a_postings_page_furniture_asks_nothing(line: str, skill: str, found: bool, vocab: Vocabulary) -> None:
    assert (skill in _names(line, vocab, resume=False)) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Stryker Power-PRO stretcher · Spanish (conversational)", True),  # (a medic's skills row)
        ("stretcher, Spanish (conversational)", True),
        ("Zoll monitors, Spanish (fluent)", True),
        ("Spanish (conversational)", True),
        # a language as an adjective, its bracket no rating
        ("Organized the Spanish (Madrid) office's move", False),
        ("Spanish omelette station (weekends)", False),
    ],
)
def test_a_spoken_language_rated_in_brackets_is_the_language(line: str, found: bool, vocab: Vocabulary) -> None:
    assert ("Spanish" in _names(line, vocab)) is found
