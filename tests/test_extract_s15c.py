"""s15c's false skills, each with the near misses its rule must leave alone: a salesperson's leads, a department or
the colleagues a job works with, words of another trade or sense (a buyer's single sourcing, a software engine's
performance, a business's performance, spoken "other languages", a faculty's name). Lines in the shape of real
resumes and postings."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.models import Tier
from jobmatch.vocabulary import Vocabulary


def _names(line: str, vocab: Vocabulary, *, resume: bool = True) -> set[str]:
    # a heading line first: a resume's first line may be its person's name, which names no skill
    text = f"EXPERIENCE\n{line}" if resume else line
    return {m.skill.name for m in extract_skills(text, vocab, resume=resume)}


def _asked(parse, line: str) -> set[str]:
    posting = parse(f"Requirements:\n- {line}")
    return {name for r in posting.requirements if r.tier is not Tier.CONTEXT for name in r.any_of}


# -- a salesperson's leads are prospects ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Manage leads in Salesforce and book demos for the account executives",
        "Track and follow up on sales leads from trade shows",
        "Route new leads to the right territory rep within 24 hours",
        "Worked leads from the website into HubSpot",
    ],
)
def test_leads_after_a_verb_or_whose_are_prospects(line: str, vocab: Vocabulary) -> None:
    assert "leadership" not in _names(line, vocab)
    assert "leadership" not in _names(line, vocab, resume=False)


@pytest.mark.parametrize(
    "line",
    [
        "Leads a team of 5 engineers across two time zones",
        "Manages, leads and develops a team of 12 support agents",
        "She leads our Salesforce implementation end to end",
        "Hires and leads the customer success team",
    ],
)
def test_the_verb_leads_stays_leadership(line: str, vocab: Vocabulary) -> None:
    assert "leadership" in _names(line, vocab)


# -- the colleagues a job works with: their trade is not asked of the candidate ----------------------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Work with DevOps engineers to deploy services to production", "DevOps"),
        ("Partner with security analysts on incident reviews", "security"),
        ("Work closely with the DevOps team on release automation", "DevOps"),
        ("Collaborate with UX designers and product managers on new features", "UX design"),
        ("Liaise with the UX and QA teams before each release", "UX design"),
        ("Share your ideas and findings with your colleagues and collaboration partners", "collaboration"),
    ],
)
def test_the_trade_of_the_colleagues_worked_with_is_no_skill(parse, line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill not in _asked(parse, line)
    assert skill not in _names(line, vocab)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience working with DevOps teams in a regulated industry", "DevOps"),  # held with them
        ("Experience with DevOps engineering practices", "DevOps"),  # no people after it
        ("Mentor DevOps engineers on incident response", "DevOps"),  # no "with"
        ("Work with Python developers to review pull requests", "Python"),  # a product's name
        ("Work with Kubernetes engineers on cluster upgrades", "Kubernetes"),
        ("Strong security background; work with analysts on findings", "security"),  # its own clause
    ],
)
def test_a_skill_held_or_named_without_colleagues_stays(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in _names(line, vocab, resume=False)
    assert skill in _names(line, vocab)


# -- a department worked with, on a posting too ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Participate in design review with UX and present your findings", "UX design"),
        ("Partner with Sales and Marketing on product launches", "sales"),
        ("Together with the rest of the Sales Trading team you set prices on power and gas", "sales"),
        ("The role entails working with marketing and tech teams across the group", "marketing"),
    ],
)
def test_a_department_worked_with_is_not_asked(parse, line: str, skill: str) -> None:
    assert skill not in _asked(parse, line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience with UX and UI design for mobile apps", "UX design"),
        ("Experience with sales in the furniture industry", "sales"),
        ("Experience in working with compliance and implementing it globally", "compliance"),
        ("Led sales and marketing teams of 20", "sales"),
    ],
)
def test_a_department_held_or_led_is_asked(parse, line: str, skill: str) -> None:
    assert skill in _asked(parse, line)


# -- a business's or a person's performance, on a posting too ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "We have a clear ambition to keep a strong business performance",
        "Translate financial performance data into business cases",
        "Run the annual performance review cycle for 40 staff",
    ],
)
def test_a_business_performance_is_no_software_performance(parse, line: str) -> None:
    assert "performance optimization" not in _asked(parse, line)


@pytest.mark.parametrize(
    "line",
    [
        "Improve application performance and reduce p99 latency",
        "Experience with performance tuning of PostgreSQL queries",
    ],
)
def test_a_software_performance_stays(parse, line: str) -> None:
    assert "performance optimization" in _asked(parse, line)


# -- a name read in its other sense names that sense's skill ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "skill", "not_skill"),
    [
        ("Implemented single sourcing strategy to reduce supplier costs", "procurement", "single-sourcing"),
        (
            "Optimized engine performance for the rendering pipeline",
            "performance optimization",
            "automotive diagnostics",
        ),
    ],
)
def test_a_name_in_its_other_sense_names_that_skill(line: str, skill: str, not_skill: str, vocab: Vocabulary) -> None:
    for resume in (True, False):
        names = _names(line, vocab, resume=resume)
        assert skill in names
        assert not_skill not in names


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Single sourcing of the user guides in MadCap Flare and DITA", "single-sourcing"),
        ("Diagnosed engine performance problems on Ford trucks with OBD scan tools", "automotive diagnostics"),
    ],
)
def test_a_name_in_its_own_sense_keeps_its_skill(line: str, skill: str, vocab: Vocabulary) -> None:
    names = _names(line, vocab)
    assert skill in names
    assert "procurement" not in names
    assert "performance optimization" not in names


# -- CAD: a dispatcher's computer-aided dispatch, a drafter's floor plans ------------------------------------------


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        (
            "Answered 911 calls at the county's 911 dispatch center in CAD",
            {"emergency dispatch", "computer-aided dispatch"},
        ),
        ("Dispatchers on the dispatch floor use CAD and radio consoles", {"computer-aided dispatch"}),
        ("Dispatched police and EMS in CAD; followed the floor supervisor's plan", {"computer-aided dispatch"}),
    ],
)
def test_a_dispatchers_cad_is_computer_aided_dispatch(line: str, skills: set[str], vocab: Vocabulary) -> None:
    names = _names(line, vocab)
    assert skills <= names
    assert "CAD" not in names


@pytest.mark.parametrize(
    "line",
    [
        "Designed floor plans for the new 911 dispatch center in CAD",
        "Drew site plans in CAD for the new police dispatch building",
    ],
)
def test_a_drafters_plans_in_cad_are_drafting(line: str, vocab: Vocabulary) -> None:
    names = _names(line, vocab)
    assert "CAD" in names
    assert "computer-aided dispatch" not in names


# -- loose names of programming languages, bare letters of another trade -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Fluent English and Danish; any other language/s an asset",
        "BA in Modern Languages (French and Spanish)",
        "Fluent English; other languages are an advantage",
    ],
)
def test_other_languages_without_a_programmers_words_are_spoken(line: str, vocab: Vocabulary) -> None:
    assert "programming languages" not in _names(line, vocab, resume=False)
    assert "programming languages" not in _names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Proficiency with Java, C++, Python or similar languages",
        "Strong Python; other languages a plus",
        "Go or similar languages for backend services",
    ],
)
def test_other_languages_beside_a_programmers_words_are_programming(line: str, vocab: Vocabulary) -> None:
    assert "programming languages" in _names(line, vocab, resume=False)


@pytest.mark.parametrize(
    "line",
    [
        "The urogynaecology team consists of four continence nurses (all ICS certified)",
        "3+ years of ICS/SCADA security experience",
    ],
)
def test_ics_outside_emergency_management_is_no_incident_command(line: str, vocab: Vocabulary) -> None:
    assert "ICS" not in _names(line, vocab, resume=False)


def test_ics_beside_emergency_management_stays(vocab: Vocabulary) -> None:
    assert "ICS" in _names("Our firefighters (all ICS certified) respond to wildfires", vocab, resume=False)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Retail store manager with 10+ years leading teams of up to 45 in big-box retail", "leadership"),
        ("Sales director with 10 years managing sales teams across EMEA", "sales"),
    ],
)
def test_a_persons_own_work_before_teams_is_no_colleague(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in _names(line, vocab)


# -- s15fixA: the review's findings --------------------------------------------------------------------------------


def test_a_postings_sales_held_with_is_asked(parse) -> None:
    posting = parse("Requirements:\n- 3+ years with sales, marketing or finance\n- Proven track record with sales")
    asked = [(r.any_of, r.min_years) for r in posting.requirements]
    assert (("sales", "marketing"), 3) in asked
    assert (("sales",), None) in asked
    assert "sales" in _asked(parse, "Must be comfortable with sales and cold calling")


@pytest.mark.parametrize(
    "line",
    [
        "Partner with sales and marketing on product launches",
        "Collaborate closely with Sales and Finance on pricing",
        "Participate in design review with UX and present your findings",
    ],
)
def test_a_postings_department_worked_with_stays_colleagues(parse, line: str) -> None:
    assert not _asked(parse, line) & {"sales", "marketing", "UX design"}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Retail manager with leadership skills and team building experience", "leadership"),
        ("RN with communication skills and team leadership experience", "communication"),
        ("Engineer with problem solving skills and team player attitude", "problem solving"),
        ("A strong candidate with communication skills and stakeholders management", "communication"),
        ("- Work alongside other DevOps engineers to maintain CI/CD pipelines", "DevOps"),
        ("Collaborated with fellow DevOps engineers on the Terraform migration", "DevOps"),
    ],
)
def test_a_skill_before_skills_or_a_compound_and_ones_own_trade_are_no_colleagues(
    line: str, skill: str, vocab: Vocabulary
) -> None:
    assert skill in _names(line, vocab)
    assert skill in _names(line, vocab, resume=False)


@pytest.mark.parametrize(
    "line",
    ["- Work with DevOps engineers to maintain CI/CD pipelines", "Partner with our DevOps team on releases"],
)
def test_colleagues_trade_without_other_stays_colleagues(line: str, vocab: Vocabulary) -> None:
    assert "DevOps" not in _names(line, vocab, resume=False)


@pytest.mark.parametrize(
    "line",
    [
        "Logged engine performance data in the maintenance database",
        "Analyzed engine performance data from the flight data monitoring software",
        "Monitored engine performance and reported trends to the software team",
    ],
)
def test_an_engines_performance_near_weak_software_words_is_no_optimization(line: str, vocab: Vocabulary) -> None:
    assert "performance optimization" not in _names(line, vocab)


def test_a_rendering_engines_performance_stays_optimization(vocab: Vocabulary) -> None:
    assert "performance optimization" in _names("Optimized engine performance for the rendering pipeline", vocab)


def test_a_dispatchers_site_plan_is_no_drafting(vocab: Vocabulary) -> None:
    names = _names("Dispatched fire units via CAD using the site plan for each school", vocab)
    assert "computer-aided dispatch" in names
    assert "CAD" not in names


@pytest.mark.parametrize(
    "line", ["SQL or similar languages", "Bash, PowerShell or similar languages", "R, SAS or similar languages"]
)
def test_other_languages_beside_a_data_or_scripting_language_are_programming(line: str, vocab: Vocabulary) -> None:
    assert "programming languages" in _names(line, vocab, resume=False)


@pytest.mark.parametrize("line", ["Sales leads the quarterly planning process", "Marketing leads brand strategy"])
def test_a_department_that_leads_keeps_leadership(line: str, vocab: Vocabulary) -> None:
    assert "leadership" in _names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Sales leads from trade shows go to the SDRs",
        "Marketing leads are routed to the SDR team",
        "Manage sales leads in Salesforce",
    ],
)
def test_a_departments_leads_as_a_noun_stay_prospects(line: str, vocab: Vocabulary) -> None:
    assert "leadership" not in _names(line, vocab)


def test_a_soft_skill_after_other_still_describes_colleagues(vocab: Vocabulary) -> None:
    line = "Maintain strong working relationships with other customer facing personnel in Sales and Marketing"
    assert "customer service" not in _names(line, vocab, resume=False)


@pytest.mark.parametrize(
    "line",
    [
        "As a person you have some daily interaction with sales and marketing",
        "Act as the primary point of contact for technical matters with sales and operational team members",
    ],
)
def test_a_postings_department_met_is_colleagues(line: str, vocab: Vocabulary) -> None:
    assert "sales" not in _names(line, vocab, resume=False)
