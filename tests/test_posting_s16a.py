"""Posting defects of session 16: an experience label's value in seasons or months, the active "may require" of a
credential, a credential to obtain after the hire; and posting formats read end to end."""

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
