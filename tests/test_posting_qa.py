"""Regression tests for the posting parser from a QA audit of real-world posting shapes (Indeed's
structured blocks, pasted LinkedIn posts without bullets, emoji bullets, ...)."""

from __future__ import annotations

import pytest

from jobmatch.models import Document, Posting, Tier
from jobmatch.posting import parse_posting

REQ, PREF, CTX = Tier.REQUIRED, Tier.PREFERRED, Tier.CONTEXT


def asked(posting: Posting) -> list[tuple[Tier, tuple[str, ...], int | None]]:
    return [(r.tier, r.any_of, r.min_years) for r in posting.requirements if r.tier is not CTX]


# -- 1. Indeed's "Experience:" block: "- Python: 3 years (Required)" --------------------------------
def test_indeed_experience_block_asks_for_each_skill(parse) -> None:
    p = parse(
        "Python Developer\nAcme Analytics\n\nJob Type: Full-time\n\nEducation:\n- Bachelor's (Preferred)\n\n"
        "Experience:\n- Python: 3 years (Required)\n- Django: 2 years (Required)\n- AWS: 1 year (Preferred)\n"
        "- SQL: 2 years (Preferred)\n\nWork Location: Remote\n"
    )
    assert asked(p) == [
        (REQ, ("Python",), 3),
        (REQ, ("Django",), 2),
        (PREF, ("AWS",), 1),
        (PREF, ("SQL",), 2),
    ]


@pytest.mark.parametrize(
    "line",
    ["- Python: 3 years", "- Python: advanced", "- **Python**: working knowledge", "- Python: 3+ years in production"],
)
def test_a_skill_label_is_the_skill_asked_for(parse, line: str) -> None:
    p = parse(f"Requirements\n{line}\n")
    assert [(r.tier, r.any_of) for r in p.requirements] == [(REQ, ("Python",))]


def test_a_label_naming_a_list_is_still_a_label(parse) -> None:
    p = parse("Requirements\n- Languages: Python, Go\n")
    assert [(r.tier, r.any_of) for r in p.requirements] == [(REQ, ("Python",)), (REQ, ("Go",))]


# -- 2. an unbulleted ALL-CAPS skill line is an item, not a heading ----------------------------------
def test_unbulleted_caps_skill_lines_are_items(parse) -> None:
    p = parse("Backend Developer\n\nRequirements\nPython\nSQL\nAWS\nHTML/CSS\nCI/CD\nDocker\n\nNice to have\nGo\n")
    assert [s.heading for s in p.sections if s.heading] == ["Requirements", "Nice to have"]
    required = {name for r in p.requirements if r.tier is REQ for name in r.any_of}
    assert {"Python", "SQL", "AWS", "Docker"} <= required
    assert [r.any_of for r in p.requirements if r.tier is PREF] == [("Go",)]


@pytest.mark.parametrize("heading", ["REQUIREMENTS", "TECHNICAL SKILLS", "NICE TO HAVE", "WHAT WE OFFER"])
def test_caps_headings_are_still_headings(parse, heading: str) -> None:
    p = parse(f"Engineer\n\n{heading}\n- Experience with Docker\n")
    assert heading in [s.heading for s in p.sections]


# -- 3. emoji and other symbol bullets ----------------------------------------------------------------
@pytest.mark.parametrize("bullet", ["✅", "🔹", "👉", "🚀", "⭐", "📌", "✔️", "➡️", "❖", "◆", "★", "\uf0b7", "o"])
def test_symbol_bullets_are_bullets(parse, bullet: str) -> None:
    p = parse(
        f"Backend Developer\n\nRequirements\n{bullet} Python\n{bullet} AWS\n{bullet} Go\n\n"
        f"Nice to have\n{bullet} Rust\n"
    )
    assert [(r.tier, r.any_of) for r in p.requirements] == [
        (REQ, ("Python",)), (REQ, ("AWS",)), (REQ, ("Go",)), (PREF, ("Rust",))
    ]


def test_an_emoji_before_a_known_heading_keeps_it_a_heading(parse) -> None:
    p = parse(
        "iOS Developer\n\n🔧 Requirements:\n✅ Swift\n\n💡 Nice to have\n⭐ Rust\n\n"
        "🎁 What we offer\n💰 Health insurance\n"
    )
    assert [(s.heading, s.kind) for s in p.sections if s.heading] == [
        ("Requirements", "required"), ("Nice to have", "preferred"), ("What we offer", "boilerplate")
    ]
    assert [(r.tier, r.any_of) for r in p.requirements] == [(REQ, ("Swift",)), (PREF, ("Rust",))]


# -- 4. "one of the following:" lists end where the indentation goes back ---------------------------
def test_one_of_the_following_ends_at_a_sibling_bullet(parse) -> None:
    p = parse(
        "Full Stack Engineer\n\nRequired:\n- 4+ years of experience in at least one of the following:\n"
        "  - Ruby on Rails\n  - Django\n  - Node.js\n- Experience with React or Vue\n- Experience with Docker\n"
    )
    assert asked(p) == [
        (REQ, ("Ruby on Rails", "Django", "Node.js"), 4),
        (REQ, ("React", "Vue.js"), None),
        (REQ, ("Docker",), None),
    ]


def test_one_of_the_following_flat_list_still_groups(parse) -> None:
    p = parse("Requirements\nExperience with one of the following:\n- Python\n- Java\n- Go\n\n- Docker\n")
    assert [(r.tier, r.any_of) for r in p.requirements] == [(REQ, ("Python", "Java", "Go")), (REQ, ("Docker",))]


def test_one_of_the_following_languages_is_a_lead_in(parse) -> None:
    p = parse(
        "Requirements\n* Proficiency in one of the following languages:\n    * Java\n    * Kotlin\n"
        "* Experience with Kubernetes\n"
    )
    assert [(r.tier, r.any_of) for r in p.requirements] == [(REQ, ("Java", "Kotlin")), (REQ, ("Kubernetes",))]


# -- 5. a requirement line closing with its tier mark is no heading -----------------------------------
@pytest.mark.parametrize(
    "line", ["ISTQB certification is a plus", "Fintech experience is a plus", "Prior startup experience preferred",
             "Travel up to 25% required"]
)
def test_a_marked_statement_is_not_a_heading(parse, line: str) -> None:
    p = parse(f"QA Engineer\n\nRequirements:\nStrong experience with Selenium\n{line}\nExperience with Jenkins\n")
    assert [s.heading for s in p.sections if s.heading] == ["Requirements"]
    asked = [(r.tier, r.any_of) for r in p.requirements]
    if "ISTQB" in line:  # a certification the vocabulary names: the line's own preferred requirement
        assert asked == [(REQ, ("Selenium",)), (PREF, ("ISTQB",)), (REQ, ("Jenkins",))]
    elif "Fintech" in line:  # and so is an industry it names
        assert asked == [(REQ, ("Selenium",)), (PREF, ("fintech",)), (REQ, ("Jenkins",))]
    else:
        assert asked == [(REQ, ("Selenium",)), (REQ, ("Jenkins",))]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Technical Skills Preferred", "preferred"), ("Skills & Experience Required", "required"),
     ("What would be a plus", "preferred"), ("Qualifications Preferred", "preferred")],
)
def test_headings_naming_their_tier_stay_headings(parse, heading: str, kind: str) -> None:
    p = parse(f"Engineer\n\n{heading}\n- Experience with Docker\n")
    assert (heading, kind) in [(s.heading, s.kind) for s in p.sections]


# -- 8. "Experience: 5+ years" on its own line gives the years, it is no heading ---------------------
@pytest.mark.parametrize(
    "line",
    ["Experience: 5+ years", "Experience Level: 5+ years", "Years of experience: 5+", "Minimum experience: 5 years",
     "Experience: 5-7 years"],
)
@pytest.mark.parametrize(
    "posting",
    ["SRE\n\nRequirements\nLinux\n{}\n", "SRE\nLocation: Remote\n{}\n\nRequirements\n- Linux\n",
     "SRE\n\nRequirements\n- Linux\n\nBenefits\n- 401(k)\n{}\n"],
)
def test_an_experience_line_gives_the_minimum_years(parse, line: str, posting: str) -> None:
    p = parse(posting.format(line))
    assert p.min_years == 5
    assert line not in [s.heading for s in p.sections]
    assert [(r.tier, r.any_of) for r in p.requirements] == [(REQ, ("Linux",))]


# -- 6. the overall minimum is what the posting asks overall, not its smallest figure ---------------
@pytest.mark.parametrize(
    ("lines", "years"),
    [
        ("- 5+ years of professional software engineering experience\n- 2+ years in a leadership role\n", 5),
        ("- 5+ years of Java\n- 2+ years of Kubernetes\n", 5),
        ("- 3+ years of experience in software QA with at least 2 years in test automation\n", 3),
        ("- 4+ years in security engineering, with at least 2 years focused on cloud security\n", 4),
        ("- 5+ years of experience, or 3+ years with a Master's degree\n", 3),
    ],
)
def test_the_minimum_years_are_those_asked_overall(parse, lines: str, years: int) -> None:
    assert parse(f"Engineer\n\nRequirements\n{lines}").min_years == years


def test_a_skill_gets_the_first_figure_of_its_line(parse) -> None:
    p = parse("Requirements\n- 4+ years in security engineering, with at least 2 years focused on cloud security\n")
    assert [(r.any_of, r.min_years) for r in p.requirements] == [(("security",), 4)]


# -- 7. ", X experience preferred" after the years asked speaks for its own part ---------------------
def test_a_preferred_comma_part_leaves_the_years_required(parse) -> None:
    p = parse(
        "Staff Accountant\n\nQualifications\n"
        "1. Minimum of 4 years of progressive accounting experience, public accounting experience preferred\n"
    )
    assert p.min_years == 4
    assert (REQ, ("accounting",), 4) in asked(p)
    p = parse("Engineer\n\nRequirements\n- 5+ years of Python experience, fintech experience preferred\n")
    assert asked(p) == [(REQ, ("Python",), 5), (PREF, ("fintech",), None)]
    assert p.min_years == 5


def test_a_preferred_mark_after_a_list_still_marks_the_list(parse) -> None:
    p = parse("Engineer\n\nRequirements\n- Experience with Python, Java or Go preferred\n")
    assert [r.tier for r in p.requirements] == [PREF]


# -- 10. without a known heading, a preferred mark speaks for its own sentence ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "You need TypeScript and React. Bonus if you know Prisma.",
        "You need TypeScript and React. Prisma preferred.",
        "You need TypeScript and React. Prisma would be a bonus.",
        "You need TypeScript and React. Ideally you know Prisma.",
        "You need TypeScript and React. Prisma is a big plus.",
        "You need TypeScript and React. Prisma is nice to have.",
        "We're hiring a full-stack engineer. You'd be a great fit if you have shipped production TypeScript and "
        "React. Bonus if you've used Prisma before. We pay well.",
    ],
)
def test_a_preferred_sentence_of_a_paragraph_marks_only_itself(parse, text: str) -> None:
    p = parse(text + "\n")
    tiers = {name: r.tier for r in p.requirements for name in r.any_of}
    assert (tiers["TypeScript"], tiers["React"], tiers["Prisma"]) == (REQ, REQ, PREF)


def test_a_parenthesised_preferred_skill_marks_only_itself_without_a_heading(parse) -> None:
    p = parse("- Experience with AWS (EKS preferred)\n")
    assert [(r.tier, r.any_of) for r in p.requirements] == [(REQ, ("AWS",)), (PREF, ("EKS",))]
    p = parse("Backend\n\nStuff:\n- Experience with AWS (EKS preferred)\n")
    assert [(r.tier, r.any_of) for r in p.requirements] == [(REQ, ("AWS",)), (PREF, ("EKS",))]


def test_ceo_email_keeps_its_required_skills(parse) -> None:
    p = parse(
        "Hey folks,\n\nWe're hiring our first full-stack engineer at Parcelwise (YC W24).\n\n"
        "You'd be a great fit if you have shipped production TypeScript and React, are comfortable owning features "
        "end to end (DB to UI), and like talking to customers. Bonus if you've used Prisma or tRPC before. "
        "We don't care about degrees.\n"
    )
    tiers = {r.any_of: r.tier for r in p.requirements}
    assert tiers[("TypeScript",)] is REQ and tiers[("React",)] is REQ and tiers[("Prisma", "tRPC")] is PREF


@pytest.mark.parametrize(
    ("heading", "tier"),
    [("Must:", REQ), ("Essential:", REQ), ("Nice:", PREF), ("Not required, but nice:", PREF)],
)
def test_bare_tier_headings(parse, heading: str, tier: Tier) -> None:
    p = parse(f"Java Backend Developer\n\n{heading}\n- Kafka\n- Experience with Angular\n")
    assert [(r.tier, r.any_of) for r in p.requirements] == [(tier, ("Kafka",)), (tier, ("Angular",))]


def test_must_heading_keeps_a_hedged_parenthesis_to_itself(parse) -> None:
    p = parse("Java Developer\n\nMust:\n- Java 11+ (Java 17 ideally)\n- Experience with AWS (EKS preferred)\n")
    assert (REQ, ("Java",)) in [(r.tier, r.any_of) for r in p.requirements]
    assert (REQ, ("AWS",)) in [(r.tier, r.any_of) for r in p.requirements]


# -- 11. the examples after "such as" / "like" / "e.g." are alternatives of the category -------------
@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("- Experience with event streaming systems such as Kafka or Pulsar", ("Kafka", "Apache Pulsar")),
        ("- Experience with message queue systems such as Kafka or RabbitMQ", ("Kafka", "RabbitMQ")),
        (
            "- Experience with observability tooling such as Prometheus, Grafana and OpenTelemetry",
            ("Prometheus", "Grafana", "OpenTelemetry"),
        ),
        ("- Experience with a cloud provider such as AWS, GCP and Azure", ("AWS", "GCP", "Azure")),
        ("- Experience with CI/CD tools like Jenkins, GitLab CI or GitHub Actions", ("Jenkins", "GitLab CI")),
    ],
)
def test_examples_of_a_category_are_one_requirement(parse, line: str, group: tuple[str, ...]) -> None:
    p = parse(f"Requirements\n{line}\n")
    assert len(p.requirements) == 1
    assert set(group) <= set(p.requirements[0].any_of)


def test_skills_joined_by_and_without_examples_stay_separate(parse) -> None:
    p = parse("Requirements\n- Experience with Prometheus, Grafana and OpenTelemetry\n")
    assert [r.any_of for r in p.requirements] == [("Prometheus",), ("Grafana",), ("OpenTelemetry",)]


# -- 19. a figure's years go to the skills listed after it, not to every skill of its sentence --------
def test_years_stay_with_the_skills_they_are_written_for(parse) -> None:
    p = parse(
        "Backend Engineer\n\nWe're looking for a backend engineer with 3+ years of experience in Python or Ruby who "
        "is comfortable with PostgreSQL and has worked with background job systems like Sidekiq or Celery.\n"
    )
    years = {r.any_of: r.min_years for r in p.requirements}
    assert years[("Python", "Ruby")] == 3
    assert years[("PostgreSQL",)] is None and years[("Sidekiq", "Celery")] is None
    assert p.min_years == 3


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 5 years of JavaScript and 3 of React", {("JavaScript",): 5, ("React",): 3}),
        ("- 5+ years of Python, Django and PostgreSQL", {("Python",): 5, ("Django",): 5, ("PostgreSQL",): 5}),
        ("- Python (3+ years)", {("Python",): 3}),
        (
            "- You should have 2+ years of closing experience in B2B SaaS, a track record of meeting or exceeding "
            "quota, experience with Salesforce",
            {("SaaS",): 2, ("Salesforce",): None},
        ),
    ],
)
def test_years_of_each_skill(parse, line: str, expected: dict[tuple[str, ...], int | None]) -> None:
    p = parse(f"Requirements\n{line}\n")
    assert {r.any_of: r.min_years for r in p.requirements if r.any_of in expected} == expected


# -- 14. "PhD ..., or MS with 3+ years" accepts a master's ---------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "- PhD in Computer Science, Linguistics, or related field, or MS with 3+ years of relevant research experience",
        "- PhD in Computer Science or related field, or MS with at least 3 years of relevant experience",
        "- PhD, or Master's degree with 3+ years of industry experience",
    ],
)
def test_phd_or_ms_with_years_asks_a_master(parse, line: str) -> None:
    assert parse(f"Requirements\n{line}\n").degree == "master"


def test_ms_office_is_no_degree(parse) -> None:
    assert parse("Requirements\n- Experience with MS Office and MS with Excel macros\n").degree is None


# -- 22. HTML character references are decoded before parsing ---------------------------------------
def test_html_entities_are_decoded(parse) -> None:
    p = parse(
        "Sales Development Representative\n\nResponsibilities&nbsp;\n&bull; Maintain accurate records in HubSpot\n\n"
        "Requirements\n&bull; Experience with HubSpot or Salesforce CRM\n&#8226; Strong verbal &amp; written "
        "communication skills\n&bull; Bachelor&rsquo;s degree preferred\n"
    )
    assert [s.heading for s in p.sections if s.heading] == ["Responsibilities", "Requirements"]
    assert p.degree is None and p.preferred_degree == "bachelor"
    texts = [r.text for r in p.requirements]
    assert "Strong verbal & written communication skills" in texts
    assert not any("&" in t and ";" in t for t in texts)
    assert "&" not in p.body.replace(" & ", "")


def test_an_ampersand_that_is_no_entity_stays(parse) -> None:
    p = parse("Requirements\n- R&D experience with AT&T networks; Python & Go\n")
    assert "R&D experience with AT&T networks; Python & Go" in p.body


# -- 21. titles: no LinkedIn "About the job", greeting or banner; no closing emoji --------------------
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "About the job\nCompany Description\n\nNimbus Health is a digital health company.\n\n"
            "We are looking for a Backend Engineer (Python) to join our Clinical Data team.\n",
            "Backend Engineer",
        ),
        (
            "# We're hiring! 🚀\n\nThe **OpenLedger** core team is looking for a **Rust Systems Engineer** to work "
            "full-time on the engine.\n",
            "Rust Systems Engineer",
        ),
        ("### Customer Support Specialist (Tier 1) 🎧\n\nHey! We're Tandem.\n", "Customer Support Specialist (Tier 1)"),
        ("Hi there,\n\nWe are seeking a Java Developer for our client.\n", "Java Developer"),
        ("Hi there,\n\nI thought you would be a great fit for a role with our client.\n", None),
    ],
)
def test_titles_from_banners_and_greetings(parse, text: str, title: str | None) -> None:
    assert parse(text).title == title


# -- 17. skills naming the job offered or a team to work with are not asked for ----------------------
def test_the_job_offered_and_the_teams_are_no_requirements(parse) -> None:
    p = parse(
        "Hi there,\n\nI thought you'd be a great fit for a DevOps Engineer contract role with one of our clients.\n\n"
        "Requirements\n- 3+ years of backend experience with Python\n"
        "- You will work closely with our Scala and Spark teams\n"
    )
    assert [r.any_of for r in p.requirements if r.tier is not CTX] == [("Python",)]


def test_a_skill_before_a_role_noun_in_a_requirement_stays(parse) -> None:
    p = parse("Requirements\n- Experience as a Python developer\n- Experience working with Scala and Spark\n")
    assert [r.any_of for r in p.requirements] == [("Python",), ("Scala",), ("Apache Spark",)]


# -- 12. an orchestration tool with its examples is one workflow-orchestration requirement -----------
def test_orchestration_tool_examples(parse) -> None:
    p = parse("Requirements\n- Experience with an orchestration tool (Airflow, Dagster, Prefect)\n")
    assert [r.any_of for r in p.requirements] == [
        ("workflow orchestration", "Apache Airflow", "Dagster", "Prefect")
    ]


# -- 23. a requirement's source in a one-paragraph posting is its sentence ----------------------------
def test_a_paragraph_requirement_shows_its_sentence(parse) -> None:
    p = parse(
        "Account Executive, Mid-Market. We're looking for a driven Account Executive to join our growing sales team "
        "in Austin. You should have 2+ years of closing experience in B2B SaaS, experience with Salesforce and "
        "Outreach, and strong negotiation skills. Experience selling to HR or finance buyers is a plus. OTE $140K.\n"
    )
    texts = {n: r.text for r in p.requirements for n in r.any_of}
    assert texts["Salesforce"] == (
        "You should have 2+ years of closing experience in B2B SaaS, experience with Salesforce and Outreach, "
        "and strong negotiation skills."
    )
    assert all(r.line == 1 for r in p.requirements)


def test_a_one_sentence_line_keeps_its_text(parse) -> None:
    p = parse("Requirements\n- Python: 3 years (Required)\n- Experience with Docker; Kubernetes a plus\n")
    # (Indeed's screening item, a list item too, reads as the item it stands for: see structured_items)
    assert [r.text for r in p.requirements] == [
        "3 years of Python (required)", "Experience with Docker", "Kubernetes a plus"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 3+ years experience in Android app development using Kotlin", {("Kotlin",): 3}),
        (
            "- 3+ years of full software development life cycle, including coding standards, code reviews, "
            "source control management, testing",
            {("code review",): 3, ("version control",): 3},
        ),
    ],
)
def test_years_reach_the_tools_and_examples_of_their_object(parse, line: str, expected: dict) -> None:
    p = parse(f"Requirements\n{line}\n")
    assert {r.any_of: r.min_years for r in p.requirements if r.any_of in expected} == expected


def test_a_title_from_the_body_ends_with_its_sentence(vocab):
    """Review: "We are hiring a Senior Java Developer. Requirements: ..." gave the title
    "Senior Java Developer. Requirements"."""

    text = "Hi there,\nWe are hiring a Senior Java Developer. Requirements: Python. Kafka.\n"
    assert parse_posting(Document(path="p.txt", text=text, kind="text"), vocab).title == "Senior Java Developer"


# -- CI/CD and the tools to practise it: one requirement ---------------------------------------------
def test_a_practice_using_tools_is_one_requirement_with_the_tools_as_alternatives(parse) -> None:
    p = parse("Requirements\n- CI/CD using Jenkins, GitLab CI or GitHub Actions\n")
    assert asked(p) == [(REQ, ("CI/CD", "Jenkins", "GitLab CI", "GitHub Actions"), None)]


@pytest.mark.parametrize(
    "line,expected",
    [
        # a tool that is no way to the practice is its own requirement
        ("- Infrastructure as code using Terraform and Docker",
         [(REQ, ("infrastructure as code", "Terraform"), None), (REQ, ("Docker",), None)]),
        # "with" asks for both: a Django resume does not show Python by Django alone
        ("- Python with Django", [(REQ, ("Python",), None), (REQ, ("Django",), None)]),
    ],
)
def test_only_the_tools_of_the_practice_are_its_alternatives(parse, line: str, expected: list) -> None:
    assert asked(parse(f"Requirements\n{line}\n")) == expected


# -- #15: "or a related role" makes one any-of list, soft and hard alike; a degree's field is no skill ---------
def test_a_list_ending_in_or_a_related_role_is_one_any_of_requirement(parse) -> None:
    p = parse("Requirements\n- 1+ years in sales, customer service, or a related role\n")
    assert asked(p) == [(REQ, ("sales", "customer service"), 1)]


def test_a_list_of_languages_or_a_related_one_is_one_requirement(parse) -> None:
    assert asked(parse("Requirements\n- Python, Java, or a related language\n")) == [(REQ, ("Python", "Java"), None)]


def test_a_degrees_field_named_like_a_soft_skill_asks_for_no_skill(parse) -> None:
    p = parse("Requirements\n- Bachelor's degree in Marketing, Communications or related field\n")
    assert asked(p) == []
    assert p.degree == "bachelor"


@pytest.mark.parametrize(
    "line",
    [
        "- Bachelor's degree in Computer Science, excellent communication skills",
        "- Bachelor's degree in Communications and strong Communication skills",
    ],
)
def test_a_soft_skill_asked_after_a_degree_stays(parse, line: str) -> None:
    assert [r.any_of for r in parse(f"Requirements\n{line}\n").requirements] == [("communication",)]


# -- #17: a recruiter's greeting names the job offered, not a requirement -----------------------------------
def test_the_greeting_naming_the_role_offered_asks_for_nothing(parse) -> None:
    p = parse(
        "Hi Alex,\n\nHope you're doing well! I came across your profile and thought you'd be a great fit for a "
        "DevOps Engineer contract role with one of our Fortune 500 clients.\n\nRequirements:\n- 6+ yrs of AWS\n"
    )
    assert asked(p) == [(REQ, ("AWS",), 6)]
