"""Unit tests for jobmatch.posting: headings, tiers, any-of groups, years, degrees, title, body."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.loaders import load_document
from jobmatch.models import Document, Posting, Requirement, Tier
from jobmatch.posting import classify_heading, find_degrees, find_years, parse_posting, strip_markup
from jobmatch.text import normalize_text
from jobmatch.vocabulary import Vocabulary

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "postings"
DEV = ROOT / "tests" / "gold" / "dev" / "postings"

REQ, PREF, CTX = Tier.REQUIRED, Tier.PREFERRED, Tier.CONTEXT


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


@pytest.fixture
def parse(tmp_path: Path, vocab: Vocabulary):
    """Write a synthetic posting to a tmp file and parse it as a Document."""

    def _parse(text: str, name: str = "posting.md") -> Posting:
        path = tmp_path / name
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        kind = "markdown" if name.endswith(".md") else "text"
        return parse_posting(Document(str(path), normalize_text(text), kind), vocab)

    return _parse


@pytest.fixture(scope="module")
def fixture_posting(vocab: Vocabulary):
    cache: dict[str, Posting] = {}

    def _get(name: str) -> Posting:
        if name not in cache:
            folder = FIXTURES if (FIXTURES / name).exists() else DEV
            cache[name] = parse_posting(load_document(str(folder / name)), vocab)
        return cache[name]

    return _get


def reqs(posting: Posting, line: int | None = None) -> list[tuple[Tier, tuple[str, ...]]]:
    return [(r.tier, r.any_of) for r in posting.requirements if line is None or r.line == line]


def on_line(posting: Posting, line: int) -> list[Requirement]:
    return [r for r in posting.requirements if r.line == line]


def under(heading: str, bullet: str, *, title: str = "# Backend Engineer") -> str:
    return f"{title}\n\n## {heading}\n- {bullet}\n"


# -- classify_heading -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Required Qualifications", "required"),
        ("REQUIRED QUALIFICATIONS", "required"),
        ("Requirements", "required"),
        ("Minimum Qualifications", "required"),
        ("Basic Qualifications", "required"),
        ("Must-haves", "required"),
        ("Must haves", "required"),
        ("What you'll bring", "required"),
        ("You have", "required"),
        ("Who you are", "required"),
        ("About you", "required"),
        ("Your profile", "required"),
        ("What we're looking for", "required"),
        ("Required Skills & Qualifications", "required"),
        ("TECHNICAL SKILLS REQUIRED", "required"),
        ("Nice to Have", "preferred"),
        ("Nice-to-haves", "preferred"),
        ("Preferred Qualifications", "preferred"),
        ("Preferred Skills", "preferred"),
        ("Bonus points", "preferred"),
        ("Bonus", "preferred"),
        ("We'd love it if", "preferred"),
        ("Ideally", "preferred"),
        ("Ideally you have", "preferred"),
        ("Desired Skills", "preferred"),
        ("Key Responsibilities", "context"),
        ("Responsibilities", "context"),
        ("What you'll do", "context"),
        ("Technical Stack", "context"),
        ("Our Tech Stack", "context"),
        ("Technologies", "context"),
        ("Keywords", "context"),
        ("Keywords for Matching", "context"),
        ("About the Role", "context"),
        ("Company Overview", "context"),
        ("What We Offer", "boilerplate"),
        ("Benefits", "boilerplate"),
        ("COMPENSATION & BENEFITS", "boilerplate"),
        ("Equal Opportunity", "boilerplate"),
        ("Equal Opportunity Employer", "boilerplate"),
        ("How to apply", "boilerplate"),
        ("Education", "education"),
        ("Education & Certifications", "education"),
        ("## Requirements", "required"),
        ("**Nice to have**", "preferred"),
        ("Benefits:", "boilerplate"),
        # skillspan dev tech 3, 8, 15, 29: pay and benefits, not preferred skills
        ("Competitive salary and bonus package", "boilerplate"),
        ("Annual employee bonus plan", "boilerplate"),
        ("Bonus scheme for all employees", "boilerplate"),
        ("Referral bonus", "boilerplate"),
        ("Plus these awesome benefits", "boilerplate"),
        ("Bonus points for experience with", "preferred"),
        ("Bonus", "preferred"),
        ("Pluses", "preferred"),
    ],
)
def test_classify_heading(heading: str, kind: str) -> None:
    assert classify_heading(heading) == kind


@pytest.mark.parametrize("heading", ["Technical Skills", "Specialized Skills", "Soft Skills", "Experience"])
def test_skill_subheadings_are_not_preferred_or_context_alone(heading: str) -> None:
    # on their own they read as requirements; under a parent, the parent decides (see below)
    assert classify_heading(heading) in ("required", "unknown")


def test_classify_heading_what_you_will_bring() -> None:
    assert classify_heading("What You Will Bring") == "required"


def test_classify_heading_we_would_love() -> None:
    assert classify_heading("We would love it if you") == "preferred"


# -- heading styles -------------------------------------------------------------------------
def _tiers(posting: Posting) -> dict[str, Tier]:
    return {r.any_of[0]: r.tier for r in posting.requirements}


def test_markdown_headings(parse) -> None:
    p = parse(
        "# Platform Engineer\n\n## Requirements\n- Experience with Terraform\n\n"
        "## Nice to have\n- Experience with Ansible\n"
    )
    assert _tiers(p) == {"Terraform": REQ, "Ansible": PREF}
    assert [(s.heading, s.kind) for s in p.sections if s.heading] == [
        ("Platform Engineer", "unknown"),
        ("Requirements", "required"),
        ("Nice to have", "preferred"),
    ]


def test_all_caps_headings(parse) -> None:
    p = parse("REQUIRED QUALIFICATIONS\n\u2022 Terraform\n\nNICE TO HAVE\n\u2022 Ansible\n", "p.txt")
    assert _tiers(p) == {"Terraform": REQ, "Ansible": PREF}


def test_colon_headings(parse) -> None:
    p = parse(
        "Required Qualifications:\n- Terraform\n\nNice to Have:\n- Ansible\n\nTechnical Stack:\n- Helm charts\n",
        "p.txt",
    )
    assert _tiers(p) == {"Terraform": REQ, "Ansible": PREF, "Helm": CTX}


def test_bold_headings(parse) -> None:
    p = parse("**Requirements**\n- Terraform\n\n**Bonus points**\n- Ansible\n")
    assert _tiers(p) == {"Terraform": REQ, "Ansible": PREF}
    assert [s.heading for s in p.sections if s.heading] == ["Requirements", "Bonus points"]


def test_bold_heading_with_colon(parse) -> None:
    p = parse("**Must-haves:**\n- Terraform\n**Nice to have:**\n- Ansible\n")
    assert _tiers(p) == {"Terraform": REQ, "Ansible": PREF}


@pytest.mark.parametrize(
    ("heading", "tier"),
    [
        ("Requirements", REQ),
        ("Must-haves", REQ),
        ("What you'll bring", REQ),
        ("You have", REQ),
        ("Nice to have", PREF),
        ("Bonus points", PREF),
        ("Ideally", PREF),
        ("About the Role", CTX),
        pytest.param(
            "Required Qualifications",
            REQ,
        ),
        pytest.param(
            "Key Responsibilities",
            CTX,
        ),
        pytest.param(
            "Technical Stack",
            CTX,
        ),
        pytest.param(
            "We'd love it if",
            PREF,
        ),
    ],
)
def test_plain_text_heading_lines(parse, heading: str, tier: Tier) -> None:
    p = parse(f"Platform Engineer\n\n{heading}\n- Terraform\n", "p.txt")
    assert (heading, classify_heading(heading)) in [(s.heading, s.kind) for s in p.sections]
    assert reqs(p) == [(tier, ("Terraform",))]


@pytest.mark.parametrize(
    "heading",
    [
        "Benefits",
        "What We Offer",
        pytest.param(
            "Equal Opportunity",
        ),
    ],
)
def test_plain_text_boilerplate_heading(parse, heading: str) -> None:
    p = parse(
        f"Platform Engineer\n\nRequirements\n- Terraform\n\n{heading}\n- Competitive salary with Terraform stipend\n",
        "p.txt",
    )
    assert reqs(p) == [(REQ, ("Terraform",))]
    assert "Competitive salary" not in p.body


def test_plain_text_headings_after_a_requirements_section(parse) -> None:
    p = parse(
        "Platform Engineer\n\nRequirements:\n- Python\n\nKey Responsibilities\n- Maintain Terraform modules\n\n"
        "Equal Opportunity\nWe are an equal opportunity employer and value diversity.\n",
        "p.txt",
    )
    assert reqs(p) == [(REQ, ("Python",)), (CTX, ("Terraform",))]
    assert "equal opportunity employer" not in p.body


def test_title_colon_line_is_not_a_heading_for_bullets(parse) -> None:
    p = parse("## Requirements\n- Languages: Go, Rust\n")
    assert reqs(p) == [(REQ, ("Go",)), (REQ, ("Rust",))]


# -- sub-heading inheritance ----------------------------------------------------------------
def test_subheading_inherits_required(parse) -> None:
    p = parse(
        "# Engineer\n\n## Required Qualifications\n\n### Technical Skills\n- Terraform\n\n"
        "### Soft Skills\n- Excellent communication skills\n\n"
        "## Preferred Qualifications\n\n### Specialized Skills\n- Ansible\n\n### Soft Skills\n- Mentoring\n\n"
        "## Technical Stack\n- Helm charts\n"
    )
    assert reqs(p) == [
        (REQ, ("Terraform",)),
        (REQ, ("communication",)),
        (PREF, ("Ansible",)),
        (PREF, ("mentoring",)),
        (CTX, ("Helm",)),
    ]
    kinds = {(s.heading, s.line): s.kind for s in p.sections if s.heading}
    assert kinds[("Technical Skills", 5)] == "required"
    assert kinds[("Specialized Skills", 13)] == "preferred"


def test_subheading_with_its_own_tier_wins(parse) -> None:
    p = parse("## Requirements\n### Must have\n- Terraform\n### Nice to have\n- Ansible\n")
    assert reqs(p) == [(REQ, ("Terraform",)), (PREF, ("Ansible",))]


def test_subheading_inheritance_in_fixture(fixture_posting) -> None:
    p = fixture_posting("senior_software_engineer_infrastructure.md")
    sections = {s.heading: s.kind for s in p.sections if s.heading}
    assert sections["Technical Expertise - Backend"] == "required"
    assert sections["System Design"] == "required"
    assert sections["Specialized Skills"] == "preferred"
    assert sections["Leadership Impact"] == "preferred"
    # "- Experience with Apache Spark, Hadoop, or other big data technologies" (line 94)
    assert reqs(p, 94) == [(PREF, ("Apache Spark", "Hadoop", "big data"))]
    # "- Expert-level proficiency in Python, Java, Go, or similar languages" (line 49)
    assert reqs(p, 49) == [(REQ, ("Python", "Java", "Go", "programming languages"))]


# -- any-of groups --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Expert in Python, Java, or Go", [("Python", "Java", "Go")]),
        ("Knowledge of message queues (Kafka, RabbitMQ, SQS)", [("message queues", "Kafka", "RabbitMQ", "Amazon SQS")]),
        ("Experience with PostgreSQL/MySQL", [("PostgreSQL", "MySQL")]),
        ("Experience with Docker and Kubernetes", [("Docker",), ("Kubernetes",)]),
        ("Experience with AWS (EC2, RDS) or GCP", [("AWS", "Amazon EC2", "Amazon RDS", "GCP")]),
        ("Familiarity with AWS, GCP, or Azure", [("AWS", "GCP", "Azure")]),
        ("Experience with Redis, Memcached, or similar caching", [("Redis", "Memcached", "caching")]),
        (
            "Solid understanding of relational databases (PostgreSQL, MySQL)",
            [("relational databases", "PostgreSQL", "MySQL")],
        ),
        ("Familiarity with CI/CD pipelines (Jenkins, GitHub Actions)", [("CI/CD", "Jenkins", "GitHub Actions")]),
        ("Experience with cloud platforms such as AWS or GCP", [("cloud platforms", "AWS", "GCP")]),
        ("Excellent HTML and CSS skills", [("HTML",), ("CSS",)]),
        ("Proficiency with PostgreSQL, Redis", [("PostgreSQL",), ("Redis",)]),
    ],
)
def test_any_of_grouping(parse, bullet: str, expected: list[tuple[str, ...]]) -> None:
    p = parse(under("Required Qualifications", bullet))
    assert reqs(p) == [(REQ, names) for names in expected]


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Any of Python, Java, Go", [("Python", "Java", "Go")]),
        ("One of Python, Java, Go", [("Python", "Java", "Go")]),
        ("Experience with either Python, Java, Go", [("Python", "Java", "Go")]),
        ("Python, Java, Go, or similar", [("Python", "Java", "Go")]),
        (
            "Heavy experience in at least one or more of: Docker Kubernetes Rancher",
            [("Docker", "Kubernetes", "Rancher")],
        ),
        # Nightwatch is no vocabulary skill: the list is still one of alternatives
        ("Selenium, Jest or Nightwatch", [("Selenium", "Jest")]),
        # not alternatives: "and" joins them, or nothing says so
        ("Python, Java and Go, or similar", [("Python",), ("Java",), ("Go",)]),
        ("Python, Java, Go", [("Python",), ("Java",), ("Go",)]),
        ("One of our teams uses Python, Java, Go", [("Python",), ("Java",), ("Go",)]),
    ],
)
def test_any_of_phrasings(parse, bullet: str, expected: list[tuple[str, ...]]) -> None:
    p = parse(under("Required Qualifications", bullet))
    assert reqs(p) == [(REQ, names) for names in expected]


def test_at_least_one_or_more_of_in_real_line(parse) -> None:
    # skillspan_dev_tech_1 line 33
    p = parse(under("Requirements", "Understanding of containers with heavy experience in at least one or more of: "
                    "Docker Kubernetes Rancher"))
    assert reqs(p) == [(REQ, ("containerization",)), (REQ, ("Docker", "Kubernetes", "Rancher"))]


def test_category_comes_first_in_group(parse) -> None:
    p = parse(under("Required Qualifications", "Knowledge of message queues (Kafka, RabbitMQ, SQS)"))
    (r,) = p.requirements
    assert r.any_of[0] == "message queues"
    assert len(r.any_of) == 4


def test_two_or_groups_joined_by_and(parse) -> None:
    # real line, skillspan_train_tech_1 line 30
    bullet = (
        "At least 5 years of combined experience in Java or Kotlin and JavaScript or "
        "TypeScript programming and related test frameworks (Selenium TestCafe etc.)."
    )
    p = parse(under("Requirements", bullet))
    got = [r.any_of for r in p.requirements]
    assert ("Java", "Kotlin") in got
    assert ("JavaScript", "TypeScript") in got


# -- inline marks beat the heading ----------------------------------------------------------
def test_inline_preferred_paren(parse) -> None:
    p = parse(under("Required Qualifications", "Experience with GraphQL (preferred)"))
    assert reqs(p) == [(PREF, ("GraphQL",))]


@pytest.mark.parametrize(
    "bullet",
    [
        "Kubernetes is a plus",
        "Experience with Kubernetes is a plus",
        "Kubernetes experience is nice to have",
        "Bonus: Kubernetes",
        "Kubernetes would be a bonus",
        "Experience with Kubernetes is an advantage",
    ],
)
def test_inline_preferred_marks(parse, bullet: str) -> None:
    p = parse(under("Required Qualifications", bullet))
    assert reqs(p) == [(PREF, ("Kubernetes",))]


def test_inline_required_mark_under_preferred_heading(parse) -> None:
    p = parse(under("Nice to Have", "Kubernetes (required)"))
    assert reqs(p) == [(REQ, ("Kubernetes",))]


def test_required_and_preferred_on_one_line(parse) -> None:
    p = parse(under("Technical Skills Required", "Databases: PostgreSQL/MySQL (required), MongoDB/Redis (preferred)"))
    assert reqs(p) == [(REQ, ("PostgreSQL", "MySQL")), (PREF, ("MongoDB", "Redis"))]


def test_required_and_preferred_on_one_line_fixture(fixture_posting) -> None:
    p = fixture_posting("senior_backend_engineer_cloudscale.txt")
    assert reqs(p, 51) == [(REQ, ("PostgreSQL", "MySQL")), (PREF, ("MongoDB", "Redis"))]


def test_detached_preferred_skill(parse) -> None:
    p = parse(under("Required Qualifications", "Extensive experience with cloud platforms (AWS preferred)"))
    assert reqs(p) == [(REQ, ("cloud platforms",)), (PREF, ("AWS",))]


def test_clause_mark_only_affects_its_clause(parse) -> None:
    # real line, skillspan_train_tech_1 line 36
    bullet = (
        "Experience in working with CircleCI pipelines on running tests automatically prior "
        "to the deployment; Jenkins is a plus."
    )
    p = parse(under("Requirements", bullet))
    assert reqs(p) == [(REQ, ("CircleCI",)), (PREF, ("Jenkins",))]


def test_preferred_mark_in_real_posting(fixture_posting) -> None:
    # skillspan_dev_tech_16 line 42: "Experience with AWS (Amazon Web Services) is a plus"
    p = fixture_posting("skillspan_dev_tech_16.txt")
    assert reqs(p, 42) == [(PREF, ("AWS",))]


# -- purpose and modifiers ------------------------------------------------------------------
def test_purpose_after_for_is_not_a_requirement(parse) -> None:
    p = parse(under("Preferred Skills", "Experience with Kubernetes for container orchestration"))
    assert reqs(p) == [(PREF, ("Kubernetes",))]


def test_redis_for_caching(parse) -> None:
    p = parse(under("Preferred Skills", "Knowledge of Redis for caching and session management"))
    assert reqs(p) == [(PREF, ("Redis",))]


def test_purpose_reaches_a_few_words(parse) -> None:
    # skillspan_train_tech_44 line 2: "products for <ORGANIZATION> platforms" is a purpose, and the
    # items of the run that go on after it are asked for
    bullet = (
        "Design and build advanced applications for the iOS platform Experience building commercial products "
        "for <ORGANIZATION> platforms MS or BS in Computer Science Good written and spoken English Deep "
        "practical knowledge of iOS SDK Practical experience with Swift and Objective-C"
    )
    p = parse(under("Requirements", bullet))
    names = [n for r in p.requirements for n in r.any_of]
    assert {"Swift", "Objective-C", "English"} <= set(names)


def test_language_modifying_concept(parse) -> None:
    p = parse(under("Preferred Skills", "Python async programming expertise"))
    assert reqs(p) == [(PREF, ("async programming",))]


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Strong Java backend development skills", [(REQ, ("Java",)), (REQ, ("backend development",))]),
        ("Experience writing React web applications", [(REQ, ("React",)), (REQ, ("web development",))]),
        ("Hands-on Go microservices experience", [(REQ, ("Go",)), (REQ, ("microservices",))]),
    ],
)
def test_a_tool_and_what_is_built_with_it_are_both_asked(parse, bullet: str, expected: list) -> None:
    """A tool before a field of work or a kind of software is asked for too: a candidate without
    Java does not meet "Java backend development" (QA audit)."""
    assert reqs(parse(under("Requirements", bullet))) == expected


def test_years_of_building_with_a_tool_go_to_the_tool(parse) -> None:
    p = parse(under("Requirements", "5+ years of experience building Java web applications"))
    assert [(r.any_of, r.min_years) for r in p.requirements] == [(("Java",), 5), (("web development",), 5)]


def test_enzyme_the_react_testing_tool_is_one_of_the_alternatives(parse) -> None:
    p = parse(under("Requirements", "Selenium, Jest or Enzyme\nKnowledge of enzyme kinetics"))
    assert reqs(p)[0] == (REQ, ("Selenium", "Jest", "Enzyme"))
    assert "Enzyme" not in {n for r in p.requirements[1:] for n in r.any_of}  # the biology word is not it


def test_python_async_in_fixture(fixture_posting) -> None:
    p = fixture_posting("senior_backend_engineer_python.txt")
    assert reqs(p, 18) == [(PREF, ("Kubernetes",))]
    assert reqs(p, 23) == [(PREF, ("async programming",))]


# -- negation -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "bullet", ["no Java needed", "No Java experience needed", "We don't use Java", "Java not required"]
)
def test_negation_gives_nothing(parse, bullet: str) -> None:
    p = parse(under("Requirements", bullet))
    assert [r for r in p.requirements if r.tier is REQ] == []


def test_negation_only_drops_its_clause(parse) -> None:
    p = parse(under("Requirements", "Experience with Python; no Java needed"))
    assert reqs(p) == [(REQ, ("Python",))]


# -- years ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of professional experience", 5),
        ("3-5 years", 3),
        ("3 - 5 years of experience", 3),
        ("3 to 5 years", 3),
        ("at least five years", 5),
        ("minimum of 3 yrs", 3),
        ("Minimum 3 years in Java EE technology", 3),
        ("10+ yrs", 10),
        ("5 plus years", 5),
        ("3+ years' experience", 3),
        ("one year of experience", 1),
        ("Python developer", None),
        ("founded 20 years ago", None),
        ("applicants must be 25 years old", None),
        pytest.param(
            "At least five (5) years of experience",
            5,
        ),
    ],
)
def test_find_years(text: str, years: int | None) -> None:
    assert find_years(text) == years


def test_years_without_skill_are_posting_minimum(parse) -> None:
    p = parse("# Engineer\n\n## Requirements\n- 5+ years of professional experience\n- Experience with Docker\n")
    assert p.min_years == 5
    assert reqs(p) == [(REQ, ("Docker",))]
    assert p.requirements[0].min_years is None


def test_years_with_skill_belong_to_requirement(parse) -> None:
    p = parse(
        "# Engineer\n\n## Requirements\n- 6+ years of professional software engineering experience\n"
        "- 3+ years working on distributed systems at scale\n"
    )
    (r,) = p.requirements
    assert r.any_of == ("distributed systems",)
    assert r.min_years == 3
    assert p.min_years == 6


@pytest.mark.parametrize(
    ("bullet", "skill", "years"),
    [
        ("3-5 years of experience with Python", "Python", 3),
        ("minimum of 3 yrs experience in SQL", "SQL", 3),
        ("3+ years experience with JavaScript", "JavaScript", 3),  # skillspan_train_tech_3
        ("At least five years of Kubernetes", "Kubernetes", 5),
    ],
)
def test_requirement_years_and_fallback_minimum(parse, bullet: str, skill: str, years: int) -> None:
    p = parse(under("Requirements", bullet))
    (r,) = p.requirements
    assert r.any_of == (skill,)
    assert r.min_years == years
    assert p.min_years == years  # no overall years: the smallest required one


def test_years_in_fixture(fixture_posting) -> None:
    p = fixture_posting("senior_software_engineer_infrastructure.md")
    assert p.min_years == 6
    (r,) = on_line(p, 43)
    assert r.any_of == ("distributed systems",) and r.min_years == 3


def test_experience_level_label_gives_years(fixture_posting) -> None:
    assert fixture_posting("backend_engineer.md").min_years == 4  # "4+ years of backend development experience"
    assert fixture_posting("senior_backend_engineer_cloudscale.txt").min_years == 5


def test_years_inside_degree_line(parse) -> None:
    # real line, skillspan_train_tech_22 line 29
    bullet = (
        "A doctorate degree or Master degree (with +2 years work experience in the field) in "
        "Bioinformatics data science computer science or related field"
    )
    p = parse(under("Requirements", bullet))
    assert p.degree == "master"
    assert p.min_years == 2


# -- years ask something of the candidate, not of the company or the market -----------------
@pytest.mark.parametrize(
    "prose",
    [
        # skillspan_train_tech_76 line 17
        "For over 18 years the company has been constantly investing in technology-based services developed in "
        "<LOCATION> that help customers save",
        # skillspan_dev_house_41 line 2
        "Over the past 25 years the Centre on Climate Energy and Sustainable development of the <ORGANIZATION> "
        "has become a leading international research and advisory hub on energy climate and sustainable Development",
        # skillspan_train_tech_43 line 7
        "Celonis has grown 5,000% in 4 years and 300% in the past year.",
        # skillspan_train_house_110 lines 2 and 20
        "The position is for 3 years.",
        "The employment as Quantum Engineer is a temporary position for 3 years.",
    ],
)
def test_company_years_are_no_minimum(parse, prose: str) -> None:
    requirements = "Requirements\n- 4+ years of experience in Node.js environment\n"
    p = parse(f"Backend Engineer\n\n{prose}\n\n{requirements}", "p.txt")
    assert p.min_years == 4
    assert [r.min_years for r in p.requirements if r.any_of == ("Node.js",)] == [4]


def test_market_years_ask_nothing(parse) -> None:
    # skillspan_train_house_81 line 3: no "sales" required for ten years
    line = (
        "Over the next ten years the global market for online wine sales is expected to grow significantly and "
        "<ORGANIZATION> will be at the forefront of this growth."
    )
    p = parse(f"{line}\n", "p.txt")
    assert p.min_years is None
    assert all(r.tier is CTX and r.min_years is None for r in p.requirements)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of Python", 5),
        ("3 years' experience in a similar position", 3),
        ("Minimum 3 years Java experience", 3),
        ("Experience: at least 3 years", 3),
        ("3-5 years", 3),
        ("You have worked with Python for 3 years", 3),
        ("Celonis has grown 5,000% in 4 years and 300% in the past year.", None),
        ("The position is for 3 years.", None),
    ],
)
def test_asked_years(text: str, years: int | None) -> None:
    from jobmatch.posting import _asked_years

    assert _asked_years(text)[0] == years


def test_general_years_are_the_minimum_skill_years_stay_on_their_skills(parse) -> None:
    # skillspan_train_tech_20 lines 40-43
    bullets = [
        "At least 8 years of experience in software engineering on various complex Java Spring Spring Boot and/or "
        "NodeJs technologies",
        "5+ years of experience running large scale systems in a DevOps/SRE environment",
        "At least 3 years of experience working on UNIX/LINUX platforms",
        "At least 2 years of experience with a public cloud service such as Amazon Web Services (AWS) Microsoft "
        "Azure or Google cloud (GCP).",
    ]
    p = parse("# Engineer\n\n## Basic Qualifications\n" + "".join(f"- {b}\n" for b in bullets))
    assert p.min_years == 8
    years = {r.any_of: r.min_years for r in p.requirements}
    assert years[("Linux",)] == 3
    assert years[("AWS", "Azure", "GCP")] == 2
    assert years[("DevOps", "SRE")] == 5


# -- degrees --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("BS/MS in Computer Science or equivalent experience", {"bachelor", "master"}),
        ("Master's degree required", {"master"}),
        ("PhD preferred", {"phd"}),
        ("Bachelor's or Master's degree in Computer Science", {"bachelor", "master"}),
        ("B.Sc. in Computer Science", {"bachelor"}),
        ("a degree in Computer Science", {"bachelor"}),
        ("Strong Python skills", set()),
        # the abbreviations of engineering, nursing, commerce and computer-applications degrees
        ("B.E./B.Tech in Computer Science or related field", {"bachelor"}),
        ("B.E. in Computer Science", {"bachelor"}),
        ("BTech from a reputed institute", {"bachelor"}),
        ("M.Tech or MCA preferred", {"master"}),
        ("BSN required; MSN preferred", {"bachelor", "master"}),
        ("ADN or BSN from an accredited nursing program", {"associate", "bachelor"}),
        ("B.Com or M.Com with 2 years of accounting experience", {"bachelor", "master"}),
        ("Associate of Applied Science in Nursing", {"associate"}),
        ("Associate's or Bachelor's degree", {"associate", "bachelor"}),
        ("Sales Associate or Cashier experience", set()),
        ("M.Ed. in Curriculum and Instruction", {"master"}),
        # a high-school diploma or its equivalent is the lowest level
        ("High school diploma", {"high_school"}),
        ("High School Diploma or GED required", {"high_school"}),
        ("High school or equivalent", {"high_school"}),
        ("Completed secondary school", {"high_school"}),
        ("Bachelor's degree, or a high school diploma and 4 years of experience", {"bachelor", "high_school"}),
        # ... but not the school as a workplace, nor words that only look like the letters
        ("Teach high school mathematics to grades 9-12", set()),
        ("BE a team player; BE curious", set()),
        ("We're a certified B. Corp", set()),
        ("A.S. soon as possible", set()),
    ],
)
def test_find_degrees(text: str, levels: set[str]) -> None:
    assert find_degrees(text) == levels


def test_high_school_diploma_required_bachelor_preferred(parse) -> None:
    p = parse(
        "# Warehouse Associate\n\n## Requirements\n- High school diploma or GED\n- Forklift certification\n\n"
        "## Preferred\n- Associate's or Bachelor's degree in Supply Chain Management\n"
    )
    assert (p.degree, p.preferred_degree) == ("high_school", "associate")


def test_degree_lowest_level(parse) -> None:
    p = parse(under("Requirements", "BS/MS in Computer Science or equivalent experience"))
    assert p.degree == "bachelor"
    assert p.preferred_degree is None
    assert p.requirements == ()


@pytest.mark.parametrize(
    "bullet",
    [
        "No degree required",
        "A degree is not required",
        "Degree not required",
        "No college degree necessary",
        "You don't need a degree",
        # skillspan_train_tech_49 line 24
        "You are not required to have a computer science degree; in fact several of us have social science "
        "degrees or no degree at all.",
    ],
)
def test_no_degree_required(parse, bullet: str) -> None:
    p = parse(under("Requirements", bullet))
    assert p.degree is None and p.preferred_degree is None


@pytest.mark.parametrize(
    ("bullet", "degree", "preferred"),
    [
        ("Bachelor's degree not required but preferred", None, "bachelor"),
        ("Bachelor's degree or equivalent, no prior experience required", "bachelor", None),
    ],
)
def test_degree_with_a_negation_nearby(parse, bullet: str, degree: str | None, preferred: str | None) -> None:
    p = parse(under("Requirements", bullet))
    assert (p.degree, p.preferred_degree) == (degree, preferred)


def test_masters_required(parse) -> None:
    p = parse(under("Requirements", "Master's degree required"))
    assert p.degree == "master"


def test_phd_preferred(parse) -> None:
    p = parse(under("Requirements", "PhD preferred"))
    assert p.degree is None
    assert p.preferred_degree == "phd"


def test_education_section(fixture_posting) -> None:
    p = fixture_posting("senior_software_engineer_infrastructure.md")
    assert p.degree == "bachelor"
    assert p.preferred_degree == "phd"
    assert on_line(p, 108) == []  # "Computer Science, Engineering" is a field, not a skill


def test_bachelor_or_equivalent_in_fixture(fixture_posting) -> None:
    assert fixture_posting("senior_backend_engineer_python.txt").degree == "bachelor"


# -- title ----------------------------------------------------------------------------------
def test_title_from_position_line(parse, fixture_posting) -> None:
    p = parse("BACKEND DEVELOPER JOB DESCRIPTION\n\nPosition: Senior Backend Engineer\nLocation: Remote\n", "p.txt")
    assert p.title == "Senior Backend Engineer"
    assert fixture_posting("senior_backend_engineer_cloudscale.txt").title == "Senior Backend Engineer"


def test_title_from_first_markdown_heading(parse, fixture_posting) -> None:
    p = parse("# Staff Data Engineer\n\n## Requirements\n- Python\n")
    assert p.title == "Staff Data Engineer"
    assert fixture_posting("backend_engineer.md").title == "Backend Engineer"
    assert (
        fixture_posting("senior_software_engineer_infrastructure.md").title
        == "Senior Software Engineer - Backend/Infrastructure"
    )


def test_title_from_seeking_sentence(parse, fixture_posting) -> None:
    p = parse(
        "We are seeking a Senior Backend Engineer to join our growing engineering team.\n\nRequirements:\n- Python\n",
        "p.txt",
    )
    assert p.title == "Senior Backend Engineer"
    assert fixture_posting("senior_backend_engineer_python.txt").title == "Senior Backend Engineer"


def test_title_from_first_line(fixture_posting) -> None:
    assert (
        fixture_posting("senior_backend_engineer_platform.txt").title
        == "Senior Backend Engineer - Platform & Infrastructure"
    )
    assert fixture_posting("skillspan_train_tech_1.txt").title == "Senior QA Engineer"


# -- body -----------------------------------------------------------------------------------
def test_boilerplate_absent_from_body(parse) -> None:
    p = parse(
        "# Engineer\n\n## Requirements\n- Experience with Docker\n\n"
        "## Benefits\n- Competitive salary and 401(k) matching\n\n"
        "## Equal Opportunity\nWe are an equal opportunity employer and value diversity.\n"
    )
    assert "Experience with Docker" in p.body
    assert "401(k)" not in p.body
    assert "equal opportunity employer" not in p.body
    assert "Benefits" not in p.body


def test_boilerplate_absent_from_body_fixture(fixture_posting) -> None:
    p = fixture_posting("senior_backend_engineer_python.txt")
    for gone in ("Competitive salary", "401(k)", "equal opportunity employer", "Unlimited PTO", "cover letter"):
        assert gone not in p.body
    for kept in ("Strong proficiency in Python", "Experience with Kubernetes for container orchestration"):
        assert kept in p.body


def test_markup_stripped_from_body(parse) -> None:
    p = parse("## Requirements\n- **Strong** experience with `Docker` and [Kubernetes](https://k8s.io)\n")
    assert "Strong experience with Docker and Kubernetes" in p.body
    assert strip_markup("**Languages:** Python") == "Languages: Python"


# -- line numbers ---------------------------------------------------------------------------
def test_requirement_line_numbers(parse) -> None:
    text = (
        "# Engineer\n\n\nSome intro.\n\n## Requirements\n\n- Docker\n\n\n- Kubernetes\n## Nice to have\n- Terraform\n"
    )
    p = parse(text)
    lines = text.split("\n")
    assert [(r.any_of[0], r.line) for r in p.requirements] == [("Docker", 8), ("Kubernetes", 11), ("Terraform", 13)]
    for r in p.requirements:
        assert r.any_of[0] in lines[r.line - 1]
        assert r.text == lines[r.line - 1].removeprefix("- ")


@pytest.mark.parametrize(
    "name",
    [
        "backend_engineer.md",
        "senior_backend_engineer_cloudscale.txt",
        "senior_backend_engineer_platform.txt",
        "senior_backend_engineer_python.txt",
        "senior_software_engineer_infrastructure.md",
        "skillspan_train_tech_1.txt",
        "skillspan_dev_tech_8.txt",
    ],
)
def test_requirement_lines_match_file(fixture_posting, name: str) -> None:
    p = fixture_posting(name)
    folder = FIXTURES if (FIXTURES / name).exists() else DEV
    with open(folder / name, encoding="utf-8") as handle:
        file_lines = normalize_text(handle.read()).split("\n")
    assert p.requirements
    for r in p.requirements:
        assert 1 <= r.line <= len(file_lines)
        assert r.text in strip_markup(file_lines[r.line - 1]), (r.line, r.text)


def test_section_lines(fixture_posting) -> None:
    p = fixture_posting("senior_backend_engineer_cloudscale.txt")
    got = {s.heading: (s.line, s.kind) for s in p.sections if s.heading}
    assert got["REQUIRED QUALIFICATIONS"] == (25, "required")
    assert got["PREFERRED QUALIFICATIONS"] == (37, "preferred")
    assert got["COMPENSATION & BENEFITS"] == (56, "boilerplate")
    assert got["EQUAL OPPORTUNITY"] == (74, "boilerplate")


# -- real postings: a boilerplate section must not swallow the requirements after it ---------
def test_requirements_after_benefits_section(fixture_posting) -> None:
    p = fixture_posting("skillspan_train_tech_3.txt")
    assert (REQ, ("JavaScript",)) in reqs(p, 73)
    assert on_line(p, 73)[0].min_years == 3
    assert (PREF, ("Node.js",)) in reqs(p, 86)
    assert p.min_years == 3


# -- a degree line names a field of study; the rest of the line is read as usual ------------
@pytest.mark.parametrize(
    ("bullet", "expected", "years"),
    [
        (
            "BS/MS in Computer Science, Statistics, or a related field, and 3+ years with Python or R",
            [(REQ, ("Python", "R"))],
            3,
        ),
        (
            "Bachelor's degree in Computer Science or equivalent experience with Java and Kotlin",
            [(REQ, ("Java",)), (REQ, ("Kotlin",))],
            None,
        ),
        ("A Mathematics or Statistics degree and strong Python skills", [(REQ, ("Python",))], None),
        ("BS in Computer Science, Electrical Engineering or Mathematics", [], None),
    ],
)
def test_degree_line_keeps_its_other_skills(parse, bullet: str, expected: list, years: int | None) -> None:
    p = parse(under("Requirements", bullet))
    assert p.degree == "bachelor"
    assert reqs(p) == expected
    assert [r.min_years for r in p.requirements] == [years] * len(expected)


def test_degree_in_a_run_of_items_keeps_the_skills_after_it(parse) -> None:
    # skillspan_train_tech_44 line 2 (from "MS or BS"): the degree's field ends where the list
    # goes on, and Swift, Objective-C and the iOS SDK are asked for
    bullet = (
        "MS or BS in Computer Science Good written and spoken English Strong understanding of Computer "
        "Science fundamentals Deep practical knowledge of iOS SDK understanding of iOS app architecture "
        "official platform recommendations native platform tools and techniques Practical experience with "
        "Swift and Objective-C Strong OOP/OOAD background and ability to apply it in practice"
    )
    p = parse(under("Requirements", bullet))
    assert p.degree == "bachelor"
    assert p.degree_field == "Computer Science"  # not "Computer Science Good"
    names = {n for r in p.requirements for n in r.any_of}
    assert {"iOS", "Swift", "Objective-C", "English"} <= names
    assert all(r.tier is REQ for r in p.requirements)


def test_skill_before_a_degree_in_the_same_sentence(parse) -> None:
    # skillspan_dev_house_54 line 15: Tableau is asked for (preferably), the degree too
    bullet = (
        "Speak with data to make decisions and set direction Excel in change management and communication "
        "Be familiar with lean leadership and lean tools and preferably also with using Tableau Hold a degree"
    )
    p = parse(under("Requirements", bullet))
    assert (PREF, ("Tableau",)) in reqs(p)
    assert "bachelor" in (p.degree, p.preferred_degree)


def test_years_in_parentheses_after_a_degree_stay_the_minimum(parse) -> None:
    # skillspan_train_tech_22 line 29: the field after the parenthesis is a field, not skills
    bullet = (
        "A doctorate degree or Master degree (with +2 years work experience in the field) in "
        "Bioinformatics data science computer science or related field"
    )
    p = parse(under("Requirements", bullet))
    assert p.requirements == ()
    assert p.min_years == 2


# -- a hedge speaks for the words after it, not for the whole line --------------------------
def test_hedge_after_a_requirement_in_real_line(parse) -> None:
    # skillspan_train_tech_41 line 19 (a line without a heading: the cue asks)
    line = (
        "You’ll have excellent scripting skills in at least one of the following (Bash Perl Python) and will "
        "ideally have some experience with Docker Kubernetes Terraform Istio or GitLab CI."
    )
    expected = [(REQ, ("Bash", "Perl", "Python")), (PREF, ("Docker", "Kubernetes", "Terraform", "Istio", "GitLab CI"))]
    assert reqs(parse(f"{line}\n", "p.txt")) == expected
    assert reqs(parse(under("Requirements", line))) == expected


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Python and ideally Kubernetes", [(REQ, ("Python",)), (PREF, ("Kubernetes",))]),
        ("Python, preferably Django", [(REQ, ("Python",)), (PREF, ("Django",))]),
        ("Ideally Python or Go", [(PREF, ("Python", "Go"))]),
        ("Kubernetes experience not required but appreciated", [(PREF, ("Kubernetes",))]),
        ("Knowledge of Terraform is appreciated", [(PREF, ("Terraform",))]),
    ],
)
def test_hedge_scope(parse, bullet: str, expected: list) -> None:
    assert reqs(parse(under("Requirements", bullet))) == expected


def test_hedge_in_parentheses_stays_there(parse) -> None:
    # skillspan_train_tech_58 line 10: "(ideally within the fintech area)" softens nothing after it
    bullet = (
        "Must-haves Proven track record in a tech-first fast-growing environment (ideally within the fintech area) "
        "Agile working experience Delivered and maintained 3 commercial projects to production (by major "
        "contribution) Minimum 6 years of experience in Software Engineering Minimum 4 years of experience in Java "
        "development"
    )
    p = parse(under("Requirements", bullet))
    assert p.min_years == 6
    assert (REQ, ("Agile",)) in reqs(p)
