"""False skill matches found by the QA audits of resumes and postings (/work/qa reports), each from
the real line, with beside it the same word in its skill sense, which must stay found."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_line, extract_skills
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def names(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_line(line, 1, vocab)]


def document(text: str, vocab: Vocabulary) -> list[tuple[int, str]]:
    return [(m.line, m.skill.name) for m in extract_skills(text, vocab, resume=True)]


# -- a place, an employer or a legal form in a header line --------------------------------------


@pytest.mark.parametrize(
    ("line", "kept", "dropped"),
    [
        ("Senior Java Developer | Phoenix, AZ | carlos.ruiz@example.com", "Java", "Phoenix"),  # r39 line 2
        ("Senior Java Developer, Banner Health, Phoenix, AZ", "Java", "Phoenix"),  # r39 line 8
        ("Litigation Paralegal | Phoenix, AZ | dana.w@example.com", "litigation", "Phoenix"),  # r38 line 2
        ("Lead HVAC Technician, Shell Oil Company, Tulsa, OK", "HVAC", "Shell scripting"),  # r32 line 10
        ("Python Developer | Ruby, Alaska", "Python", "Ruby"),
    ],
)
def test_a_title_does_not_vouch_for_the_place_or_employer_beside_it(
    line: str, kept: str, dropped: str, vocab: Vocabulary
) -> None:
    found = names(line, vocab)
    assert kept in found
    assert dropped not in found


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Excel, Word, PowerPoint, Outlook", "Microsoft Excel"),  # "Word" is no skill: the others vouch
        ("- Python (5 yrs), Swift, Word", "Swift"),
        ("Tools: Jira, Excel, Word", "Microsoft Excel"),
        ("Java, Phoenix, Ecto", "Phoenix"),
    ],
)
def test_a_list_of_names_still_vouches_for_a_strict_one(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in names(line, vocab)


def test_a_legal_form_after_a_company_name_is_no_skill(vocab: Vocabulary) -> None:
    assert names("Legal Secretary, Jura & Kerns PLC, Tempe, AZ", vocab) == []  # r38 line 17
    assert "PLC programming" in names("- Programmed PLC ladder logic", vocab)
    assert "PLC programming" in names("Skills: PLC, SCADA, HMI", vocab)
    assert "PLC programming" in names("Programmed Allen-Bradley PLC logic", vocab)


# -- the person's name at the head of a resume ---------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Ruby J. Jenkins", "Django Jenkins", "Perl Jackson", "Elixir Smith", "Keras Smith", "# PERL JACKSON",
     "**Ruby Jenkins**"],
)
def test_the_name_line_of_a_resume_names_no_skill(name: str, vocab: Vocabulary) -> None:
    text = f"{name}\nHVAC Service Technician | Tulsa, OK | ruby.jenkins@example.com\n\nJenkins, Django, Perl\n"
    found = document(text, vocab)
    assert all(line != 1 for line, _ in found)
    assert (4, "Jenkins") in found and (4, "Django") in found  # the same words in a list of skills


@pytest.mark.parametrize("first", ["Java Developer", "Registered Nurse", "Python Django, Jenkins"])
def test_a_first_line_that_is_a_title_or_a_list_keeps_its_skills(first: str, vocab: Vocabulary) -> None:
    assert any(line == 1 for line, _ in document(f"{first}\nSummary\n", vocab))


def test_only_a_resume_has_a_name_line(vocab: Vocabulary) -> None:
    """A requirement's own words ("Postgres Redis" in a posting) are never a person's name."""
    assert [m.skill.name for m in extract_skills("Postgres Redis", vocab)] == ["PostgreSQL", "Redis"]
    assert document("Postgres Redis", vocab) == []


def test_the_name_line_does_not_depend_on_the_lines_after_it(vocab: Vocabulary) -> None:
    # adding a line never takes a skill away (tests/test_properties.py)
    assert document("PYTHON A", vocab) == []
    assert document("PYTHON A\n- Go", vocab) == [(2, "Go")]
    assert document("- Go\nPYTHON A", vocab) == [(1, "Go"), (2, "Python")]


# -- capitals of a strict name beside words in lower case are an acronym --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "• Employee relations investigations; FMLA and ADA compliance.",  # r23 line 12
        "- Ensured ADA compliance for all facilities.",
        "Reviewed WCAG and ADA accessibility",
    ],
)
def test_ada_the_act_is_not_ada_the_language(line: str, vocab: Vocabulary) -> None:
    assert "Ada" not in names(line, vocab)


@pytest.mark.parametrize("line", ["Languages: Ada, C", "SKILLS: ADA, C, PYTHON", "ADA"])
def test_ada_the_language_is_found(line: str, vocab: Vocabulary) -> None:
    assert "Ada" in names(line, vocab)


def test_a_strict_name_in_capitals_in_a_line_of_capitals_is_found(vocab: Vocabulary) -> None:
    assert names("PROGRAMMING: GO, RUST, SWIFT", vocab) == ["Go", "Rust", "Swift"]


# -- words of the vocabulary in another trade's sense -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "troubleshooting airflow problems and explaining repairs to customers.",  # r32 line 7
        "- Maintain rooftop units and chillers; balance airflow and check refrigerant charge.",  # r32 line 12
    ],
)
def test_hvac_airflow_is_not_apache_airflow(line: str, vocab: Vocabulary) -> None:
    assert "Apache Airflow" not in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["- Built ELT pipelines with Airflow and dbt", "Airflow, Spark, Kafka", "Apache Airflow DAGs"]
)
def test_the_orchestrator_is_found(line: str, vocab: Vocabulary) -> None:
    assert "Apache Airflow" in names(line, vocab)


# -- certifications are their own skills, and aliases name one thing ----------------------------


def test_pmp_is_a_certification_not_project_planning(vocab: Vocabulary) -> None:
    pmp = vocab.get("PMP")
    assert pmp is not None and pmp.category == "certification" and not pmp.soft
    assert names("PMP certification required", vocab) == ["PMP"]  # t/pmp.txt
    assert "PMP" not in names("- Project planning and scheduling for 12 projects", vocab)
    assert "project management" in vocab.implied("PMP")  # the holder shows the skill


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        ("Forklift Operator (OSHA compliant)", "workplace safety", "OSHA"),  # r/warehouse.txt
        ("OSHA 10 certification", "OSHA 10", None),
        ("Six Sigma Green Belt", "Six Sigma Green Belt", "Six Sigma Black Belt"),
        ("TestNG, Selenium, Java", "TestNG", "JUnit"),  # r21
        ("Jenkins, Jira, SQL, API testing, regression testing, BDD (Cucumber)",  # r21 line 8
         "behavior-driven development", "test-driven development"),
        ("A/B testing", "A/B testing", "statistics"),  # r08
        ("Pipeline forecasting in Salesforce", "forecasting", "financial forecasting"),
        ("FP&A and cash flow forecasting", "financial forecasting", None),
    ],
)
def test_aliases_name_one_thing(line: str, found: str, not_found: str | None, vocab: Vocabulary) -> None:
    got = names(line, vocab)
    assert found in got
    assert not_found is None or not_found not in got


# -- vocabulary the audits found missing ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Firmware on FreeRTOS for STM32 (Cortex-M4)", "FreeRTOS"),  # r22
        ("Debugged boards over JTAG; drivers for SPI, I2C and UART peripherals", "JTAG"),
        ("Debugged boards over JTAG; drivers for SPI, I2C and UART peripherals", "I2C"),
        ("Debugged boards over JTAG; drivers for SPI, I2C and UART peripherals", "UART"),
        ("Custom Linux images with Yocto", "Yocto"),
        ("Certifications: CompTIA A+, Network+", "CompTIA A+"),  # r16
        ("Certifications: CompTIA A+, Network+", "CompTIA Network+"),
        ("Patricia Gomez, SHRM-CP", "SHRM-CP"),  # r23 line 1
        ("OSCP, CISSP, or AWS Certified Security - Specialty", "OSCP"),  # p/17
        ("Managed 400 laptops with Intune and Jamf", "Microsoft Intune"),
        ("Valid Journeyman Electrician license (Arizona) - REQUIRED", "journeyman electrician license"),  # p/13
        ("Active APRN license and FNP board certification", "APRN license"),  # p/27
        ("Active APRN license and FNP board certification", "FNP board certification"),
        ("DEA registration required", "DEA registration"),
        ("orchestration tool (Airflow, Dagster, Prefect)", "Dagster"),  # p/05
    ],
)
def test_vocabulary_the_audits_found_missing(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in names(line, vocab)


def test_freertos_implies_rtos(vocab: Vocabulary) -> None:
    assert {"RTOS", "embedded systems"} <= vocab.implied("FreeRTOS")


def test_aws_certified_security_is_no_plain_security_requirement(vocab: Vocabulary) -> None:
    assert names("OSCP, CISSP, or AWS Certified Security - Specialty", vocab) == [
        "OSCP", "CISSP", "AWS Certified Security"
    ]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Debugged production incidents across 40 services", "debugging"),  # r40
        ("- Services unit-tested with xUnit", "unit testing"),
        ("- Services unit-tested with xUnit", "xUnit"),
        ("- Cut p95 latency by 60% after I optimised database queries", "database optimization"),
    ],
)
def test_past_tense_and_british_forms(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in names(line, vocab)


# -- postings audit #17: skills invented from similar words -------------------------------------------
@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Experience configuring firewall rules and ACLs", "ACLS"),  # t/acl.txt: a plural, not the certification
        ("Strong publication record in NLP (ACL, EMNLP, NAACL)", "ACLS"),  # p/23
        ("Experience with RLHF or instruction tuning", "instructing"),  # p/23: no misspelling of "instructing"
        ("Deep understanding of transformer architectures", "software architecture"),  # p/23
        ("Experience with concurrency in Go", "async programming"),  # p/21
    ],
)
def test_similar_words_invent_no_skill(line: str, dropped: str, vocab: Vocabulary) -> None:
    assert dropped not in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("BLS and ACLS certification required", "ACLS"),
        ("Advanced Cardiac Life Support", "ACLS"),
        ("Experience with Kubernates", "Kubernetes"),  # a misspelling still fuzzes
        ("Experience with RLHF or instruction tuning", "LLM fine-tuning"),
        ("Deep understanding of transformer architectures", "transformer models"),
        ("Experience with concurrency in Go", "concurrency"),
        ("Experience with asynchronous programming", "async programming"),
        ("Designed the software architecture of the platform", "software architecture"),
    ],
)
def test_the_skill_sense_stays(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in names(line, vocab)


def test_async_programming_still_shows_concurrency(vocab: Vocabulary) -> None:
    assert "concurrency" in vocab.implied("async programming")


# -- postings audit #12: "orchestration" takes the sense the tools beside it imply --------------------
@pytest.mark.parametrize(
    ("line", "skill", "other"),
    [
        ("Experience with an orchestration tool (Airflow, Dagster, Prefect)", "workflow orchestration",
         "container orchestration"),  # p/05
        ("Kubernetes or another orchestration tool", "container orchestration", "workflow orchestration"),
        ("Work with containerization and orchestration tools", "container orchestration", "workflow orchestration"),
    ],
)
def test_orchestration_takes_the_sense_of_its_tools(line: str, skill: str, other: str, vocab: Vocabulary) -> None:
    found = names(line, vocab)
    assert skill in found and other not in found


def test_a_french_plural_is_no_misspelling(vocab):
    """A paralegal's "tableaux of damages" was Tableau by fuzzy matching, with 7 years (QA resumes #22)."""
    assert "Tableau" not in names("- Prepared tableaux of damages for mediation; summarized depositions.", vocab)
    assert "Tableau" in names("- Built dashboards in Tableau and Tablaeu Prep", vocab)


# -- postings audit #18 and resumes audit #14: the rest of the vocabulary gaps -----------------------
@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience with Klaviyo or a similar email platform", "Klaviyo"),  # p/18
        ("Support tickets in Freshdesk", "Freshdesk"),
        ("Built recommender systems for 20M users", "recommender systems"),
        ("Experience building recommendation engines", "recommender systems"),
        ("Dependency injection with Hilt/Dagger", "Hilt"),  # p/18: an Android posting
        ("Dependency injection with Hilt/Dagger", "Dagger"),
        ("Dependency injection with Hilt/Dagger", "dependency injection"),
        ("Persistence with Core Data and SwiftUI", "Core Data"),
        ("Markups and takeoffs in Bluebeam Revu", "Bluebeam"),
        ("Sales tools: Salesforce, Outreach, Gong", "Outreach"),
        ("Pipelines in Apache Beam on Dataflow", "Apache Beam"),
        ("Streaming with Spark, Beam or Flink", "Apache Beam"),
        ("3+ years writing production Go", "Go"),  # p/01: the main language of a Go posting
    ],
)
def test_vocabulary_gaps_of_the_postings_audit(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("We are building a core data platform for the group", "Core Data"),
        ("Plan community outreach events with local schools", "Outreach"),
        ("Outreach to local schools", "Outreach"),  # capitalised, but no technical context
        ("The laser beam hits the target; Beam alignment is daily work", "Apache Beam"),
        ("A dagger in the museum's collection", "Dagger"),
        ("We go into production weekly", "Go"),
        ("Write to us with questions", "Go"),
    ],
)
def test_gap_names_that_are_ordinary_words_stay_words(line: str, absent: str, vocab: Vocabulary) -> None:
    assert absent not in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("Experience with Google Tag Manager and Google Analytics 4", ["Google Tag Manager", "Google Analytics"]),
        ("Set up tracking in Google Tag Manager", ["Google Tag Manager"]),
        ("Migrated Universal Analytics to GA4", ["Google Analytics"]),
    ],
)
def test_a_tag_manager_is_not_the_analytics_it_feeds(line: str, skills: list[str], vocab: Vocabulary) -> None:
    assert list(dict.fromkeys(m.skill.name for m in extract_line(line, 1, vocab))) == skills
