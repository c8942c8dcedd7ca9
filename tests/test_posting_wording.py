"""Posting wording patterns from real postings (issue 4): each case is a real line or layout."""

from __future__ import annotations

import pytest

from jobmatch.models import Document, Tier
from jobmatch.posting import parse_posting


def parse(text: str, vocab):
    return parse_posting(Document(path="p.txt", text=text, kind="text"), vocab)


def reqs(posting, tier):
    return [set(r.any_of) for r in posting.by_tier(tier)]


def required_names(line: str, vocab) -> set[str]:
    """Every skill name the line asks for, read under a "Requirements:" heading."""
    return {n for r in parse("Requirements:\n" + line + "\n", vocab).by_tier(Tier.REQUIRED) for n in r.any_of}


def test_heading_in_the_middle_of_a_squashed_line(vocab):
    # skillspan dev house 39: the "Requirements:" heading sits inside a responsibilities line
    text = (
        "Key tasks and responsibilities: Create value proposition for SC improvement\n"
        "Provide support to use of company supply chain tools Perform necessary analysis "
        "Requirements: 5 years of supply chain industry experience\n"
        "Very good SAP knowledge\n"
    )
    posting = parse(text, vocab)
    assert posting.min_years == 5
    assert {"SAP"} in reqs(posting, Tier.REQUIRED)
    kinds = [s.kind for s in posting.sections if s.heading]
    assert kinds == ["context", "required"]


def test_placeholder_lines_are_not_headings(vocab):
    text = (
        "As a member of our team you will be located in <LOCATION> <LOCATION>\n<LOCATION>.\n"
        "Requirements:\nFluent SQL and Python\n"
    )
    posting = parse(text, vocab)
    assert all(s.heading != "<LOCATION>." for s in posting.sections)
    assert {"SQL"} in reqs(posting, Tier.REQUIRED)


def test_title_from_looking_for_without_article(vocab):
    posting = parse("Job Description\nWe are looking for Supply Chain Consultant\nwho will improve planning.\n", vocab)
    assert posting.title == "Supply Chain Consultant"


def test_advantage_label_marks_preferred(vocab):
    # skillspan dev tech 8
    text = "Requirements:\n5+ years of experience in software development\nAdvantage: Experience in AWS and Docker\n"
    posting = parse(text, vocab)
    assert {"AWS"} in reqs(posting, Tier.PREFERRED) and {"Docker"} in reqs(posting, Tier.PREFERRED)


def test_heading_at_the_end_of_a_line_starts_the_next_section(vocab):
    # skillspan train tech 13: "Preferred Qualifications:" is glued to the end of a requirement
    text = (
        "Basic Qualifications:\n"
        "At least 1 year experience with a public cloud (AWS Microsoft Azure Google Cloud) Preferred Qualifications:\n"
        "3+ years of experience with Jenkins\n"
    )
    posting = parse(text, vocab)
    assert {"Jenkins"} in reqs(posting, Tier.PREFERRED)
    assert not any("Jenkins" in r for r in reqs(posting, Tier.REQUIRED))
    assert any("AWS" in r for r in reqs(posting, Tier.REQUIRED))


def test_are_ideal_marks_preferred(vocab):
    # skillspan train tech 45
    posting = parse("Requirements:\nPython or Go are ideal\nStrong SQL skills\n", vocab)
    assert {"Python", "Go"} in reqs(posting, Tier.PREFERRED)
    assert {"SQL"} in reqs(posting, Tier.REQUIRED)


def test_degree_level_and_field(vocab):
    posting = parse("Requirements:\nBS/MS in Computer Science or equivalent experience\nPhD preferred\n", vocab)
    assert (posting.degree, posting.degree_field, posting.preferred_degree) == ("bachelor", "Computer Science", "phd")
    related = parse("Requirements:\nA degree in a related field\n", vocab)
    assert (related.degree, related.degree_field) == ("bachelor", None)


def test_title_line_and_role_nouns_are_not_requirements(vocab):
    # skillspan: "Senior Java Developer" titles, "within the Agile team", "DevOps Engineer" intros
    text = (
        "Senior Java Developer\n"
        "You will work within the Agile team next to our DevOps Engineers.\n"
        "Requirements:\n"
        "5+ years of Java and Agile practices\n"
    )
    posting = parse(text, vocab)
    assert posting.title == "Senior Java Developer"
    assert all(r.line != 1 for r in posting.requirements)
    assert not posting.by_tier(Tier.CONTEXT)
    assert {"Java"} in reqs(posting, Tier.REQUIRED) and {"Agile"} in reqs(posting, Tier.REQUIRED)


def test_sub_heading_right_under_a_tier_heading_takes_its_tier(vocab):
    # skillspan dev tech 23: "Languages and technical / programming standards:" is a sub-heading
    # of "Technical skills and requirements:"; "Web Technologies:" labels one item of the list
    text = (
        "Technical skills and requirements:\n"
        "Languages and technical / programming standards:\n"
        "Java technologies: Java SE v.8+ Java EE v.7\n"
        "EJB JMS JTA JAXB JAX-WS JAX-RS Servlet JSP JSF JSTL\n"
        "Web Technologies: HTML5 JavaScript CSS AJAX jQuery\n"
    )
    posting = parse(text, vocab)
    required = reqs(posting, Tier.REQUIRED)
    for skill in ("Java EE", "EJB", "JAX-RS", "HTML", "JavaScript", "jQuery"):
        assert {skill} in required, (skill, required)
    assert not posting.by_tier(Tier.CONTEXT)


def test_an_unknown_heading_after_items_does_not_inherit_the_tier(vocab):
    text = "Requirements:\nPython\nOur office:\nWe use Kubernetes on AWS.\n"
    posting = parse(text, vocab)
    assert {"Kubernetes"} not in reqs(posting, Tier.REQUIRED)


def test_a_gerund_heading_is_no_requirements_heading(vocab):
    # skillspan dev tech 23: a company's promise, after its description
    text = "Company description\nBuilding skills and careers\nWe run SAP trainings for everyone.\n"
    posting = parse(text, vocab)
    assert "required" not in [s.kind for s in posting.sections]
    assert not posting.by_tier(Tier.REQUIRED)


def test_personal_qualities_are_no_requirements(vocab):
    # skillspan train tech 3 and dev tech 23
    text = (
        "Requirements:\n"
        "A self-starter attitude with experience managing and prioritising your own workload.\n"
        "Proactive flexible approach\n"
        "Ability to set priorities meet timelines and company objectives.\n"
    )
    posting = parse(text, vocab)
    names = {n for r in posting.requirements for n in r.any_of}
    assert names == {"time management"}, names


def test_soft_skill_wordings(vocab):
    # skillspan train tech 22, dev tech 28, train house 124
    cases = {
        "Strong verbal written and interpersonal communication skills combined with good team spirit": "teamwork",
        "Comfortable task switching and managing multiple tasks at the same time": "time management",
        "You manage to create great cooperative relations both internally and externally.": "collaboration",
        "You have sound stakeholder management skills including a customer's mind set.": "customer focus",
        "Have good people management skills": "people management",
    }
    for line, skill in cases.items():
        posting = parse("Requirements:\n" + line + "\n", vocab)
        assert {skill} in reqs(posting, Tier.REQUIRED), (line, reqs(posting, Tier.REQUIRED))


def test_a_postfix_mark_ends_its_scope_in_a_squashed_line(vocab):
    # skillspan train tech 45: one line holds many requirements and no full stops
    line = (
        "Python or Go are ideal A deep understanding of how the Web works Experience with service oriented "
        "architecture and integrating external services"
    )
    posting = parse(line + "\n", vocab)
    assert reqs(posting, Tier.PREFERRED) == [{"Python", "Go"}]
    assert {"service-oriented architecture"} in reqs(posting, Tier.REQUIRED)


def test_a_preferred_label_opening_a_line_marks_that_line_only(vocab):
    # skillspan dev tech 12
    text = (
        "Requirements:\n"
        "Very good knowledge of PHP JavaScript jQuery React\n"
        "Nice to have: knowledge of RabbitMQ\n"
        "Experience in unit & functional testing\n"
    )
    posting = parse(text, vocab)
    assert reqs(posting, Tier.PREFERRED) == [{"RabbitMQ"}]
    assert {"unit testing"} in reqs(posting, Tier.REQUIRED)


def test_one_of_the_following_over_lines_is_one_requirement(vocab):
    # skillspan dev tech 11: the alternatives follow the lead-in, one group with its years
    text = (
        "Preferred Qualifications:\n"
        "3+ years of experience in at least one of the following:\n"
        "Javascript/Typescript,\n"
        "Python Angular/React.js or Node.js\n"
        "1+ years of experience in Agile practices\n"
    )
    posting = parse(text, vocab)
    preferred = posting.by_tier(Tier.PREFERRED)
    assert set(preferred[0].any_of) == {"JavaScript", "TypeScript", "Python", "Angular", "React", "Node.js"}
    assert preferred[0].line == 2 and preferred[0].min_years == 3
    assert [set(r.any_of) for r in preferred[1:]] == [{"Agile"}]


@pytest.mark.parametrize(
    "lead",
    [
        "3+ YEARS OF EXPERIENCE IN AT LEAST ONE OF THE FOLLOWING:",  # the cheap pre-check once missed capitals
        "Experience with one of the following:",  # short, with a colon: once read as a sub-heading
        "You have experience with ONE OF THE FOLLOWING:",
    ],
)
def test_a_lead_in_opens_a_group_however_it_is_written(vocab, lead):
    text = f"Requirements:\n{lead}\nJava\nKotlin\nScala\n"
    required = parse(text, vocab).by_tier(Tier.REQUIRED)
    assert [set(r.any_of) for r in required] == [{"Java", "Kotlin", "Scala"}]


def test_a_marked_lead_in_opens_a_group_of_its_tier(vocab):
    text = "Requirements:\n5+ years of Python\nNice to have one of the following:\nJava\nKotlin\nScala\n"
    found = [(r.tier, set(r.any_of)) for r in parse(text, vocab).requirements]
    assert found == [(Tier.REQUIRED, {"Python"}), (Tier.PREFERRED, {"Java", "Kotlin", "Scala"})]


def test_some_of_the_following_on_one_line_is_one_requirement(vocab):
    # skillspan train tech 28: the list runs over ";" to the end of the line
    line = (
        "Experience with some of the following: Python Qt CMake git; test-driven development "
        "cross-platform development"
    )
    posting = parse("Your Profile:\n" + line + "\n", vocab)
    assert len(posting.by_tier(Tier.REQUIRED)) == 1
    assert {"Python", "Qt", "CMake", "Git", "test-driven development"} <= set(posting.by_tier(Tier.REQUIRED)[0].any_of)


def test_a_list_then_or_another_category_is_one_requirement(vocab):
    # skillspan dev tech 11
    line = "1+ years of experience with AWS GCP Microsoft Azure or another public cloud service"
    posting = parse("Requirements:\n" + line + "\n", vocab)
    assert reqs(posting, Tier.REQUIRED) == [{"AWS", "GCP", "Azure", "cloud platforms"}]


def test_years_wordings_with_numbers_in_words_and_parentheses(vocab):
    from jobmatch.posting import find_years

    # skillspan train house 128 ("One (1) - Three (3) years" without its dash), dev house 57
    assert find_years("One (1) Three (3) years of experience working as a Driver") == 1
    assert find_years("have preferably 3 years' experience in a similar position.") == 3
    assert find_years("Two (2) or more years of experience") == 2
    assert find_years("5 (or more) years of Java") == 5
    assert find_years("3 (three) years in logistics") == 3
    posting = parse("You have completed a relevant Master's degree and have preferably 3 years' experience.\n", vocab)
    assert posting.min_years == 3


def test_spoken_languages_with_a_language_cue(vocab):
    # skillspan dev house 57, train house 91, dev house 52, train house 124
    cases = {
        "You are fluent in written and spoken English as well as advanced user in Microsoft Office.": {"English"},
        "Fluent in German and English": {"German", "English"},
        "English spoken and written mastered at high level.": {"English"},
    }
    for line, expected in cases.items():
        names = required_names(line, vocab)
        assert expected <= names, (line, names)
    assert reqs(parse("Requirements:\nPreferably you speak Danish as well.\n", vocab), Tier.PREFERRED) == [{"Danish"}]
    # without a cue, the word is no requirement
    for line in ("We are an English company with offices in Leeds.", "Our English team ships weekly."):
        posting = parse("About us:\n" + line + "\n", vocab)
        assert not any("English" in r.any_of for r in posting.requirements), line


def test_sentences_about_the_candidate_are_requirements(vocab):
    # skillspan train house 124: a posting in prose, no headings
    text = (
        "We are looking for a Sales Manager.\n"
        "You are structured and can communicate on all corporate levels.\n"
        "Our showroom opened in 1998.\n"
    )
    posting = parse(text, vocab)
    assert {"communication"} in reqs(posting, Tier.REQUIRED)


def test_a_category_then_a_colon_list_is_one_requirement(vocab):
    # skillspan dev tech 23
    line = "Knowledge of design and modeling relational databases: Oracle / Postgres MySQL"
    posting = parse("Requirements:\n" + line + "\n", vocab)
    assert {"relational databases", "Oracle Database", "PostgreSQL", "MySQL"} in reqs(posting, Tier.REQUIRED)


def test_a_stack_statement_among_requirements_is_context(vocab):
    # skillspan dev tech 15: the bullet asks for databases, the next line names the stack
    text = "To grok the job you should feel comfortable with:\nDatabases.\nWe use PostgreSQL and DynamoDB.\n"
    posting = parse(text, vocab)
    assert {"PostgreSQL"} not in reqs(posting, Tier.REQUIRED)
    assert {"PostgreSQL"} in reqs(posting, Tier.CONTEXT)


def test_systems_security_and_trade_skills_from_real_lines(vocab):
    # skillspan dev tech 28, train tech 13, train house 128, train house 95
    cases = {
        "C Programming Device Driver development Linux Kernel development": {"device drivers", "Linux kernel"},
        "Have demonstrated understanding of Endpoint protection fundamentals": {"endpoint security"},
        "Knowledge of Computer Architecture OS internals and Networking is essential.": {
            "computer architecture", "operating system internals",
        },
        "A valid Danish Class B Driver's License.": {"driver's license"},
        "You know how to incorporate develop and update security measures on the wireless systems.": set(),
        "Have work experience with low power wireless technologies and security in wireless systems.": {
            "low-power wireless", "wireless security",
        },
    }
    for line, expected in cases.items():
        names = required_names(line, vocab)
        assert expected <= names, (line, names)


def test_generic_skills_named_alone(vocab):
    # skillspan dev tech 15 ("Databases."), train tech 3 ("Package management"), dev tech 23
    cases = {
        "Databases.": {"databases"},
        "Package management": {"package management"},
        "Ability to openly present the ideas": {"presentation skills"},
    }
    for line, expected in cases.items():
        assert required_names(line, vocab) == expected, line


def test_a_lead_in_without_items_is_read_as_its_own_line(vocab):
    # the years of "one of the following:" stay when no list follows it
    text = "Requirements:\n5+ years of experience in at least one of the following:\n\nBenefits:\nGym\n"
    posting = parse(text, vocab)
    assert posting.min_years == 5 and not posting.requirements


def test_advantage_label_inside_parentheses_marks_only_its_skills(vocab):
    # skillspan dev tech 8
    line = (
        "5+ years of experience in software development in object oriented languages (Advantage: .Net/.Net core) "
        "Solid understanding of OOP REST APIs and other software engineering concepts"
    )
    posting = parse("Requirements:\n" + line + "\n", vocab)
    assert {".NET"} in reqs(posting, Tier.PREFERRED)
    assert all(".NET" not in r for r in reqs(posting, Tier.REQUIRED))
    assert {"REST API"} in reqs(posting, Tier.REQUIRED)


def test_or_experience_with_other_category_is_one_requirement(vocab):
    # skillspan dev tech 15
    posting = parse("Requirements:\nJava or strong experience with other server-side languages\n", vocab)
    assert reqs(posting, Tier.REQUIRED) == [{"Java", "server-side languages"}]
    # an "and" still lists two requirements
    posting = parse("Requirements:\nExperience with Docker and strong knowledge of Kubernetes\n", vocab)
    assert reqs(posting, Tier.REQUIRED) == [{"Docker"}, {"Kubernetes"}]


def test_category_head_noun_before_such_as_keeps_the_category_in_the_group(vocab):
    # skillspan dev tech 16
    line = "You know your way around software architecture patterns such as CQRS or hexagonal architecture"
    posting = parse("Requirements:\n" + line + "\n", vocab)
    assert reqs(posting, Tier.REQUIRED) == [{"software architecture", "CQRS", "hexagonal architecture"}]


def test_spaced_dash_ends_the_clause_a_postfix_mark_speaks_for(vocab):
    # skillspan dev tech 23
    line = "Knowledge of English language – advanced level French language would be a plus"
    posting = parse("Requirements:\n" + line + "\n", vocab)
    assert reqs(posting, Tier.REQUIRED) == [{"English"}]
    assert reqs(posting, Tier.PREFERRED) == [{"French"}]
    # a single item before the dash is no clause of its own
    posting = parse("Requirements:\nDocker - Kubernetes experience is a plus\n", vocab)
    assert reqs(posting, Tier.REQUIRED) == []


def test_language_name_before_another_skill_is_an_adjective(vocab):
    # skillspan train house 128: a Danish licence, not the Danish language
    assert required_names("A valid Danish Class B Driver's License.", vocab) == {"driver's license"}
    assert required_names("Fluent Danish and English", vocab) == {"Danish", "English"}
    # before another language it is one of a list
    assert required_names("Spanish English fluency", vocab) == {"Spanish", "English"}


def test_capitals_heading_opening_a_line_of_run_together_items(vocab):
    # skillspan train house 128
    text = (
        "Full-Time Chauffeurs are wanted for engagement by an <ORGANIZATION>.\n"
        "REQUIREMENTS/ QUALIFICATIONS • High school graduate or equivalent • Three years of experience "
        "working as a Driver • Must be able to read write and speak English language.\n"
        "• A valid Class B Driver's License.\n"
    )
    posting = parse(text, vocab)
    headings = [(s.heading, s.kind) for s in posting.sections if s.heading]
    assert headings == [("REQUIREMENTS/ QUALIFICATIONS", "required")]
    assert {"driver's license"} in reqs(posting, Tier.REQUIRED)
    assert posting.min_years == 3


def test_experience_from_is_a_requirement_cue(vocab):
    # skillspan train house 91: a long item of a squashed requirements line
    line = "Experience from Web Agency / SaaS account management project management and/or strategy consulting"
    posting = parse("Requirements:\n" + line + "\n", vocab)
    assert any("account management" in r for r in reqs(posting, Tier.REQUIRED))


def test_a_sentence_about_the_person_sought_asks_for_its_skills(vocab):
    # skillspan dev tech 15: under "Job description", a context heading
    text = (
        "Job description\nWe build payment services.\n"
        "We’re looking for a person who takes responsibility and initiative and embraces team work.\n"
    )
    assert {"teamwork"} in reqs(parse(text, vocab), Tier.REQUIRED)
    # the job's title in the same wording is no requirement
    posting = parse("About us\nWe are looking for a Senior Java Developer to join our team.\n", vocab)
    assert reqs(posting, Tier.REQUIRED) == []


def test_language_asked_at_a_level_in_a_posting_without_headings(vocab):
    # skillspan dev house 52
    text = (
        "We prefer a person with a master degree in supply chain.\n"
        "English spoken and written mastered at high level.\n"
        "Furthermore the candidate must have an intercultural understanding clear and strong communication.\n"
    )
    posting = parse(text, vocab)
    assert {"English"} in reqs(posting, Tier.REQUIRED)
    assert {"cultural awareness"} in reqs(posting, Tier.REQUIRED)


def test_wordings_of_real_postings_name_their_skills(vocab):
    # skillspan dev house 39, dev tech 8, train house 83; social skills
    assert required_names("Previous experience in logistic planning project management", vocab) >= {
        "logistics planning"
    }
    assert "distributed systems" in required_names(
        "Background in developing designing and architecture high-scale distributed services", vocab
    )
    assert required_names("You must be a specialist in gynaecology and obstetrics.", vocab) == {
        "obstetrics and gynaecology"
    }
    assert required_names("Good social skills", vocab) == {"interpersonal skills"}


def test_working_without_supervision_is_a_trait_not_supervising(vocab):
    # skillspan train house 128: "minimal supervision" asks for independence, not for supervising others
    assert required_names("Mature judgment and ability to work with minimal supervision.", vocab) == {"decision making"}
    assert "supervision" in required_names("Experience supervising a team of five", vocab)


def test_api_communication_is_not_the_soft_skill(vocab):
    # skillspan dev tech 12
    names = required_names("Experience in designing and implementing API communication between systems", vocab)
    assert "communication" not in names and "API integration" in names


def test_category_closing_a_list_of_its_members_is_its_head_noun(vocab):
    # skillspan train tech 13
    line = "2+ years of experience with AWS Linux Windows and MacOs operating systems"
    assert required_names(line, vocab) == {"AWS", "Linux", "Microsoft Windows", "macOS"}
    line = "3+ years of experience with Jenkins Terraform Python and other programming languages"
    assert required_names(line, vocab) == {"Jenkins", "Terraform", "Python"}
    # but "or other" offers the category as an alternative, and "and" with a skill it does not
    # cover lists two requirements
    posting = parse("Requirements:\nJava or other server-side languages\n", vocab)
    assert reqs(posting, Tier.REQUIRED) == [{"Java", "server-side languages"}]
    assert required_names("Java and object-oriented programming", vocab) == {"Java", "object-oriented programming"}


def test_desktop_as_a_service_is_its_own_skill(vocab):
    # skillspan train tech 13: "Virtual Desktops (Citrix VDI Desktop as a Service)"
    names = required_names("Virtual Desktops (Citrix VDI Desktop as a Service)", vocab)
    assert names == {"virtual desktop infrastructure", "Citrix", "Desktop as a Service"}


def names_on(posting, line: int) -> set[str]:
    """Every skill the posting reports (any tier) on a 1-based line."""
    return {n for r in posting.requirements if r.line == line for n in r.any_of}


def test_sentences_about_the_employer_report_no_skills(vocab):
    # skillspan dev tech 6, 13, 12, 19, 24; dev house 50, 30, 51: the employer, its team or its
    # department is the subject, so the skills named are the company's, not the job's
    cases = [
        "<ORGANIZATION> supports government clients with Integrated Communications Mission Support and "
        "Cyber Security/Intelligence.",
        "We are a fast-growing team of 80 co-workers specializing in programming artificial intelligence "
        "design customer success and credit underwriting.",
        "The team consists of Software Engineers Quality Assurance Project Managers Devops Engineers and "
        "Engineering Managers.",
        "Our ambition is big and bold – to provide full end-to-end digital solutions by combining our leading "
        "efficiency with a flexible responsible digital user experience.",
        "<ORGANIZATION> <ORGANIZATION> is not just a Microsoft Gold Partner an AWS Premier Consulting Partner "
        "and an Oracle Platform Partner.",
        "About the department The Department of Bioinformatics and Data Mining combines strong computational "
        "skills with biological insights.",
        "<ORGANIZATION> <ORGANIZATION> is an internationally unique academic environment spanning the science "
        "disciplines mathematics statistics and computer science.",
        "<ORGANIZATION> offers an inspiring research and teaching environment to its 42,500students and "
        "11,500 employees and has an annual budget of EUR 840 million.",
        # the same with a real name: the name, not the placeholder, is the subject
        "Nordvik Systems supports government clients with Integrated Communications and Cyber Security.",
    ]
    for line in cases:
        for text in (line + "\n", "Job description\n" + line + "\n", "Requirements:\n" + line + "\n"):
            posting = parse(text, vocab)
            assert not posting.requirements, (text, posting.requirements)


def test_a_section_about_the_company_reports_no_skills(vocab):
    # skillspan dev tech 20 and 26: "Company description" / "About us" sections describe the employer
    text = (
        "Backend Engineer\n"
        "Company description\n"
        "Started in 2013 our 2 technical co-founders kept our tech lean and scalable.\n"
        "Programmers designers testers and scrum masters are part of these scrum teams.\n"
        "We use Scrum and Kotlin.\n"
        "You will work with Kafka.\n"
    )
    posting = parse(text, vocab)
    assert [s.kind for s in posting.sections if s.heading] == ["context"]
    assert not names_on(posting, 3) and not names_on(posting, 4)
    assert "Kotlin" in names_on(posting, 5)  # the stack stays
    assert "Kafka" in names_on(posting, 6)  # so does what the job does


def test_employer_sentences_about_the_job_keep_their_skills(vocab):
    # skillspan dev tech 6, 15, 25, 4, train house 134: hiring, the stack, the candidate
    cases = {
        "<ORGANIZATION> is seeking an experienced Application Engineer with specific expertise in Java.": "Java",
        "The team picks the best tools for the job - current languages include Node.js Java and Python.": "Python",
        "SRE teams at <ORGANIZATION> own the full infrastructure stack; from device driver performance "
        "debugging to content delivery network traffic management.": "debugging",
        "Our mentor developer will support you through Pair-Programming to bring your Typescript skills "
        "to the next level.": "TypeScript",
        "Python is a must.": "Python",
        "Kubernetes experience is required.": "Kubernetes",
        "The Principal Cloud Architect is a subject matter expert in solutions architecture and data analysis.":
            "data analysis",
    }
    for line, skill in cases.items():
        posting = parse("Job description\n" + line + "\n", vocab)
        assert skill in names_on(posting, 2), (line, posting.requirements)


def test_a_job_title_line_asks_for_nothing(vocab):
    # skillspan dev tech 1, 2, 13, 27: the "Role" field of a posting names the job
    for line in ("DevOps", "DevOps System Administrator", "Backend Developer DevOps System Administrator",
                 "QA/Test Developer"):
        posting = parse("Role\n" + line + "\nJob description\nYou will deploy services with Docker.\n", vocab)
        assert not names_on(posting, 2), (line, posting.requirements)
        assert "Docker" in names_on(posting, 4)
    # a title in title case among context lines; a sentence or a stack line stays
    posting = parse("Job description\nData Engineer (Platforms)\nPython Django PostgreSQL\n", vocab)
    assert not names_on(posting, 2)
    assert {"Python", "Django", "PostgreSQL"} <= names_on(posting, 3)


def test_a_paid_bonus_heading_is_a_benefits_section(vocab):
    # skillspan dev tech 8: the benefits list goes on under "Annual employee bonus plan"
    text = (
        "Requirements\n5+ years of experience with C#\n"
        "Job benefits\nMeal allowance\nAnnual employee bonus plan\n"
        "Unlimited access to LinkedIn Learning Courses\n"
    )
    posting = parse(text, vocab)
    assert [s.kind for s in posting.sections if s.heading] == ["required", "boilerplate", "boilerplate"]
    assert not posting.by_tier(Tier.PREFERRED)
    assert "LinkedIn" not in posting.body


def test_first_line_naming_a_job_is_the_title_though_it_says_expertise(vocab):
    # skillspan dev: "expertise" heads requirement sections, but this line names the job
    text = "Java Backend Engineer with Integration Expertise\nWe build payments.\nRequirements\n- 5 years of Go\n"
    posting = parse(text, vocab)
    assert posting.title == "Java Backend Engineer with Integration Expertise"
    assert reqs(posting, Tier.REQUIRED) == [{"Go"}]
    # a first line that names its tier is still a heading
    posting = parse("Senior Engineer Requirements\n- Python\n", vocab)
    assert posting.title != "Senior Engineer Requirements" and reqs(posting, Tier.REQUIRED) == [{"Python"}]
