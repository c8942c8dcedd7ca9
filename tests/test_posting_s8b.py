"""Postings beyond software (s8b audit): a truck driver's, a nurse's, an electrician's, an HR
generalist's, a pharmacist's and a paralegal's postings, lines in the shape real ATS postings write."""

from __future__ import annotations

import pytest


def _asked(posting) -> list[tuple[tuple[str, ...], str]]:
    return [(r.any_of, r.tier.value) for r in posting.requirements]


def _names(posting) -> set[str]:
    return {name for r in posting.requirements for name in r.any_of}


# -- the employer's legal statements at the foot ask nothing, whatever the company is called ----
@pytest.mark.parametrize(
    "statement",
    [
        "Summit Freight is an Equal Opportunity Employer.",
        "Northwind Logistics is an equal opportunity and affirmative action employer.",
        "All applicants are considered without regard to race, color, religion or national origin at Acme Logistics.",
        "Bright Current Electrical Wiring is a drug-free workplace.",
        "Summit Freight participates in E-Verify.",
    ],
)
def test_an_equal_opportunity_statement_under_the_requirements_asks_nothing(statement, parse):
    posting = parse(
        "CDL-A Regional Truck Driver\n\nDriver Requirements:\n- Valid Class A CDL\n"
        f"- Must pass DOT physical\n\n{statement}\n"
    )
    assert _asked(posting) == [(("CDL Class A",), "required")]


def test_a_requirement_naming_the_trade_is_still_asked(parse):
    posting = parse("HR Generalist\n\nRequirements\n- 3+ years of HR experience in logistics\n")
    assert (("logistics",), "required") in _asked(posting)


# -- the field of a degree written with dotted letters: "B.S. in Mechanical Engineering" -------
@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.S. in Mechanical Engineering (ABET-accredited)", "Mechanical Engineering"),
        ("M.S. in Data Science or a related field", "Data Science"),
        ("Ph.D. in Chemistry", "Chemistry"),
        ("B.A. in Communications or Journalism", "Communications"),
    ],
)
def test_a_dotted_degree_names_its_field(line, field, parse):
    posting = parse(f"Mechanical Design Engineer\n\nYour Qualifications:\n- {line}\n- 3-6 years of design experience\n")
    assert posting.degree_field == field


# -- Markdown tables that sort skills by tier -----------------------------------------------------
_COLUMNS = """# Data Engineer

## About the role
You will build our data platform.

## Skills

| Must have | Nice to have |
|-----------|--------------|
| Python | Scala |
| SQL | Kafka |
| Airflow | |

## What we offer
Pension and a Java guild.
"""

_ROWS = """# Data Engineer

## Requirements

| Skill | Level |
|-------|-------|
| Python | Required |
| Spark | Must have |
| Kafka | Preferred |
| Terraform | Nice to have |

- Experience with Docker
"""


def test_a_table_with_tier_columns_gives_each_column_its_tier(parse):
    posting = parse(_COLUMNS)
    assert sorted(_asked(posting)) == sorted(
        [
            (("Python",), "required"),
            (("Scala",), "preferred"),
            (("SQL",), "required"),
            (("Kafka",), "preferred"),
            (("Apache Airflow",), "required"),
        ]
    )
    assert {r.any_of[0]: r.line for r in posting.requirements}["Kafka"] == 11  # the row's own line


def test_a_table_whose_rows_name_their_tier(parse):
    posting = parse(_ROWS)
    assert sorted(_asked(posting)) == sorted(
        [
            (("Python",), "required"),
            (("Apache Spark",), "required"),
            (("Kafka",), "preferred"),
            (("Terraform",), "preferred"),
            (("Docker",), "required"),  # the list after the table stays in its section
        ]
    )


def test_a_table_of_other_columns_is_read_as_before(parse):
    text = "# Data Engineer\n\n## Requirements\n\n| Area | Tools |\n|---|---|\n| Data | Python, SQL |\n"
    assert sorted(_asked(parse(text))) == [(("Python",), "required"), (("SQL",), "required")]


# -- the credentials' own heading, and a US job description's duties --------------------------------
@pytest.mark.parametrize(
    "heading",
    [
        "Licenses and Certifications",
        "Certifications",
        "Required Certifications",
        "Licensure/Certification",
        "Education and Experience",
        "Certifications & Licenses Required",
    ],
)
def test_a_credentials_heading_line_opens_a_section_of_requirements(heading, parse):
    posting = parse(
        "Registered Nurse - ICU\n\nResponsibilities\n- Provide direct patient care to critically ill adults\n\n"
        f"{heading}\n- Current, unrestricted RN license in the State of Ohio\n- BLS and ACLS certification\n"
    )
    asked = _asked(posting)
    assert (("RN",), "required") in asked
    assert (("BLS",), "required") in asked and (("ACLS",), "required") in asked


def test_preferred_certifications_are_preferred(parse):
    posting = parse(
        "Registered Nurse\n\nResponsibilities\n- Provide patient care\n\nPreferred Certifications\n- CCRN\n"
    )
    assert (("CCRN",), "preferred") in _asked(posting)


def test_a_credentials_own_line_is_no_heading(parse):
    posting = parse("Registered Nurse\n\nRequirements\nBLS Certification\nACLS Certification\n")
    assert [a for a, _tier in _asked(posting)] == [("BLS",), ("ACLS",)]


def test_essential_functions_after_the_qualifications_are_the_job_s_duties(parse):
    posting = parse(
        "Registered Nurse\n\nMinimum Qualifications\n- BLS certification\n\n"
        "Essential Functions\n- Document care accurately in Epic\n"
        "- Titrate drips in collaboration with Respiratory Therapy\n"
    )
    asked = {a[0]: t for a, t in _asked(posting)}
    assert asked["BLS"] == "required"
    assert asked["Epic"] == "context"


# -- a tool and its mending ask for both ------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("PLC troubleshooting experience", [("PLC programming",), ("troubleshooting",)]),
        ("Java debugging skills", [("Java",), ("debugging",)]),
    ],
)
def test_a_tool_before_its_troubleshooting_is_asked_too(line, asked, parse):
    posting = parse(f"Industrial Electrician\n\nNice to Have:\n- {line}\n")
    assert [a for a, _tier in _asked(posting)] == asked


def test_a_language_modifying_a_concept_still_asks_the_concept(parse):
    posting = parse("Backend Engineer\n\nRequirements\n- Python async programming\n")
    assert [a for a, _tier in _asked(posting)] == [("async programming",)]


# -- "You'll:" over the duties, "You'll have:" over the requirements ---------------------------------
def test_you_will_written_short_heads_the_duties_and_what_you_will_have_the_requirements(parse):
    posting = parse(
        "Service Plumber\n\nAbout the job\nWe're a growing residential plumbing company.\n\n"
        "You'll:\n- Install PEX, copper and PVC piping\n- Keep job records in ServiceTitan\n\n"
        "You'll have:\n- Texas Journeyman Plumber license\n- Backflow certification preferred\n"
    )
    assert [(s.heading, s.kind) for s in posting.sections if s.heading] == [
        ("About the job", "context"),
        ("You'll", "context"),
        ("You'll have", "required"),
    ]
    assert (("plumbing license",), "required") in _asked(posting)


# -- the label of the employer's name ---------------------------------------------------------------
def test_the_employers_name_under_its_label_asks_nothing(parse):
    posting = parse(
        "HR Generalist\nCompany: Northwind Logistics\nEmployer: Summit Freight\nLocation: Charlotte, NC\n\n"
        "Requirements\n- 3+ years of HR experience in logistics\n"
    )
    assert _asked(posting) == [(("logistics",), "required")]
    assert {r.line for r in posting.requirements} == {7}


def test_an_indented_table_is_read_by_tier_and_a_title_with_a_bar_is_no_table(parse):
    posting = parse("Data Engineer | Acme\n\nSkills\n\n  | Required | Preferred |\n  |---|---|\n  | Python | Scala |\n")
    assert sorted(_asked(posting)) == [(("Python",), "required"), (("Scala",), "preferred")]


@pytest.mark.parametrize(
    "header", ["Qualification | Required or Preferred", "Skill | Required/Preferred", "Requirement | Must or nice"]
)
def test_a_header_naming_the_choice_of_tiers_leaves_them_to_the_rows(parse, header):
    """"| Qualification | Required or Preferred |" heads rows that name their tier, not two columns of tiers."""
    posting = parse(
        "# Data Engineer\n\n## Qualifications\n\n"
        f"| {header} |\n|---|---|\n| Python | Required |\n| Kafka | Preferred |\n\n## Benefits\n- Dental\n"
    )
    assert sorted(_asked(posting)) == [(("Kafka",), "preferred"), (("Python",), "required")]


def test_a_requirement_about_employers_law_or_an_organisation_label_still_asks(parse):
    posting = parse(
        "# HR Generalist\n\n## Requirements\n"
        "- Working knowledge of FLSA, FMLA and equal opportunity employer obligations\n"
        "- 3+ years administering DOT drug-free workplace programs under FMCSA regulations\n"
        "- Organization: time management, Microsoft Excel and Outlook\n"
        "- Company: Northwind Logistics\n"
        "- Summit Freight is an Equal Opportunity Employer.\n"
    )
    asked = {r.any_of[0]: (r.tier.value, r.min_years, r.line) for r in posting.requirements}
    assert asked == {
        "employment law": ("required", None, 4),
        "DOT regulations": ("required", 3, 5),
        "time management": ("required", None, 6),
        "Microsoft Excel": ("required", None, 6),
        "Microsoft Outlook": ("required", None, 6),
    }
