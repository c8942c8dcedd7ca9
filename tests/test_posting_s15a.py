"""Posting defects of session 15: years written after each skill, examples after a list of alternatives, USAJOBS'
"Experience:" label, credentials stated as acceptable, and work counted in seasons."""

from pathlib import Path

import pytest


def _reqs(posting):
    """Each requirement as (tier, any-of names, years)."""
    return [(r.tier.value, set(r.any_of), r.min_years) for r in posting.requirements]


def _one_line(parse, item: str, heading: str = "Requirements:"):
    return parse(f"Backend Developer\n\n{heading}\n- {item}\n")


def _years_of(posting) -> dict[str, int | None]:
    return {name: r.min_years for r in posting.requirements for name in r.any_of}


# -- 1. a figure of years right after each skill is that skill's own ------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Java (5 years), Spring (3 years)", {"Java": 5, "Spring": 3}),
        ("Java (5+ years), Spring (3+ years)", {"Java": 5, "Spring": 3}),
        ("Python - 5 years, SQL - 3 years", {"Python": 5, "SQL": 3}),
        ("Python - 5+ years, SQL - 3+ years", {"Python": 5, "SQL": 3}),
        ("Python: 5 years, SQL: 3 years", {"Python": 5, "SQL": 3}),
        ("Docker \u2013 2 years minimum; AWS \u2013 1 year", {"Docker": 2, "AWS": 1}),
        ("Kubernetes (3 years of experience), Terraform (2 years of experience)", {"Kubernetes": 3, "Terraform": 2}),
        ("5+ years of Java, Spring (3 years) and Hibernate", {"Java": 5, "Spring": 3, "Hibernate": None}),
    ],
)
def test_each_skill_its_own_figure(parse, item, expected):
    assert _years_of(_one_line(parse, item)) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the figure is the skill's before it, not the skills after it
        ("Java (5 years) and Spring", {"Java": 5, "Spring": None}),
        ("Kubernetes - 3+ years, Terraform, Helm", {"Kubernetes": 3, "Terraform": None, "Helm": None}),
        # a dash that opens more words than the figure: no skill's own
        ("Python - 5 years building APIs, SQL", {"Python": None, "SQL": None}),
        # a bracket about something else
        ("Experience with Kubernetes (the company was founded 5 years ago)", {"Kubernetes": None}),
        # a label that lists skills keeps its skills
        ("Languages: Python, Go", {"Python": None, "Go": None}),
    ],
)
def test_own_figure_near_misses(parse, item, expected):
    assert _years_of(_one_line(parse, item)) == expected


def test_skill_label_with_years_and_another_skill_keeps_both(parse):
    # "Python:" was read as a label like "Languages:" and Python was lost
    assert {"Python", "SQL"} <= set(_years_of(_one_line(parse, "Python: 5 years, SQL")))


# -- 2. "including" / "such as" after a list of alternatives ---------------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Experience with AWS, Azure, or GCP, including Terraform", [{"AWS", "Azure", "GCP"}, {"Terraform"}]),
        ("Experience with AWS, Azure, or GCP including Terraform.", [{"AWS", "Azure", "GCP"}, {"Terraform"}]),
        (
            "Experience with AWS, Azure or GCP, such as Terraform or Pulumi",
            [{"AWS", "Azure", "GCP"}, {"Terraform", "Pulumi"}],
        ),
    ],
)
def test_examples_after_alternatives_are_their_own_requirement(parse, item, expected):
    assert [names for _tier, names, _years in _reqs(_one_line(parse, item))] == expected


@pytest.mark.parametrize(
    "item",
    [
        # the examples are instances of the alternatives, or of a noun after them: one requirement
        "Experience with SQL or NoSQL, such as PostgreSQL or MongoDB",
        "Experience with SQL or NoSQL databases, such as PostgreSQL or MongoDB",
        "Experience with cloud platforms such as AWS, Azure, or GCP",
        "Experience with Python, Java, or Go",
    ],
)
def test_examples_of_the_alternatives_stay_one(parse, item):
    assert len(_one_line(parse, item).requirements) == 1


# -- 3. USAJOBS' "Experience:" label ------------------------------------------------------------------------


def test_experience_label_keeps_its_skills(parse):
    posting = parse(
        "Budget Analyst\n\nQualifications\n"
        "Experience: Experience managing budgets in SAP and preparing reports in Excel.\n"
        "Experience: 3 years of SAP.\n"
    )
    names = {n for r in posting.requirements if r.tier.value == "required" for n in r.any_of}
    assert {"SAP", "Microsoft Excel", "budgeting"} <= names
    assert _years_of(posting)["SAP"] in (None, 3)
    assert any(r.min_years == 3 and r.any_of == ("SAP",) for r in posting.requirements)


def test_experience_label_with_years_only_asks_years(parse):
    posting = parse("Budget Analyst\n\nQualifications\nExperience: 5+ years\nExperience Level: Senior\n")
    assert posting.requirements == ()
    assert posting.min_years == 5


# -- 4. a credential stated as acceptable -------------------------------------------------------------------


def test_acceptable_credential_on_the_line_is_an_alternative(parse):
    posting = _one_line(parse, "CPA or Enrolled Agent (EA) required; AFSP record of completion acceptable")
    assert _reqs(posting) == [("required", {"CPA", "Enrolled Agent", "Annual Filing Season Program"}, None)]


def test_acceptable_credential_on_the_next_line_is_an_alternative(parse):
    posting = parse(
        "Tax Preparer\n\nRequirements:\n- Enrolled Agent or CPA\n- AFSP record of completion acceptable\n"
        "- Proficiency in Excel\n"
    )
    assert _reqs(posting) == [
        ("required", {"CPA", "Enrolled Agent", "Annual Filing Season Program"}, None),
        ("required", {"Microsoft Excel"}, None),
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Java required; Kotlin will also be considered.", [("required", {"Java", "Kotlin"}, None)]),
        ("Java required, Kotlin also acceptable", [("required", {"Java", "Kotlin"}, None)]),
        # near misses: "acceptable" that is no alternative
        ("Must maintain an acceptable level of accuracy in Excel", [("required", {"Microsoft Excel"}, None)]),
        ("Excel skills acceptable", [("required", {"Microsoft Excel"}, None)]),
    ],
)
def test_acceptable_alternatives_and_near_misses(parse, item, expected):
    assert _reqs(_one_line(parse, item)) == expected


def test_acceptable_credential_alone_is_not_demanded(parse):
    posting = parse(
        "Tax Preparer\n\nRequirements:\n- Strong communication skills\n- AFSP record of completion acceptable\n"
    )
    afsp = [r for r in posting.requirements if "Annual Filing Season Program" in r.any_of]
    assert [r.tier.value for r in afsp] == ["preferred"]


# -- 5. work counted in seasons ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "years"),
    [
        ("2+ tax seasons of experience preparing returns", 2),
        ("Two harvest seasons operating a combine harvester", 2),
        ("3 seasons as a ski instructor", 3),
        ("Minimum of 2 seasons in a commercial kitchen", 2),
        ("Experience with QuickBooks for at least 3 tax seasons", 3),
        # near misses: seasons that are no work of the candidate's
        ("Seasonal work at a 4 seasons resort", None),
        ("Available all four seasons of the year", None),
        ("Our resort is open 4 seasons a year", None),
        ("Work at the Four Seasons Hotel", None),
    ],
)
def test_seasons_of_work(parse, item, years):
    assert _one_line(parse, item).min_years == years


def test_a_brackets_own_acceptable_floor_is_no_alternative_of_the_line(parse):
    # the bracket states its own floor: CCNP stays asked, and the floor is read as before
    posting = _one_line(parse, "CCNP certification required (CCNA at minimum with CCNP in progress will be considered)")
    assert ("required", {"CCNP"}, None) in _reqs(posting)


def test_the_figure_after_the_second_skill_is_not_the_firsts(parse):
    assert _years_of(_one_line(parse, "Java 11+, Spring Boot (5+ years)")) == {"Java": None, "Spring Boot": 5}


# -- formats: pasted postings of boards not read before ---------------------------------------------------------

DATA = Path(__file__).parent / "data" / "postings_s15a"


def _read(name: str, vocab):
    from jobmatch import api

    return api.read_posting(str(DATA / name), vocab)


def _by_line(posting) -> dict[int, list[tuple[str, set[str], int | None]]]:
    out: dict[int, list[tuple[str, set[str], int | None]]] = {}
    for r in posting.requirements:
        out.setdefault(r.line, []).append((r.tier.value, set(r.any_of), r.min_years))
    return out


def test_a_staffing_firms_dice_posting(vocab):
    posting = _read("dice_java_c2c.txt", vocab)
    lines = _by_line(posting)
    assert posting.title == "Java Full Stack Developer"
    assert posting.min_years == 8  # "Exp: 8-10 Yrs"
    assert lines[16] == [("required", {"Java"}, None), ("required", {"Spring Boot"}, 5)]
    assert lines[17] == [("required", {"Angular"}, 3)]
    assert lines[22] == [("preferred", {"Kafka"}, None)]
    # the labels' own tiers after "Good to have:"
    assert lines[25] == [("required", {"Java"}, None)]  # "Primary Skill: Java"
    assert lines[26] == [("preferred", {"Angular"}, None)]  # "Secondary Skill: Angular"
    assert {t for t, _n, _y in lines[28]} == {"required"}  # "Mandatory skills: Java, Spring Boot, SQL"


@pytest.mark.parametrize(
    ("item", "tier"),
    [
        ("Primary Skills: Java", "required"),
        ("Secondary Skills: Angular", "preferred"),
        ("Mandatory skills: SQL", "required"),
        # near miss: a label with no tier word keeps the section's
        ("Tools: SQL", "preferred"),
    ],
)
def test_a_labels_own_tier_under_a_preferred_heading(parse, item, tier):
    posting = parse(f"Developer\n\nNice to have:\n- Kafka\n- {item}\n")
    assert posting.requirements[-1].tier.value == tier


def test_primary_responsibilities_label_asks_nothing_more(parse):
    # "Primary" is a skill rank only before "skill": a duty labelled so stays a duty
    posting = parse("Developer\n\nResponsibilities\nPrimary Responsibilities: maintain SQL reports.\n")
    assert {r.tier.value for r in posting.requirements} <= {"context"}


def test_a_county_neogov_posting(vocab):
    posting = _read("neogov_county_analyst.txt", vocab)
    lines = _by_line(posting)
    assert posting.title == "Accounting Technician II"
    assert lines[21] == [("required", {"accounting"}, 2)]  # "Experience: Two years of paraprofessional accounting"
    assert lines[24] == [("required", {"bookkeeping", "accounting"}, 3)]
    assert ("required", {"GAAP"}, None) in lines[28]  # under "Knowledge of:"
    assert all(t == "context" for line in (14, 15) for t, _n, _y in lines[line])  # "Examples of Duties"
    assert not [r for r in posting.requirements if r.line > 40]  # "None required.", the questions


def test_a_hospital_workday_posting(vocab):
    posting = _read("hospital_rn_workday.txt", vocab)
    lines = _by_line(posting)
    assert posting.preferred_degree == "bachelor" and posting.degree is None
    assert lines[15] == [("required", {"RN"}, None)]
    assert lines[17] == [("preferred", {"ACLS"}, None)]
    assert ("preferred", {"nursing"}, 1) in lines[20]  # "Experience: / Preferred: 1-2 years of acute care ..."


def test_a_remote_boards_emoji_posting(vocab):
    posting = _read("remote_board_emoji.md", vocab)
    lines = _by_line(posting)
    assert posting.title == "Senior Frontend Engineer"
    assert {t for t, _n, _y in lines[8]} == {"context"}  # "🛠 Tech stack"
    assert ("required", {"React"}, 5) in lines[11]
    assert lines[13] == [("required", {"Jest", "Playwright"}, None)]
    assert lines[17] == [("preferred", {"Next.js", "Remix"}, None)]  # "⭐ Bonus points"
    assert not [r for r in posting.requirements if r.line > 20]  # "🎁 Perks"


# -- review of s15: a figure's end in linear time, seasons committed to, alternatives of one of several ------


# (what the figure's end accepted before it was rewritten without adjacent optional space runs: the same strings)
@pytest.mark.parametrize(
    ("after", "dashed", "bracketed"),
    [
        (", SQL - 3 years", True, False),
        ("+, SQL", True, False),
        (" + ; AWS", True, False),
        (" of experience, Go", True, False),
        (" exp. and Go", True, False),
        (" minimum; AWS - 1 year", True, False),
        (" or more.", True, False),
        ("", True, False),
        (")", False, True),
        ("+ years of experience)", False, True),
        (" yrs. exp ]", False, True),
        (" of experience)", False, True),
        # near misses: the item goes on after the figure
        (" building APIs, SQL", False, False),
        (" of experience building APIs", False, False),
        (" in Python)", False, False),
    ],
)
def test_a_figures_end_reads_as_before(after, dashed, bracketed):
    from jobmatch.posting import _BRACKET_CLOSE, _DASHED_FIGURE_END

    assert (_DASHED_FIGURE_END.match(after) is not None) == dashed
    assert (_BRACKET_CLOSE.match(after) is not None) == bracketed


def test_a_long_space_run_after_a_dashed_figure_is_read(parse):
    # (a PDF's padding: the old pattern backtracked cubically over it, 6 s at this size and no end at 100 KB)
    posting = parse("Backend Developer\n\nRequirements:\n- Python - 5 years" + "\u2028 " * 2000 + "x, SQL\n")
    assert "Python" in {name for r in posting.requirements for name in r.any_of}


@pytest.mark.parametrize(
    ("item", "years"),
    [
        ("Must commit to two full seasons of employment", None),
        ("Available for 2 seasons working weekends and holidays", None),
        ("Camp counselor for 2 summer seasons starting June 1", None),
        ("Two full seasons of employment required", None),
        # near misses: seasons of the candidate's work still read
        ("2 seasons of work experience on a farm", 2),
        ("Experience with QuickBooks for at least 3 tax seasons", 3),
        ("Two harvest seasons operating a combine harvester", 2),
    ],
)
def test_seasons_committed_to_are_no_experience(parse, item, years):
    assert _one_line(parse, item).min_years == years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of several asked together: no host to tell, the accepted skill is only preferred
        (
            "Excel and PowerPoint required; Tableau experience will also be considered",
            [("required", {"Microsoft Excel"}, None), ("required", {"Microsoft PowerPoint"}, None),
             ("preferred", {"Tableau"}, None)],
        ),
        (
            "Excel and PowerPoint required\n- Tableau experience will also be considered",
            [("required", {"Microsoft Excel"}, None), ("required", {"Microsoft PowerPoint"}, None),
             ("preferred", {"Tableau"}, None)],
        ),
        # the next line's alternative agrees with the same line's
        ("Java required\n- Kotlin also acceptable", [("required", {"Java", "Kotlin"}, None)]),
        ("Java required, Kotlin also acceptable", [("required", {"Java", "Kotlin"}, None)]),
        ("CPA required; EA also acceptable", [("required", {"CPA", "Enrolled Agent"}, None)]),
        # near miss: a bare "acceptable" states no alternative
        ("Excel skills acceptable", [("required", {"Microsoft Excel"}, None)]),
    ],
)
def test_an_accepted_alternative_joins_one_host_only(parse, text, expected):
    assert _reqs(_one_line(parse, text)) == expected


def test_inline_bullets_are_the_old_patterns_spans_in_linear_time():
    """`_inline_bullets` finds what `\\s*[•▪●◦■]\\s*` found (its leading spaces, tried from every space of a
    PDF's padding, were quadratic: 100,000 spaces and line separators before "x" took minutes)."""
    import random
    import re

    from jobmatch.posting import _inline_bullets

    old = re.compile(r"\s*[•▪●◦■]\s*")
    rng = random.Random(15)
    alphabet = ["a", "B", " ", "\t", "\u2028", "\u00a0", "•", "▪", "●", "◦", "■", ":", "-"]
    lines = ["• High school graduate • 3 years of experience", "REQUIREMENTS/ QUALIFICATIONS • a • • b ", "no bullet"]
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for line in lines:
        for start, end in ((0, len(line)), (0, 10**9), (len(line) // 3, 2 * len(line) // 3)):
            want = [m.span() for m in old.finditer(line, start, end)]
            assert list(_inline_bullets(line, start, end)) == want, (line, start, end)
    # the padding shape of bench/hostile.py, with a bullet at its end: one pass, the spans as before
    padded = "Requirements: Python" + "\u2028 " * 50_000 + "• SQL"
    assert list(_inline_bullets(padded)) == [(len("Requirements: Python"), len(padded) - 3)]


def test_seasons_pattern_reads_as_before_with_one_run_of_spaces_around_its_plus():
    """`_SEASONS` had two space runs beside an optional "+" ("5" and 8,000 spaces took 12 s): its rewrite
    finds the same spans as the old pattern on real and random lines."""
    import random
    import re

    from jobmatch.posting import _NUM, _SEASONS

    old = re.compile(
        rf"(?<![\w.-])(?P<a>{_NUM})\s*\+?\s*(?:(?:-|to)\s*\d{{1,2}}\s*\+?\s*)?(?:[a-z-]+\s+){{0,2}}?seasons?\b"
        r"(?P<plus>\s*\+)?",
        re.I,
    )
    rng = random.Random(7)
    words = ["2", "3", "two", "+", " ", "  ", "-", "to", "4", "tax", "harvest", "seasons", "season", "of", "x",
             "\u2028"]
    lines = ["2+ tax seasons of experience", "3 to 4+ seasons as a guide", "5 +  seasons +", "Four Seasons Hotel"]
    lines += ["".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    for line in lines:
        assert [m.span() for m in _SEASONS.finditer(line)] == [m.span() for m in old.finditer(line)], line
        assert [m.groupdict() for m in _SEASONS.finditer(line)] == [m.groupdict() for m in old.finditer(line)], line


def test_figure_first_and_years_unit_read_as_before_with_one_run_of_spaces_around_their_plus():
    """`_FIGURE_FIRST` (posting) and `_YEARS_UNIT` (resume) had two space runs beside an optional "+": the
    rewrites find the same spans as the old patterns on random lines."""
    import random
    import re

    from jobmatch.posting import _FIGURE_FIRST, _NUM
    from jobmatch.resume import _YEARS_UNIT

    old_first = re.compile(
        rf"\s*(?:at\s+least\s+|min(?:imum)?\.?\s*)?{_NUM}\s*\+?\s*(?:(?:-|to)\s*{_NUM}\s*\+?\s*)?(?:years?|yrs?)\b",
        re.I,
    )
    old_unit = re.compile(r"\d\s*\+?\s*(?:y|yrs?|years?)\b", re.I)
    rng = random.Random(11)
    words = ["5", "3", "five", "+", " ", "  ", "-", "to", "at least ", "min. ", "years", "yrs", "y", "x", "\u2028"]
    lines = ["5+ years", " at least 3 - 5 + yrs", "Java 5y", "10 +  years"]
    lines += ["".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(4000)]
    for line in lines:
        first, was = _FIGURE_FIRST.match(line), old_first.match(line)
        assert (first and first.span()) == (was and was.span()), line
        assert [m.span() for m in _YEARS_UNIT.finditer(line)] == [m.span() for m in old_unit.finditer(line)], line


@pytest.mark.parametrize(
    ("module", "name", "old", "words"),
    [
        (
            "jobmatch.posting",
            "_ACCEPTED",
            r"(?:\b(?:is|are)\s+)?(?:\balso\s+)?\b(?:acceptable|(?:will|may|can)\s+(?:also\s+)?be\s+(?:considered|accepted)"
            r"|also\s+accepted)\s*[.;,)!]?\s*$",
            ["EA", " ", "  ", "also ", "is ", "acceptable", "will be considered", ".", ";", ")", "x", "\u2028"],
        ),
        (
            "jobmatch.resume",
            "_FEDERAL_GRADE",
            r"(?<!\s)\s*[(\[]?(?:(?:series\s*/\s*)?grade\s*:?\s*)?\b"
            r"(?:(?:GS|GG|GL|WG|WL|WS|NH|NT|NF|ZP|ZA)-|(?:GS|WG) )\d{1,4}(?:-\d{1,2})?(?:/\d{1,2})?\b[)\]]?"
            r"|,\s*[EOW]-\d\b(?=\s*(?:,|$))|(?<!\s)\s*\([EOW]-\d\)",
            ["Analyst", ",", " ", "  ", "(", ")", "Series/", "Grade", ":", "GS-", "GS ", "0343", "-11", "E-5",
             "\u2028"],
        ),
        (
            "jobmatch.posting",
            "_TICK_HEADER",
            # (s16fixA: the head begins at the line's first character that is no space, "(?=[^|\s])": before, an
            # indent could be read as part of the head, so "   | E / D" with no words had a head of spaces; the
            # rewrite's head starts with a letter to be linear, and no heading is made of spaces)
            r"^\s*(?=[^|\s])(?P<head>[^|]{2,60}?)\s+\|\s+(?:E\s*/\s*D|Essential\s*(?:/|or|and|\|)\s*Desirable)\s*:?\s*$",
            ["Criteria", "Skills", " ", "  ", "|", " | ", "E/D", "E / D", "Essential/Desirable", ":", "x", "\u2028"],
        ),
        (
            "jobmatch.posting",
            "_LABEL_FIGURE_END",
            r"\s*(?:\((?:required|preferred)\)\s*)?[.;]?\s*$",
            ["(Required)", "(preferred)", " ", "  ", ".", ";", "x", "\u2028"],
        ),
    ],
)
def test_patterns_with_one_run_of_spaces_at_a_time_read_as_before(module, name, old, words):
    """Two space runs beside an optional character ("acceptable" or "grade" and 8,000 spaces took 1-5 s): the
    rewrites find the same spans as the old patterns on random lines."""
    import importlib
    import random
    import re

    new, was = getattr(importlib.import_module(module), name), re.compile(old, re.I)
    rng = random.Random(name)
    for line in ["".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(4000)]:
        assert [m.span() for m in new.finditer(line)] == [m.span() for m in was.finditer(line)], line
