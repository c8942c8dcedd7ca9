"""Postings of the s4 audit read without headings (hiring phrasing, qualification lists), with
experience in months, labels after a preferred section, company prose, one-line postings and
alternatives the vocabulary partly knows (the audit's postings, cut to the lines that matter)."""

from __future__ import annotations

import pytest

from jobmatch.models import Tier
from jobmatch.posting import find_degrees


def _tiers(posting) -> dict[str, str]:
    return {name: r.tier.value for r in posting.requirements for name in r.any_of}


# -- #2: hiring phrasing and qualification lists without a heading ------------------------------


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("We need an accountant with Excel skills.", ["Microsoft Excel"]),
        ("We are looking for an accountant with Excel skills.", ["Microsoft Excel"]),
        ("Looking for someone who knows Excel and QuickBooks.", ["Microsoft Excel", "QuickBooks"]),
        ("Need someone with Excel and QuickBooks.", ["Microsoft Excel", "QuickBooks"]),
        ("Candidates should know QuickBooks.", ["QuickBooks"]),
        ("The right person will know payroll.", ["payroll"]),
        ("Ideal candidate knows Excel.", ["Microsoft Excel"]),
        ("Excel and QuickBooks skills needed.", ["Microsoft Excel", "QuickBooks"]),
    ],
)
def test_hiring_phrasing_without_headings_asks(line, skills, parse):
    tiers = _tiers(parse(f"Bookkeeper\n\n{line}\n"))
    assert {name: tiers.get(name) for name in skills} == {name: "required" for name in skills}


def test_a_short_post_asks_for_its_skills_and_years(parse):
    posting = parse(
        "Data Entry Clerk - Remote\n"
        "Need someone with fast typing (50 WPM), Excel and attention to detail. 1 year experience. $17/hr.\n"
    )
    assert _tiers(posting)["Microsoft Excel"] == "required"
    assert posting.min_years == 1


@pytest.mark.parametrize(
    "line",
    [
        # the job or the work named before the "with" (SkillSpan dev postings)
        "We are searching for a Sales Manager with focus on the markets.",
        "If you want to join us you should be a person who likes seeking out new challenges and having fun with Scrum",
        "We have a passion for a customer centric approach and are looking for people who share our vision.",
        "For the Product Life Cycle Management department we are looking for a Head who will lead a team.",
        "We require primarily cooperation with internal partners but there may also be external relations.",
    ],
)
def test_hiring_words_before_a_named_job_or_work_ask_nothing(line, parse):
    assert all(r.tier.value == "context" for r in parse(f"About\n\n{line}\n").requirements)


def test_a_qualification_list_without_headings_is_required(parse):
    posting = parse(
        "Support Worker\n\n"
        "- Current First Aid and CPR certificates\n"
        "- Manual handling training\n"
        "- Valid driver licence\n"
        "- Microsoft Excel\n"
        "- Experience with wound care\n"
    )
    tiers = _tiers(posting)
    assert tiers["first aid"] == tiers["driver's license"] == tiers["Microsoft Excel"] == "required"
    assert tiers["wound care"] == "required"


def test_duties_and_perks_without_headings_stay_context(parse):
    posting = parse(
        "Bookkeeper\n\n"
        "- Process invoices in QuickBooks\n"
        "- Maintain patient records in Epic\n"
        "- Health insurance and a Python training budget\n"
    )
    assert {r.tier.value for r in posting.requirements} <= {"context"}


def test_a_preferred_mark_still_speaks_for_its_sentence(parse):
    tiers = _tiers(parse("Analyst\n\nNeed someone with Tableau. Power BI is a plus.\n"))
    assert tiers == {"Tableau": "required", "Power BI": "preferred"}


# -- #13: experience in months ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Minimum 12 months' experience in aged care or acute care", 1),
        ("Minimum experience of 12 months", 1),
        ("Minimum 12 months", None),  # (a contract's length as often as experience)
        ("Contract length: 12 months", None),
        ("Duration: 12 months", None),
        ("Available for a minimum of 12 months", None),
        ("18 months' experience", 1),  # (min_years is whole: a year and a half asks 1)
        ("24 months of experience", 2),
        ("A minimum of 24 months payroll experience", 2),
        ("6 months' experience", None),  # (less than a year asks no years)
        ("Forklift certification within 3 months of hire", None),
        ("Health insurance after 12 months of service", None),
        ("This is a 12-month contract", None),
        ("Reviews every 12 months", None),
    ],
)
def test_experience_in_months_gives_the_years(line, years, parse):
    assert parse(f"Clerk\n\nRequirements\n- {line}\n").min_years == years


def test_months_of_a_skill_go_to_the_skill(parse):
    posting = parse("Nurse\n\nRequirements\n- Minimum 12 months' experience in aged care or acute care\n")
    assert [(r.any_of, r.min_years) for r in posting.requirements] == [(("geriatric care", "acute care"), 1)]


def test_months_spent_elsewhere_are_not_experience(parse):
    line = "the candidate should not have spent more than 12 months in the last 3 years in Denmark"
    assert parse(f"PhD stipend\n\nRequirements\n- {line}\n").min_years == 3


# -- #12: a qualification label after a preferred section ---------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Qualification: Bachelor of Engineering in Computer Science",
        "Qualifications: Bachelor of Engineering in Computer Science",
        "Educational Qualification: BTech/BE/MCA in Computer Science or equivalent",
        "Education: Bachelor of Engineering in Computer Science",
    ],
)
def test_a_qualification_label_starts_its_own_required_part(label, parse):
    posting = parse(f"Java Dev\n\nMust Have Skills:\n1. Core Java\n\nGood to Have:\n1. AWS\n\n{label}\n")
    assert (posting.degree, posting.preferred_degree) == ("bachelor", None)
    assert _tiers(posting) == {"Java": "required", "AWS": "preferred"}


def test_a_qualification_label_keeps_its_own_preferred_mark(parse):
    posting = parse("Java Dev\n\nGood to Have:\n1. AWS\n\nQualification: Master's degree preferred\n")
    assert (posting.degree, posting.preferred_degree) == (None, "master")


# -- #8: the company's own description in prose -------------------------------------------------


def test_the_companys_own_work_in_prose_asks_nothing(parse):
    posting = parse(
        "Commercial Electrician\n\n"
        "Bright Spark Electric has been wiring commercial buildings in Denver for 25 years. We are looking for a "
        "licensed journeyman electrician to join our service crew. The ideal candidate has at least 4 years of "
        "commercial electrical experience, can read blueprints and schematics. You should hold a clean driver's "
        "license. OSHA 30 is a plus.\n"
    )
    tiers = _tiers(posting)
    assert "electrical wiring" not in tiers
    assert tiers["driver's license"] == "required" and tiers["OSHA 30"] == "preferred"
    assert posting.min_years == 4


def test_what_our_clinic_specializes_in_asks_nothing(parse):
    posting = parse(
        "Dialysis Nurse\n\nOur clinic specializes in wound care and dialysis. You will need BLS certification.\n"
    )
    assert _tiers(posting) == {"BLS": "required"}


def test_a_sentence_about_the_job_with_the_company_as_subject_still_asks(parse):
    posting = parse("Engineer\n\nOur team uses Python and Kafka. You need QuickBooks.\n")
    assert "Python" in _tiers(posting)


# -- #15: one-line postings open with their title -----------------------------------------------

_ONE_LINE_SALES = (
    "Outside Sales Representative - HVAC Equipment | We are looking for a driven Outside Sales Rep with 3+ years of "
    "B2B sales experience, a proven track record of hitting quota, experience with Salesforce or HubSpot CRM, and "
    "strong negotiation skills. Must have a valid driver's license. Bachelor's degree preferred. Knowledge of HVAC "
    "systems is a plus. Base $60K + commission, car allowance.\n"
)


def test_the_title_of_a_one_line_posting_asks_nothing(parse):
    posting = parse(_ONE_LINE_SALES)
    assert posting.title == "Outside Sales Representative - HVAC Equipment"
    hvac = [(r.tier.value, r.min_years) for r in posting.requirements if "HVAC" in r.any_of]
    assert hvac == [("preferred", None)]
    assert [r.min_years for r in posting.requirements if "sales" in r.any_of] == [3]
    assert all(r.text.startswith("We are looking for") for r in posting.requirements if "sales" in r.any_of)


def test_find_title_reads_a_one_line_postings_title():
    from jobmatch.posting import find_title

    assert find_title([_ONE_LINE_SALES.strip()]) == "Outside Sales Representative - HVAC Equipment"
    assert find_title(["Payroll Administrator - Leeds About us: We are a family-run manufacturer of 200 staff."]) == (
        "Payroll Administrator - Leeds"
    )


def test_a_first_sentence_with_a_pipe_later_is_no_title(parse):
    posting = parse("We are hiring for several roles in Python and Go | apply today at our site.\n")
    assert posting.title is None


# -- #16: a skill before the years figure ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "years", "overall"),
    [
        # the figure opens an item of its own: the years are the posting's, not the skill's before it
        ("BLS certification and 2 years of experience.", {"BLS": None}, 2),
        (
            "You are a Registered Nurse with a current California RN license and at least 5 years of acute care "
            "experience",
            {"RN": None, "acute care": 5},
            5,
        ),
        # the figure's object ended before the skill
        (
            "The ideal candidate has at least 4 years of commercial electrical experience, can read blueprints and "
            "schematics, and is comfortable troubleshooting.",
            {"blueprint reading": None, "troubleshooting": None},
            4,
        ),
        # as before: the figure next to its skill, the skills after it, its examples
        ("Python (3+ years)", {"Python": 3}, 3),
        ("5+ years of Python, Django and PostgreSQL", {"Python": 5, "Django": 5, "PostgreSQL": 5}, 5),
        ("3+ years of experience, including Python", {"Python": 3}, 3),
        ("You are a skilled Java developer with at least 5 years of experience", {"Java": 5}, 5),
    ],
)
def test_years_go_to_the_skills_they_are_written_for(line, years, overall, parse):
    posting = parse(f"Nurse\n\nRequirements\n- {line}\n")
    assert {name: r.min_years for r in posting.requirements for name in r.any_of if name in years} == years
    assert posting.min_years == overall


# -- #9: products the vocabulary does not know among alternatives --------------------------------


@pytest.mark.parametrize(
    ("line", "groups"),
    [
        # (Buildertrend is no skill of the vocabulary: it stands as the kind the others imply)
        ("Experience with Procore, Fieldwire, or Bluebeam", [("Procore", "Fieldwire", "Bluebeam")]),
        (
            "Experience with Procore, Fieldwire, Buildertrend, or Bluebeam",
            [("Procore", "Fieldwire", "Bluebeam", "construction management software")],
        ),
        ("Experience with Procore, Bluebeam or Fieldwire", [("Procore", "Bluebeam", "Fieldwire")]),
        ("Experience with Procore, PlanGrid, or Bluebeam", [("Procore", "PlanGrid", "Bluebeam")]),
        ("Experience with SAP, Oracle EBS, or NetSuite", [("SAP", "Oracle E-Business Suite", "NetSuite")]),
        # (the known one stands with the kind it implies, for the unknown one: see tests/test_posting_s9b.py)
        ("Experience with Yardi or Raken", [("Yardi", "property management")]),
        ("Experience with Yardi or Fieldwire", [("Yardi", "Fieldwire")]),  # (construction software)
        ("Experience with Yardi or AppFolio", [("Yardi", "AppFolio")]),
        # a list joined by "and" stays a list of requirements
        ("Python, Django, Rust and Kafka", [("Python",), ("Django",), ("Rust",), ("Kafka",)]),
    ],
)
def test_an_unknown_product_among_alternatives_keeps_them_one_group(line, groups, parse):
    posting = parse(f"Coordinator\n\nRequirements\n- {line}\n")
    assert [r.any_of for r in posting.requirements] == groups


# -- #18: what is obtained after hire; the HR template's sub-headings -----------------------------

_HR_TEMPLATE = """Maintenance Technician

Qualifications
To perform this job successfully, an individual must be able to perform each essential duty satisfactorily.

Certificates, Licenses, Registrations
Forklift certification within 90 days of hire.

Language Skills
Ability to read and interpret documents such as safety rules and procedure manuals.

Mathematical Skills
Ability to calculate figures and amounts such as proportions, percentages, area, circumference, and volume.

Computer Skills
Microsoft Office and CMMS software.
"""


def test_a_certification_obtained_after_hire_is_asked(parse):
    tiers = _tiers(parse(_HR_TEMPLATE))
    assert tiers.get("forklift operation") == "required"  # (s13g: the holder meets it from the first day)
    assert tiers["Microsoft Office"] == tiers["CMMS"] == "required"


@pytest.mark.parametrize(
    "line",
    [
        "Must obtain a forklift certification within 6 months of employment.",
        "Forklift certification within ninety (90) days of your start date.",
        "Forklift certification upon hire.",
    ],
)
def test_a_credential_obtained_after_starting_is_asked(line, parse):
    assert _tiers(parse(f"Warehouse Operative\n\nRequirements\n- {line}\n")).get("forklift operation") == "required"


def test_a_certification_asked_now_is_still_asked(parse):
    assert _tiers(parse("Warehouse Operative\n\nRequirements\n- Forklift certification\n"))["forklift operation"] == (
        "required"
    )


def test_the_hr_templates_sub_headings_ask_nothing_themselves(parse):
    posting = parse(_HR_TEMPLATE)
    tiers = _tiers(posting)
    assert "numeracy" not in tiers and "computer literacy" not in tiers
    assert {s.heading for s in posting.sections} >= {"Mathematical Skills", "Computer Skills"}


def test_a_figure_no_skill_takes_is_the_postings_minimum(parse):
    posting = parse(
        "Engineer\n\nRequirements\n- 10 years of experience in IT, with 3 years of Java development experience\n"
    )
    assert posting.min_years == 10
    assert [(r.any_of, r.min_years) for r in posting.requirements] == [(("Java",), 3)]


# -- #1 (what was left): a 7-word heading without colon, inline Essential:/Desirable: --------------


def test_it_would_be_great_if_you_have_heads_the_preferred_items(parse):
    posting = parse(
        "Registered Nurse\n\nSelection criteria\n- Experience with wound care\n\n"
        "It would be great if you have\n- Microsoft Excel\n"
    )
    assert _tiers(posting) == {"wound care": "required", "Microsoft Excel": "preferred"}


def test_essential_and_desirable_run_onto_one_line_start_their_parts(parse):
    posting = parse(
        "Payroll Administrator - Leeds - £28,000 About us: We are a family-run manufacturer of 200 staff. "
        "Responsibilities: process weekly and monthly payroll. Essential: 2 years payroll experience, advanced "
        "Excel. Desirable: experience with Xero. Benefits: 25 days holiday, pension.\n"
    )
    tiers = {(name, r.tier.value) for r in posting.requirements for name in r.any_of}
    assert {("payroll", "required"), ("Microsoft Excel", "required"), ("Xero", "preferred")} <= tiers
    assert posting.min_years == 2


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("M.A.T. Secondary Mathematics, Relay Graduate School", "master"),
        ("MPharm (Hons) Pharmacy, University of Bradford", "master"),
        ("LLB (Hons) Law, University of Leeds", "bachelor"),
        ("BEd Primary Education", "bachelor"),
        ("B.Ed. in English", "bachelor"),
        ("BPharm, University of Sydney", "bachelor"),
    ],
)
def test_degree_abbreviations_of_teaching_pharmacy_law_and_policy(text, level):
    assert find_degrees(text, education=True) == {level}


def test_a_skill_asked_and_preferred_on_one_line_is_asked(parse):
    posting = parse("Front Office Manager\n\nRequirements\n- Strong knowledge of Opera PMS (Opera Cloud desirable)\n")
    assert [(r.tier, r.any_of) for r in posting.requirements] == [(Tier.REQUIRED, ("Opera PMS",))]
    apart = parse("Front Office Manager\n\nRequirements\n- Opera PMS\n\nNice to have\n- Opera Cloud\n")
    assert [r.tier for r in apart.requirements] == [Tier.REQUIRED, Tier.PREFERRED]  # (lines of their own: both)


@pytest.mark.parametrize(
    "line",
    [
        "Experience with distributed compute concepts including the fundamentals of MPP architectures.",
        "3+ years building SPA and MPA web apps with React",
    ],
)
def test_software_acronyms_that_spell_degrees_elsewhere_ask_no_degree(line, parse):
    assert parse(f"Data Engineer\n\nRequirements\n- {line}\n").degree is None


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Experience with Java and Spring Boot, 12 months fixed-term contract", None),
        ("At least 24 months as a Java developer", 2),
        ("Minimum 18 months in a similar role", 1),
        ("12+ months commercial Python", 1),
    ],
)
def test_months_of_a_role_ask_and_a_contracts_do_not(line, years, parse):
    assert parse(f"Developer\n\nRequirements\n- {line}\n").min_years == years
