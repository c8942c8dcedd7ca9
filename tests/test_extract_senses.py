"""Words that name a skill in one sense and something else in another, from real SkillSpan lines
(tests/data/skillspan/): the false positives of the issue #3 audit that were extraction errors,
and beside each, the same word in its skill sense, which must stay found."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_line
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def hard(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_line(line, 1, vocab) if not m.skill.soft]


def surfaces(line: str, skill: str, vocab: Vocabulary) -> list[str]:
    return [m.surface for m in extract_line(line, 1, vocab) if m.skill.name == skill]


# -- the language an application is written in -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The application must be in English and include a curriculum vitae degree certificate",  # dev house 37
        "Apply online in English for the job on <CONTACT>.",  # dev house 33
        "The application in English must be submitted electronically by clicking APPLY NOW below.",  # train 108
        "So do you have what it takes? If so send us your application in English by clicking 'I'm interested'",
        "To apply please open the link Apply online, fill in the online application form and attach all your "
        "materials in English in one pdf file.",  # dev house 30
        "Application: Send your CV in English language and a short motivation letter to Euresadviser",  # train 83
        "Please tell us about that (in Danish or English) as well as including your CV.",  # train house 130
    ],
)
def test_the_language_of_an_application_is_no_skill(line: str, vocab: Vocabulary) -> None:
    assert not [n for n in hard(line, vocab) if n in {"English", "Danish"}]


@pytest.mark.parametrize(
    "line, languages",
    [
        ("Applicants must be fluent in English and Danish.", ["English", "Danish"]),
        ("You can demonstrate excellent English skills orally and in writing Apply online in English for the job",
         ["English"]),  # train house 103: the skill stays, the application language goes
        ("Anon-Danish candidate is expected to be able to teach in Danish", ["Danish"]),  # dev house 51
        ("Fluent in German and English (verbal and written)", ["German", "English"]),  # train tech 9
        ("Applicants should be able to communicate in English", ["English"]),
        ("Written and spoken English (German and/or French appreciated)", ["English", "German", "French"]),
    ],
)
def test_language_skills_on_application_lines_stay(line: str, languages: list[str], vocab: Vocabulary) -> None:
    found = [n for n in hard(line, vocab) if n in {"English", "Danish", "German", "French"}]
    assert found == languages


def test_a_language_before_skills_is_a_language(vocab: Vocabulary) -> None:
    # train house 103: "skills" is the folded key "skill"; it says the language is one
    line = "You can demonstrate excellent English skills orally and in writing"
    assert hard(line, vocab) == ["English"]


# -- a language name as a nationality ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Excel sheet with translation of grades to the Danish grading system (see guidelines)",  # dev house 41
        "to engage in research and innovation with Danish health technology industry",  # dev house 30
        "you get to make the everyday living of Finnish people better",  # train tech 73
    ],
)
def test_a_nationality_is_no_language(line: str, vocab: Vocabulary) -> None:
    assert not [n for n in hard(line, vocab) if n in {"Danish", "Finnish"}]


# -- abbreviations, acronyms and addresses -------------------------------------------------------


def test_a_letter_of_an_abbreviation_is_no_language(vocab: Vocabulary) -> None:
    # dev house 57
    line = "You will furthermore take the lead for part of the staffs areas (BS&C) acting as a sparring partner"
    assert "C" not in hard(line, vocab)
    assert "C" in hard("Experience in C and C++ (embedded)", vocab)
    # two skills glued by an ampersand stay two skills
    assert {"HTML", "CSS"} <= set(hard("Good knowledge of HTML&CSS", vocab))


def test_an_acronym_of_a_name_that_is_no_skill(vocab: Vocabulary) -> None:
    # dev house 38: the Center for Protein Research, not cardiopulmonary resuscitation
    line = "<ORGANIZATION> for Protein Research (CPR) is offering one PhD stipend at the Department of Proteomics"
    assert "BLS" not in hard(line, vocab)
    # the acronym of a skill stays, and so does CPR elsewhere
    bls = surfaces("Certified in Basic Life Support (BLS) and CPR", "BLS", vocab)
    assert bls == ["Basic Life Support", "BLS", "CPR"]
    aws = surfaces("Experience with Amazon Web Services (AWS) is a plus", "AWS", vocab)
    assert aws == ["Amazon Web Services", "AWS"]
    sre = surfaces("As a Site Reliability Engineer (SRE) you'll help build", "SRE", vocab)
    assert sre == ["Site Reliability", "SRE"]


def test_a_web_address_is_no_protocol_skill(vocab: Vocabulary) -> None:
    assert hard("http://.........", vocab) == []  # train house 92
    assert "networking" in hard("Good knowledge of HTTP and DNS", vocab)


# -- "agile" the adjective -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "We keep things open agile and communicative.",  # train tech 1
        "Our team is dynamic and agile providing global support to current missions",  # dev tech 6
        "we want to do it right from the start: agile modular and on the forefront of innovation.",  # dev tech 13
        "we are a small company with an agile & global dna!",  # train tech 64
        "Young agile and diverse team with colleagues from all over the world",  # train tech 67
    ],
)
def test_agile_as_an_adjective_is_no_method(line: str, vocab: Vocabulary) -> None:
    assert "Agile" not in hard(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Work in an agile environment and contribute to agile ceremonies",  # train tech 6
        "We are working in an agile setting and you must be experienced within different methods",  # train house 116
        "experience of working with remoted development teams and agile working methods.",  # dev house 42
        "You will be making use of TDD and agile processes to deliver accessible web applications",  # train tech 57
        "Experience working in agile and/or SAFe agile environments.",  # train tech 20
        "Working in agile and lean practices",
        "Leading developer role in an agile and cross-functional Scrum team",  # train tech 52
        "Evidence of agile proactive thinking combined with an optimistic attitude",  # dev house 35
        "docker agile selenium circleci jenkins",  # a Technologies line
        "Agile and Lean methodologies",
    ],
)
def test_agile_the_method_stays(line: str, vocab: Vocabulary) -> None:
    assert "Agile" in hard(line, vocab)


# -- vocabulary: stop phrases and aliases (vocab/curated.toml) -----------------------------------


@pytest.mark.parametrize(
    "line, absent",
    [
        ("Access to e-learning portals and budget for conferences", "budgeting"),  # dev tech 12
        ("has an annual budget of EUR 840 million.", "budgeting"),  # dev house 32
        ("Yearly performance bonuses & salary increases", "performance optimization"),  # train tech 68
        ("Performance-related and above average pay", "performance optimization"),  # dev tech 14
        ("Performance Based Company Bonus", "performance optimization"),  # train tech 12
        ("In compliance with UK Government advice relating to COVID-19 this role may initially be remote",
         "compliance"),  # train tech 6
        ("<ORGANIZATION> will not sponsor a new applicant for employment authorization for this position.",
         "authorization"),  # dev tech 11
        ("This data protection statement applies for the application process.", "security"),  # train tech 78
        ("Applications received after the deadline or with insufficient documentation will not be considered",
         "technical documentation"),  # train house 92
        ("the applicant will be contacted if the assessment committee requires further documentation.",
         "technical documentation"),  # train house 106
        ("To find out more about working with us search <ORGANIZATION> on social media.",
         "social media marketing"),  # train tech 57
        ("Work with the SRE team on the shared full stack ownership of a collection of services",
         "accounts receivable"),  # train tech 20
        ("posted annual sales of about SEK 28 billion", "sales"),  # train house 98
        # a business's performance reviewed (s11a), as a person's is: no software's performance
        ("Leading of monthly performance review meetings with production sites", "performance optimization"),
    ],
)
def test_ordinary_phrases_are_no_skills(line: str, absent: str, vocab: Vocabulary) -> None:
    assert absent not in hard(line, vocab)


@pytest.mark.parametrize(
    "line, skill",
    [
        ("Experience managing multi-million dollar budgets", "budgeting"),  # dev house 5
        ("Providing a project scope budget and detailed work plan", "budgeting"),  # train house 82
        ("Expertise in performance and scalability optimisations", "performance optimization"),  # dev tech 2
        ("ensure compliance with sector regulations", "compliance"),  # dev house 42
        ("Create and maintain documentation related to endpoint solutions", "technical documentation"),
        ("Experience in social media marketing and SEO", "social media marketing"),
        ("qualitative data collection and analysis", "data collection"),  # dev house 41
        ("You have experience with international sales", "sales"),  # train house 124
    ],
)
def test_the_skill_senses_stay(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in hard(line, vocab)


# -- word senses of the issue #3 dev audit and of postings audit #17 ---------------------------------


@pytest.mark.parametrize(
    "line, absent",
    [
        # the adaptation of places and societies, not of software
        ("methodologies and tools for assessing adaptation needs and climate resilience measures",
         "fault tolerance"),  # dev house
        ("the potential for enhancing climate resilience and reducing climate risks", "fault tolerance"),  # train
        # a company's way of working
        ("we are united by our culture and operating system the Danaher Business System", "operating systems"),
        # a product name (the Dynamics suite), not the business skill
        ("inspires donors with Microsoft Dynamics 365 Customer Insights", "customer insight"),  # dev tech
        # a teaching credential, not access control (postings audit #17, p/11)
        ("CLAD/EL Authorization preferred", "authorization"),
        ("Bilingual Authorization (BCLAD) a plus", "authorization"),
        # the layers of a feature, not interface design (p/20)
        ("You enjoy owning features end to end (DB to UI)", "UI design"),
        # colleagues, not a skill: a one-word alias before a plural job title
        ("Working within a highly-capable team of Performance Engineers", "performance optimization"),  # train tech
        ("while constantly collaborating with the QA Engineers of the other teams", "testing"),  # train tech
        ("with architects product managers and UX designers", "UX design"),  # train tech
    ],
)
def test_words_in_another_sense_name_no_skill(line: str, absent: str, vocab: Vocabulary) -> None:
    assert absent not in hard(line, vocab)


@pytest.mark.parametrize(
    "line, skill",
    [
        ("Design for fault tolerance and resilience of distributed services", "fault tolerance"),
        ("Experience building resilient systems", "fault tolerance"),
        ("Knowledge of operating systems and networking", "operating systems"),
        ("The main activities will focus on Linux Operating system", "operating systems"),  # train tech
        ("Dynamics 365 Customer Insights", "Microsoft Dynamics 365"),  # (an ERP: s10)
        ("OAuth authentication and authorization", "authorization"),
        ("Good exposure to UI Frameworks like Angular", "UI design"),  # train tech
        ("Hiring a Performance Engineer", "performance optimization"),  # a title: the job's own skill
        ("Conduct performance tests and identify optimizations", "performance optimization"),
        ("5 years as a QA engineer", "testing"),
        ("Experience with UX design", "UX design"),
        ("Coach the other DevOps engineers", "DevOps"),  # a method's name, not a one-word alias
        ("Looking for strong Java developers", "Java"),
    ],
)
def test_the_skill_sense_of_those_words_stays(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in hard(line, vocab)


def test_container_security_is_its_own_skill(vocab: Vocabulary) -> None:
    """ "container security tools" asked for containerization beside security (postings audit #17)."""
    assert hard("Experience with container security tools", vocab) == ["container security"]
    assert {"security", "containerization"} <= vocab.implied("container security")
    assert "containerization" in hard("Experience with Docker or similar container technologies", vocab)
