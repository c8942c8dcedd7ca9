"""Posting defects of session 16: an experience label's value in seasons or months, the active "may require" of a
credential, a credential to obtain after the hire; and posting formats read end to end."""

from pathlib import Path

import pytest


def _reqs(posting):
    """Each requirement as (tier, any-of names, years)."""
    return [(r.tier.value, set(r.any_of), r.min_years) for r in posting.requirements]


def _tiers(posting) -> dict[str, str]:
    return {name: r.tier.value for r in posting.requirements for name in r.any_of}


def _under(parse, item: str, title: str = "Seasonal Tax Preparer", heading: str = "Requirements:"):
    return parse(f"{title}\n\n{heading}\n- {item}\n")


# -- an experience label's value in the other units of work: seasons and months ----------------------------------


@pytest.mark.parametrize(
    ("item", "years"),
    [
        ("Experience: 2 seasons", 2),
        ("Experience: 2 tax seasons", 2),
        ("Experience: 2 seasons (Required)", 2),
        ("Experience: 3 seasons as a ski instructor", 3),
        ("Minimum experience: 18 months", 1),
        # the unit of years as before
        ("Experience: 2+ years", 2),
    ],
)
def test_experience_label_in_seasons_or_months(parse, item, years):
    assert _under(parse, item).min_years == years


@pytest.mark.parametrize(
    "item",
    [
        "Experience: 4 Seasons resort or a similar luxury hotel",  # a name the figure is part of
        "Experience: available for 2 seasons",  # the time the job asks to commit
        "Experience: 3 summer seasons starting June 1",
        "Experience: 6 months",  # under a year: no minimum in years
    ],
)
def test_experience_label_figures_that_ask_no_years(parse, item):
    assert _under(parse, item).min_years is None


# -- "may require" a credential: a condition of some posts only ----------------------------------------------------


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Some positions may require a driver's license", "driver's license"),
        ("This role may require a valid CDL license", "CDL"),
        ("Some sites might also require a current forklift certification", "forklift operation"),
    ],
)
def test_may_require_a_credential_is_preferred(parse, item, skill):
    assert _tiers(_under(parse, item, title="Delivery Driver")) == {skill: "preferred"}


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        # what the work is, not a credential: the line's tier as before
        ("The job may require lifting 50 lbs and forklift operation", "forklift operation"),
        ("Valid driver's license required", "driver's license"),
        ("A driver's license is required; some routes may require overnight stays", "driver's license"),
    ],
)
def test_may_require_without_a_credential_keeps_the_tier(parse, item, skill):
    assert _tiers(_under(parse, item, title="Delivery Driver")) == {skill: "required"}


def test_may_require_travel_marks_no_skill(parse):
    # SkillSpan's "This role may require up to 75% domestic or international travel ... joining an Agile team"
    posting = _under(
        parse,
        "This role may require up to 75% domestic or international travel, working with Python and SQL",
        title="Consultant",
    )
    assert _tiers(posting) == {"Python": "required", "SQL": "required"}


# -- a credential to obtain within a period after the hire is asked, as before ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the job needs it held, and a holder meets it from the first day (see posting._learned_after_hire)
        ("Required: BLS within 30 days of hire", [("required", {"BLS"}, None)]),
        ("BLS certification within 30 days of hire", [("required", {"BLS"}, None)]),
        ("Forklift certification within 90 days of hire", [("required", {"forklift operation"}, None)]),
        # a skill learned on the job is no requirement
        ("Become proficient in Epic within 90 days of hire", [("context", {"Epic"}, None)]),
    ],
)
def test_credential_within_days_of_hire(parse, text, expected):
    assert _reqs(_under(parse, text, title="Patient Care Technician")) == expected


# -- headings: Greenhouse's "You might be a fit if", Canada's "Asset qualifications" and the categories under it -----


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("You might be a fit if", "required"),
        ("You'll be a great fit if you:", "required"),
        ("You may be a good fit if you have", "required"),
        ("Asset qualifications", "preferred"),
        ("Asset Criteria:", "preferred"),
        ("Essential qualifications", "required"),
        # near misses: no tier of their own
        ("Asset management", "unknown"),
        ("We might be a fit for you", "unknown"),
    ],
)
def test_heading_kinds(heading, kind):
    from jobmatch.posting import classify_heading

    assert classify_heading(heading) == kind


def test_you_might_be_a_fit_if_lists_what_is_asked(parse):
    posting = parse(
        "Platform Engineer\n\nYou might be a fit if\n- You have 3+ years with Go\n- You know Kubernetes\n\n"
        "Bonus points if\n- You have written Rust\n"
    )
    assert _reqs(posting) == [
        ("required", {"Go"}, 3), ("required", {"Kubernetes"}, None), ("preferred", {"Rust"}, None)
    ]


_GC = """Policy Analyst (EC-04)

Essential qualifications

EDUCATION:
Graduation with a bachelor's degree from a recognized post-secondary institution.

EXPERIENCE:
Experience using Microsoft Excel to analyze statistical data.

Asset qualifications

EXPERIENCE:
Experience working with SPSS or SAS.

EDUCATION:
A master's degree in public policy or a related field.

Operational requirements:
Willingness to travel occasionally.
"""


def test_categories_under_asset_qualifications_are_preferred(parse):
    posting = parse(_GC)
    assert _tiers(posting) == {"Microsoft Excel": "required", "SPSS": "preferred", "SAS": "preferred"}
    assert (posting.degree, posting.preferred_degree) == ("bachelor", "master")


def test_a_category_met_the_first_time_keeps_its_kind(parse):
    # the posting's own education after its nice-to-haves, not one of them
    posting = parse(
        "Data Engineer\n\nRequirements\n- Python and SQL\n\nNice to have\n- Kafka\n\nEducation\n"
        "- Bachelor's degree in Computer Science\n\nExperience\n- 3+ years with Spark\n"
    )
    expected = {"Python": "required", "SQL": "required", "Kafka": "preferred", "Apache Spark": "required"}
    assert _tiers(posting) == expected
    assert (posting.degree, posting.preferred_degree, posting.min_years) == ("bachelor", None, 3)


# -- internships and graduate jobs: the term in the title, a degree being pursued -----------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Software Engineering Intern - Summer 2027", "Software Engineering Intern"),
        ("Data Science Intern (Fall 2026)", "Data Science Intern"),
        ("Software Engineer, New Grad (2027)", "Software Engineer, New Grad"),
        ("Business Analyst - 2027 Start", "Business Analyst"),
        ("Software Engineering Intern - Summer 2027 (Remote)", "Software Engineering Intern"),
        # a product's year inside the title, and a season that is no term, stay
        ("Windows Server 2019 Administrator", "Windows Server 2019 Administrator"),
        ("Java Developer - Spring Boot", "Java Developer - Spring Boot"),
    ],
)
def test_title_without_its_term(parse, title, expected):
    assert parse(f"{title}\n\nRequirements:\n- Python\n").title == expected


@pytest.mark.parametrize(
    "item",
    [
        "Currently pursuing a BS/MS in Computer Science, graduating between December 2027 and June 2028",
        "Currently enrolled in a Bachelor's degree program in Computer Science",
        "Rising seniors working toward a BS in Computer Science",
        "Bachelor's degree in Computer Science or currently pursuing one",
    ],
)
def test_a_degree_being_pursued_is_no_degree_held(parse, item):
    # a student's resume lists the degree in progress with no level: it must not fail a "bachelor required"
    posting = _under(parse, item, title="Software Engineering Intern")
    assert (posting.degree, posting.requirements) == (None, ())


@pytest.mark.parametrize(
    ("item", "degree"),
    [
        ("Bachelor's degree in Computer Science required; pursuing a Master's is a plus", "bachelor"),
        ("Candidates for this role must hold a Bachelor's degree", "bachelor"),
        ("Bachelor's degree; experience pursuing new business leads", "bachelor"),
    ],
)
def test_a_degree_held_beside_pursuing(parse, item, degree):
    assert _under(parse, item, title="Account Executive").degree == degree


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "Graduation with a degree from a recognized post-secondary institution with acceptable specialization "
            "in economics, sociology or statistics.",
            [],
        ),
        ("Bachelor's degree with a major in Statistics and SQL skills", [("required", {"SQL"}, None)]),
        # "with" before no field still ends it
        ("BS in Computer Science with 3 years of Java", [("required", {"Java"}, 3)]),
    ],
)
def test_a_degree_field_after_with_a_specialization(parse, item, expected):
    assert _reqs(_under(parse, item, title="Policy Analyst")) == expected


# -- the formats, end to end ----------------------------------------------------------------------------------------

_DATA = Path(__file__).parent / "data" / "postings_s16a"


def _file(vocab, name):
    from jobmatch.loaders import load_document
    from jobmatch.posting import parse_posting

    return parse_posting(load_document(str(_DATA / name)), vocab)


def test_greenhouse_posting(vocab):
    posting = _file(vocab, "greenhouse_platform.txt")
    assert (posting.title, posting.min_years, posting.degree) == ("Senior Platform Engineer", 5, None)
    asked = {(r.tier.value, frozenset(r.any_of)) for r in posting.requirements if r.tier.value != "context"}
    assert asked == {
        ("required", frozenset({"Go", "Python"})),
        ("required", frozenset({"Kubernetes"})),
        ("required", frozenset({"Terraform"})),
        ("required", frozenset({"PostgreSQL", "database optimization"})),
        ("required", frozenset({"observability", "Prometheus", "Grafana"})),
        ("preferred", frozenset({"HIPAA"})),
        ("preferred", frozenset({"Kafka", "stream processing"})),
    }
    # the pay range and its transparency notice ask nothing, and are no part of the text compared
    assert "165,000" not in posting.body and "Pay transparency" not in posting.body


def test_ashby_posting(vocab):
    posting = _file(vocab, "ashby_data_scientist.md")
    assert (posting.title, posting.min_years, posting.degree) == ("Data Scientist, Growth", 3, "bachelor")
    assert _tiers(posting)["causal inference"] == "preferred"
    assert {"Snowflake", "Looker"} <= {n for r in posting.by_tier(_context()) for n in r.any_of}


def _context():
    from jobmatch.models import Tier

    return Tier.CONTEXT


def test_canadian_public_service_posting(vocab):
    posting = _file(vocab, "canada_gc_analyst.txt")
    assert (posting.title, posting.degree, posting.preferred_degree) == ("Policy Analyst (EC-04)", "bachelor", "master")
    assert _tiers(posting) == {
        "Microsoft Excel": "required",
        "SPSS": "preferred",
        "SAS": "preferred",
        "English": "required",
        "analytical skills": "required",
        "communication": "required",
        "security clearance": "required",  # a condition of employment
    }


def test_internship_posting(vocab):
    posting = _file(vocab, "newgrad_intern.txt")
    assert (posting.title, posting.degree, posting.min_years) == ("Software Engineering Intern", None, None)
    tiers = _tiers(posting)
    assert tiers["C++"] == tiers["Python"] == tiers["data structures"] == "required"
    assert tiers["Linux"] == tiers["Git"] == "preferred"


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("$165,000 - $205,000 USD", False),  # a pay range, mostly figures
        ("£45,000 - £55,000 GBP", False),
        ("REQUIREMENTS", True),
        ("HTML5/CSS3 SKILLS:", True),
    ],
)
def test_a_line_in_capitals_mostly_figures_is_no_heading(line, heading):
    from jobmatch.posting import _heading_of

    assert (_heading_of(line) is not None) == heading


def test_linkedin_top_card_and_hiring_team_ask_nothing(vocab):
    posting = _file(vocab, "linkedin_skills_hiring_team.txt")
    assert (posting.title, posting.min_years) == ("Data Analyst", 2)
    asked = [(r.tier.value, set(r.any_of), r.text) for r in posting.requirements if r.tier.value != "context"]
    assert asked == [
        ("required", {"data analysis"}, "2+ years of experience in data analysis"),
        ("required", {"SQL"}, "Strong SQL skills"),
        ("required", {"Tableau", "Power BI"}, "Experience with Tableau or Power BI"),
        ("preferred", {"healthcare industry"}, "Healthcare experience is a plus"),  # (the industry, s16j)
        ("preferred", {"Python"}, "Python is nice to have"),
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # LinkedIn's matched skills: the board's, not the employer's
        ("Skills: SQL, Tableau, +8 more", []),
        # the employer's own list of skills is asked
        ("Skills: SQL, Tableau, Python", [("required", {"SQL"}, None), ("required", {"Tableau"}, None),
                                          ("required", {"Python"}, None)]),
    ],
)
def test_linkedin_matched_skills_line(parse, item, expected):
    assert _reqs(parse(f"Data Analyst\n{item}\n\nAbout the job\nWe are hiring.\n")) == expected


# -- a UK person specification's column of tiers, pasted as text ------------------------------------------------------


def test_uk_person_specification_columns(vocab):
    posting = _file(vocab, "uk_person_spec_columns.txt")
    tiers = _tiers(posting)
    # "Advanced Excel skills | E" under "Skills and knowledge | Essential/Desirable": the header named no tier
    assert tiers["Microsoft Excel"] == tiers["communication"] == tiers["SQL Server"] == "required"
    assert tiers["Python"] == tiers["R"] == tiers["PRINCE2"] == tiers["Tableau"] == "preferred"
    assert "Criteria" in [s.heading for s in posting.sections]
    assert (posting.degree, posting.preferred_degree) == ("bachelor", "master")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Criteria | E/D\nAdvanced Excel skills | E\nKnowledge of Python | D\n", {"Microsoft Excel": "required",
                                                                              "Python": "preferred"}),
        ("Skills | Essential/Desirable\nKnowledge of Python | Desirable\n", {"Python": "preferred"}),
        # no header of tiers: a row's last cell is no tier ("R" is the language, "D" a grade)
        ("Requirements\nPython | R\nSQL | D\n", {"Python": "required", "R": "required", "SQL": "required"}),
    ],
)
def test_column_ticks(parse, text, expected):
    assert _tiers(parse(f"Data Analyst\n\n{text}")) == expected


@pytest.mark.parametrize("line", ["Minimum GPA 3.5", "Minimum 3.5 GPA", "GPA of 3.2 or higher"])
def test_a_minimum_with_its_figure_is_an_item(parse, line):
    # was a required heading over the rest of the preferred list: Rust became required
    posting = parse(f"Software Engineering Intern\n\nPreferred qualifications\nExperience with Go\n{line}\n"
                    "Experience with Rust\n")
    assert _tiers(posting) == {"Go": "preferred", "Rust": "preferred"}


def test_minimum_qualifications_is_still_a_heading(parse):
    posting = parse("Software Engineering Intern\n\nMinimum Qualifications\nExperience with Go\n\nPreferred\nRust\n")
    assert _tiers(posting) == {"Go": "required", "Rust": "preferred"}


def test_a_tier_columns_row_reads_its_item_as_before_in_linear_time():
    """`_TICK_ROW`'s item was a lazy run before a run of spaces ("a", 20,000 spaces and "b" took 2 s): the item is
    now read from its first character that is no space to its last, the same item and tier as the old pattern on
    every row with an item."""
    import itertools
    import re

    from jobmatch.posting import _TICK_ROW

    old = re.compile(r"^\s*(?:[-*•]\s*)?(?P<item>[^|]+?)\s+\|\s+(?P<tier>E|D|Essential|Desirable)\s*$", re.I)
    pieces = (
        ["", " ", "- ", "-", "•  ", "  - "],
        ["Excel", "Advanced Excel  skills", "a-b", "x:", "-", "Knowledge of SNOMED CT", "E", "x\ty", ""],
        [" | ", "  |  ", "|", " |", "\t|\t", " || "],
        ["E", "D", "Essential", "desirable", "E/D", "X"],
        ["", " ", "x", " :"],
    )
    for line in map("".join, itertools.product(*pieces)):
        was, row = old.match(line), _TICK_ROW.match(line)
        if was is None:
            assert row is None, line
        elif was.group("item").strip():
            assert row is not None and row.group("item", "tier") == was.group("item", "tier"), line
    assert _TICK_ROW.match("a" + " " * 100_000 + "b") is None  # (quadratic before: minutes)
