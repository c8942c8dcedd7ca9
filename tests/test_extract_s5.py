"""Skills of non-software postings the s4 audit tried (QA s4 postings #4, #6, #7, #10, #17): spoken
languages and office programs asked for with a rating ("Excellent English", "German C1"), a
qualification spelled out with its acronym ("Qualified Teacher Status (QTS)"), words read in another
sense in pharma, trades and kitchens, and the vocabulary of accounting, health, trades and hotels.
The lines are the audit's."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.vocabulary import Vocabulary


def names(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_skills(line, vocab)]


def _tiers(posting) -> dict[str, str]:
    return {name: r.tier.value for r in posting.requirements for name in r.any_of}


# -- #4 spoken languages and office programs with a rating ---------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Excellent English", ["English"]),
        ("- Good French", ["French"]),
        ("- Very good English", ["English"]),
        ("- Good English", ["English"]),
        ("- Native-level Dutch", ["Dutch"]),
        ("- German C1", ["German"]),
        ("- French B2+", ["French"]),
        ("- English level C1", ["English"]),
        ("- Spanish required", ["Spanish"]),
        ("- Italian is a plus", ["Italian"]),
        ("- French is an advantage", ["French"]),
        ("- Good German and very good English skills", ["German", "English"]),
        ("- Very good English and good German skills", ["English", "German"]),
        ("- Good French and excellent English", ["French", "English"]),
        ("- Excellent English communication skills", ["English", "communication"]),
        ("- Mandarin is a plus", ["Mandarin"]),
        ("- Fluent Mandarin and Cantonese", ["Mandarin", "Cantonese"]),
        ("- Excellent Excel", ["Microsoft Excel"]),
        ("- Intermediate Excel", ["Microsoft Excel"]),
        ("- Good Word skills", ["Microsoft Word"]),
        ("- English-speaking candidates preferred", ["English"]),
    ],
)
def test_a_rated_language_or_office_program_is_asked(line, expected, vocab):
    assert names(line, vocab) == expected


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("- Experience selling to German customers", "German"),
        ("- Experience in the English-speaking market", "English"),
        ("- Knowledge of German-speaking countries", "German"),
        ("- An excellent Chef with 5 years in a busy kitchen", "Chef"),  # a cook, not the tool
        ("- You will serve Thai food to our guests", "Thai"),
        ("- Good Friday is a holiday", "Friday"),
        ("- Go level design", "Go"),
    ],
)
def test_a_rating_word_vouches_for_no_other_sense(line, absent, vocab):
    assert absent not in names(line, vocab)


def test_the_spoken_languages_the_sources_lack_are_known(vocab):
    for name in ("Mandarin", "Chinese", "Cantonese", "Tagalog", "Thai", "Indonesian", "Swahili", "Somali",
                 "Marathi", "American Sign Language", "Persian"):
        skill = vocab.get(name)
        assert skill is not None and skill.category == "spoken_language", name
    assert "Chinese" in vocab.implied("Mandarin")
    assert vocab.lookup("Farsi").name == "Persian"


def test_a_german_posting_asks_both_its_languages(parse):
    posting = parse(
        "DevOps Engineer (m/w/d)\n\nYour profile\n- Experience with GitLab CI\n"
        "- Good German and very good English skills\n\nNice to have\n- Italian is a plus\n"
    )
    tiers = _tiers(posting)
    assert tiers["German"] == "required" and tiers["English"] == "required"
    assert tiers["Italian"] == "preferred"


# -- #6 a qualification spelled out with its acronym ---------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Qualified Teacher Status (QTS)", {"teaching certification"}),
        ("- Postgraduate Certificate in Education (PGCE)", {"teaching certification"}),
        ("- Knowledge of Applied Behavior Analysis (ABA)", {"applied behavior analysis"}),
        ("- Excel; Qualified Teacher Status (QTS)", {"Microsoft Excel", "teaching certification"}),
        ("- Registered Behavior Technician (RBT)", {"RBT certification"}),
        ("- Valid Driving Licence (DL)", {"driver's license"}),  # all its words another skill's: no deep learning
        ("- Certified Kubernetes Administrator (CKA)", {"CKA"}),  # the certification (implies Kubernetes)
        ("- Center for Protein Research (CPR)", set()),
    ],
)
def test_a_spelled_out_qualification_keeps_its_acronym_and_its_line(line, expected, vocab):
    assert set(names(line, vocab)) == expected


def test_an_acronym_after_a_qualification_name_is_the_qualification_whatever_its_words():
    """Not by an alias: the name ends with a qualification's noun ("Status", "Certificate")."""
    own = Vocabulary([{"name": "QTS", "category": "certification"}, {"name": "CPR", "category": "certification"}])
    assert names("Qualified Teacher Status (QTS)", own) == ["QTS"]
    assert names("Center for Protein Research (CPR)", own) == []


def test_aba_is_no_bar_association(vocab):
    assert "applied behavior analysis" not in names("- Graduate of an ABA-accredited law school", vocab)
    assert names("- 2 years of ABA therapy experience", vocab) == ["applied behavior analysis"]


def test_a_uk_teacher_posting_asks_its_qualifications(parse):
    posting = parse(
        "Teacher of Mathematics\n\nEssential\n- Qualified Teacher Status (QTS)\n"
        "- Postgraduate Certificate in Education (PGCE)\n- Excel; Qualified Teacher Status (QTS)\n"
    )
    tiers = _tiers(posting)
    assert tiers["teaching certification"] == "required" and tiers["Microsoft Excel"] == "required"


# -- #7 words in another sense in pharma, trades and kitchens -------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- At least 3 years of experience in Quality Assurance in a GMP-regulated pharmaceutical environment",
            ["quality assurance (GMP)", "GMP"],
        ),
        (
            "- QA experience in food manufacturing (HACCP)",
            ["quality assurance (GMP)", "food processing", "food safety"],
        ),
        ("- Experience in QA and test automation for web apps", ["testing", "test automation", "web development"]),
        ("- Quality assurance of ETL pipelines", ["testing", "ETL"]),
        ("- 2391 Inspection & Testing qualification", ["electrical inspection and testing"]),
        ("- 2391 Inspection and Testing qualification", ["electrical inspection and testing"]),
        ("- 3+ years of experience as a Sous Chef or Lead Line Cook", ["food preparation", "food preparation"]),
        ("- Chef, Puppet or Ansible", ["Chef", "Puppet", "Ansible"]),
    ],
)
def test_a_word_in_a_regulated_plant_or_kitchen_takes_that_sense(line, expected, vocab):
    assert names(line, vocab) == expected


def test_a_pharma_resume_s_qa_title_is_the_regulated_quality_assurance(vocab):
    resume = "Anna Keller\n\nEXPERIENCE\nQA Specialist, Novamed AG, Basel\n- Reviewed batch records under EU GMP\n"
    found = [m.skill.name for m in extract_skills(resume, vocab, resume=True)]
    assert "quality assurance (GMP)" in found and "testing" not in found
    # a software tester's QA stays testing, GMP or not
    tester = "Sam Lee\n\nEXPERIENCE\nQA Engineer, Medsoft\n- Wrote unit tests for a GMP audit tool\n"
    found = [m.skill.name for m in extract_skills(tester, vocab, resume=True)]
    assert "testing" in found and "quality assurance (GMP)" not in found


def test_the_pharma_posting_asks_quality_assurance_not_testing(parse):
    posting = parse(
        "QA Specialist, GMP Compliance\n\nYour profile\n"
        "- At least 3 years of experience in Quality Assurance in a GMP-regulated pharmaceutical environment\n"
    )
    tiers = _tiers(posting)
    assert tiers.get("quality assurance (GMP)") == "required" and "testing" not in tiers


def test_a_regulated_word_far_off_in_a_one_paragraph_line_changes_no_sense(vocab):
    line = ("Lead the team, own code review and quality assurance of our services, build the web shop with React "
            "and Node.js and the dashboards our partners in food delivery use every day")
    assert "testing" in names(line, vocab) and "quality assurance (GMP)" not in names(line, vocab)


# -- #10 a hotel's PMS is no practice's management software ----------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• Strong knowledge of Opera PMS (Opera Cloud desirable)", ["Opera PMS", "Opera PMS"]),
        ("- Experience with a hotel PMS such as Protel", ["hotel property management system"]),
        ("- Experience with Dentrix, Eaglesoft or Open Dental", ["Dentrix", "Eaglesoft", "Open Dental"]),
        ("- Legal practice management software (Clio) experience", ["practice management software", "Clio"]),
        ("- Clio Awards winner", []),
        ("- We went to the Opera last night", []),
    ],
)
def test_hotel_and_practice_software_apart(line, expected, vocab):
    assert names(line, vocab) == expected


def test_a_practice_system_meets_no_hotel_pms(vocab):
    assert "hotel property management system" in vocab.implied("Opera PMS")
    for product in ("Dentrix", "Eaglesoft", "Open Dental", "Clio"):
        assert "practice management software" in vocab.implied(product)
        assert "hotel property management system" not in vocab.implied(product)
    assert vocab.lookup("PMS").name == "hotel property management system"


def test_the_hotel_posting_asks_opera(parse):
    posting = parse(
        "Front Office Manager - Sydney CBD Hotel\n\nAbout you\n"
        "• Strong knowledge of Opera PMS (Opera Cloud desirable)\n• Proven leadership experience\n"
    )
    assert any(r.tier.value == "required" and "Opera PMS" in r.any_of for r in posting.requirements)


# -- #17 the vocabulary of accounting, health, trades, hotels, pharma, property, security ----------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- ACCA or CIMA qualified (or finalist)", ["ACCA", "CIMA"]),
        ("- Month-end close, management accounts and variance analysis",
         ["financial reporting", "management accounting", "financial analysis"]),
        ("- ICAEW or ACA qualified", ["ACA (ICAEW)", "ACA (ICAEW)"]),
        ("- CIPP qualified payroll administrator", ["CIPP (payroll)", "payroll"]),
        ("- CIPP/E or CIPP/US certification", ["CIPP privacy certification", "CIPP privacy certification"]),
        ("- Experience with Anaplan or Adaptive Insights", ["Anaplan", "Adaptive Insights"]),
        ("- CCRN certification preferred", ["CCRN"]),
        ("- Current AHPRA registration as a Registered Nurse", ["AHPRA registration", "RN"]),
        ("- EFDA certification required", ["EFDA"]),
        ("- 1 year of dental assisting experience", ["dental assisting"]),
        ("- Knowledge of DSM-5", ["DSM-5"]),
        ("- LISW or LCSW license", ["LCSW", "LCSW"]),
        ("- Dementia care experience", ["dementia care"]),
        ("- EPA 608 Universal certification", ["EPA 608 certification"]),
        ("- NATE certification a plus", ["NATE certification"]),
        ("- Experience with ServiceTitan, Housecall Pro or Jobber", ["ServiceTitan", "Housecall Pro", "Jobber"]),
        ("- NVQ Level 3 in Electrotechnical Services", ["NVQ Level 3"]),
        ("- 18th Edition (BS 7671) and AM2", ["BS 7671 (18th Edition)", "BS 7671 (18th Edition)", "AM2"]),
        ("- PE license or EIT", ["PE license", "EIT certification"]),
        ("- RSA certificate", ["responsible service of alcohol"]),
        ("- Experience in revenue management", ["revenue management"]),
        ("- 2+ years in retail, hospitality, or customer service", ["retail", "hospitality", "customer service"]),
        ("- Retail experience preferred", ["retail"]),
        ("- Experience with TrackWise and Veeva Vault", ["TrackWise", "Veeva Vault"]),
        ("- Sound knowledge of EU GMP and 21 CFR Part 11", ["GMP", "21 CFR Part 11"]),
        ("- Yardi or AppFolio experience", ["Yardi", "AppFolio"]),
        ("- Experience with Procore, PlanGrid, or Bluebeam", ["Procore", "PlanGrid", "Bluebeam"]),
        ("- Valid California Guard Card", ["security guard license"]),
    ],
)
def test_the_fields_vocabulary(line, expected, vocab):
    assert names(line, vocab) == expected


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("- Knowledge of ACA, FMLA and COBRA", "ACA (ICAEW)"),  # the Affordable Care Act
        ("- Nate will train you on the job", "NATE certification"),
        ("- RSA and AES encryption", "responsible service of alcohol"),
        ("- Serving our retail clients and hospitality partners", "retail"),
        ("- Serving our retail clients and hospitality partners", "hospitality"),
        ("- B2B sales experience in retail and durable consumer goods", "retail"),
        ("- Experience in retail banking", "retail"),
        ("- The travel and hospitality business", "hospitality"),
        ("- Jobber is a word for a wholesaler", "Jobber"),
    ],
)
def test_the_fields_vocabulary_in_other_senses(line, absent, vocab):
    assert absent not in names(line, vocab)


def test_the_fields_implications(vocab):
    assert {"management accounting", "accounting"} <= vocab.implied("CIMA")
    assert {"critical care", "nursing"} <= vocab.implied("CCRN")
    assert "HVAC" in vocab.implied("EPA 608 certification")
    assert "EIT certification" in vocab.implied("PE license")
    assert "property management" in vocab.implied("AppFolio")
    assert "dental assisting" in vocab.implied("EFDA")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- ECS/CSCS Gold Card", ["CSCS card"]),
        ("- CSCS card holder", ["CSCS card"]),
        ("- Experience with ECS and EKS", ["ECS", "EKS"]),
    ],
)
def test_a_site_card_written_with_cscs_is_no_cloud(line, expected, vocab):
    assert names(line, vocab) == expected


@pytest.mark.parametrize(
    "line",
    [
        "3+ years of QA experience testing web and mobile apps for a food delivery or e-commerce platform",
        "Experience in quality assurance in a regulated environment (fintech, banking)",
        "QA of manufacturing execution system (MES) software",
        "Software QA experience with FDA-regulated medical device software (IEC 62304)",
        "Senior QA Engineer, Lieferfood GmbH (food delivery app)",
    ],
)
def test_software_qa_beside_regulated_words_stays_software_testing(vocab, line):
    names = {m.skill.name for m in extract_skills(line, vocab)}
    assert "quality assurance (GMP)" not in names


@pytest.mark.parametrize(
    ("line", "opera"),
    [
        ("Cross-browser testing (Chrome, Firefox, Safari, Edge, Opera)", False),
        ("Experience with the Opera Mini and Opera GX browsers", False),
        ("Strong knowledge of Opera PMS (Opera Cloud desirable)", True),
        ("Oracle OPERA, Micros POS", True),
    ],
)
def test_opera_the_browser_is_no_hotel_system(vocab, line, opera):
    assert ("Opera PMS" in {m.skill.name for m in extract_skills(line, vocab)}) is opera


@pytest.mark.parametrize(
    "line",
    [
        "GMP batch record QA per the Code of Federal Regulations",
        "Quality assurance for automated packaging lines in a GMP facility",
        "QA oversight of the application of SOPs in pharmaceutical manufacturing",
        "Quality assurance in a GMP environment with a cloud-based eQMS",
    ],
)
def test_gmp_qa_lines_with_words_shared_with_software_stay_gmp(vocab, line):
    assert "quality assurance (GMP)" in {m.skill.name for m in extract_skills(line, vocab)}
