"""Postings beyond software (s9b): the known gaps of earlier audits. A name written in capitals
("ANSYS"), a licence named with its acronym in parentheses ("Professional Engineer (PE) license"),
the National Electrical Code after "knowledge of the", HRCI's PHR beside SHRM's SHRM-CP, a nurse's
documentation, Canvas the LMS, the industries a posting asks for (fintech, payments, e-commerce),
recruiting, dispensing, Australia's White Card and conduit bending; and the everyday senses of the
ambiguous names among them. Lines in the shape of real postings."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.vocabulary import Vocabulary


def names(line: str, vocab: Vocabulary, *, resume: bool = False) -> set[str]:
    return {m.skill.name for m in extract_skills(line, vocab, resume=resume)}


# -- names in capitals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Proficiency in ANSYS and SOLIDWORKS", "Ansys"),
        ("Proficiency in ANSYS and SOLIDWORKS", "SolidWorks"),
        ("ANSYS WORKBENCH, CATIA V5", "Ansys"),
        ("Experience with MATLAB, SAP and CATIA", "MATLAB"),
        ("Experience with MATLAB, SAP and CATIA", "SAP"),
        ("Experience with MATLAB, SAP and CATIA", "Dassault Systemes CATIA"),
        ("Hands-on ANSYS Fluent simulation experience", "Ansys"),
    ],
)
def test_a_name_written_in_capitals_is_found(line, skill, vocab):
    assert skill in names(line, vocab)


def test_the_capitals_key_of_a_name_keeps_the_acronyms_own_key(vocab):
    # a capital word of four or five letters ending in S is its own key: ACLS the certification, not
    # the plural of ACL; the capitals of another name never take a key a written form holds
    assert vocab.index[("acls",)].skill.name == "ACLS"
    assert vocab.index[("ansys",)].skill.name == "Ansys"
    assert names("Current BLS and ACLS certification", vocab) >= {"BLS", "ACLS"}


def test_a_strict_form_gets_no_capitals_key(vocab):
    # a strict name counts by its capitalisation, which text in capitals does not show: "WORKED WITH
    # RAILS" is a warehouse's rails, "LENS GRINDING" an optician's lens
    assert "Ruby on Rails" not in names("INSTALL HAND RAILS AND GUARDS", vocab)
    assert "Ruby on Rails" not in names("WORKED WITH RAILS, RAMPS AND CONVEYORS", vocab, resume=True)
    assert names("EXPERIENCE WITH LENS GRINDING MACHINES", vocab, resume=True) == set()
    assert "Ruby on Rails" in names("Skills: Rails, Django", vocab)  # (written as the name is)


# -- licences and codes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Professional Engineer (PE) license required", "PE license"),
        ("Professional Engineer (PE) licence in Ontario preferred", "PE license"),
        ("Must obtain a (PE) license within 2 years", "PE license"),
        ("PE license preferred", "PE license"),
        ("EIT/FE certification", "EIT certification"),
        ("Knowledge of the NEC", "National Electrical Code"),
        ("Working knowledge of the NEC and local codes", "National Electrical Code"),
        ("Familiarity with the NEC", "National Electrical Code"),
    ],
)
def test_the_engineers_and_electricians_licences_and_code(line, skill, vocab):
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Door staff for events at the NEC and Utilita Arena", "National Electrical Code"),
        ("Plan PE lessons for grades 3-5", "PE license"),
        ("Private equity (PE) experience is a plus", "PE license"),
        ("Start in the Spring", "Spring"),
    ],
)
def test_the_everyday_senses_of_pe_and_nec(line, absent, vocab):
    assert absent not in names(line, vocab)


def test_shrm_cp_or_phr_is_either_of_two(vocab, parse):
    assert names("SHRM-CP or PHR certification", vocab) == {"SHRM-CP", "PHR"}
    posting = parse("HR Generalist\n\nRequirements:\n- SHRM-CP or PHR certification preferred\n")
    assert [r.any_of for r in posting.requirements] == [("SHRM-CP", "PHR")]


def test_phr_is_also_a_personal_health_record(vocab):
    assert "PHR" not in names("Integrate the Personal Health Record (PHR) with our EHR", vocab)
    assert "PHR" not in names("patient portal and PHR integration", vocab)
    assert "PHR" in names("PHR or SPHR preferred", vocab)


# -- a nurse's documentation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Accurate patient documentation and charting",
        "Accurate and timely documentation of patient care",
        "Maintain nursing documentation in Epic",
    ],
)
def test_a_nurses_documentation_is_the_clinical_record(line, vocab):
    found = names(line, vocab)
    assert "electronic health records" in found
    assert "technical documentation" not in found


def test_a_softwares_documentation_stays_technical(vocab):
    assert "technical documentation" in names("Write clear documentation for our APIs", vocab)


# -- Canvas, the LMS ---------------------------------------------------------------------------------


def test_html5_canvas_is_html(vocab):
    assert names("HTML5 Canvas and WebGL", vocab) == {"HTML", "WebGL"}


def test_canvas_the_lms_is_no_canva(vocab):
    # (the vocabulary's build once folded "Canvas" as the plural of "Canva": scripts/build_vocab.py)
    assert names("Experience with Canvas LMS and Google Classroom", vocab) == {
        "learning management systems", "Google Classroom",
    }
    assert names("Designs in Canva and Figma", vocab) == {"Canva", "Figma"}
    assert "Canva" not in names("Built course shells in Canvas", vocab)


def test_a_painters_canvas_is_no_skill(vocab):
    assert names("Paint on canvas and paper", vocab) == set()
    assert names("Canvas tote bags provided", vocab) == set()


# -- industries and the work of other trades -------------------------------------------------------


def test_the_industries_a_posting_asks_for(vocab):
    assert names("Experience in fintech, payments or e-commerce", vocab) == {
        "fintech",
        "payments industry",
        "e-commerce",
    }
    assert "e-commerce" in names("3+ years in ecommerce", vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Process customer payments and refunds",
        "Cash handling, payments and refunds",
        "Accept payments by card or cash",
    ],
)
def test_money_paid_is_no_payments_industry(line, vocab):
    assert "payments industry" not in names(line, vocab)


def test_the_employers_own_industry_is_not_asked(parse):
    posting = parse(
        "Data Engineer\n\nRequirements:\n- Build pipelines that power our e-commerce platform\n"
        "- Experience in e-commerce or retail\n"
    )
    assert [(r.any_of, r.line) for r in posting.requirements if "e-commerce" in r.any_of] == [
        (("e-commerce", "retail"), 5)
    ]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience in recruiting and onboarding", "talent acquisition"),
        ("Experience with recruiting, interviewing and onboarding", "talent acquisition"),
        ("2+ years of experience in recruitment", "talent acquisition"),
        ("Dispensing and counselling patients", "pharmacy practice"),
        ("Accurate dispensing of medications", "pharmacy practice"),
        ("Experience in dispensing", "pharmacy practice"),
        ("White Card required", "White Card"),
        ("Current White Card and a manual driver's licence", "White Card"),
        ("Construction Induction Card (White Card)", "White Card"),
        ("Conduit bending", "conduit bending"),
        ("Bend and install conduit per NEC", "conduit bending"),
        ("Experience with Teamcenter and FMEA", "Teamcenter"),
        ("Experience with Teamcenter and FMEA", "FMEA"),
    ],
)
def test_the_trades_work_and_credentials(line, skill, vocab):
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("We are recruiting for a night-shift nurse", "talent acquisition"),
        ("Our recruitment process has two interviews", "talent acquisition"),
        ("Acme serves as recruitment partner on this position", "talent acquisition"),
        ("Contact our recruiting team with questions", "talent acquisition"),
        ("Qualified Dispensing Optician (ABDO)", "pharmacy practice"),
        ("- Dispensing Optician", "pharmacy practice"),
        ("Write your name on a white card", "White Card"),
        ("She acts as a conduit between sales and engineering", "conduit bending"),
    ],
)
def test_the_everyday_senses_of_the_new_names(line, absent, vocab):
    assert absent not in names(line, vocab)


# -- the audit (s9b): a SOC analyst's, a supply chain analyst's, a bank's, a chef's postings ---------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Security+ and CySA+ required", "CompTIA CySA+"),
        ("Familiarity with EDR tools (CrowdStrike Falcon, SentinelOne)", "CrowdStrike"),
        ("Familiarity with EDR tools (CrowdStrike Falcon, SentinelOne)", "SentinelOne"),
        ("Experience with SIEM tools such as Splunk or QRadar", "QRadar"),
        ("Hands-on incident response and threat hunting", "threat hunting"),
        ("Active Secret clearance", "security clearance"),
        ("Must hold a current TS/SCI clearance", "security clearance"),
        ("APICS CPIM or CSCP certification a plus", "CPIM"),
        ("APICS CPIM or CSCP certification a plus", "CSCP"),
        ("Experience with SAP MM or Oracle SCM", "Oracle SCM"),
        ("Knowledge of credit risk concepts (PD, LGD, EAD)", "credit risk"),
        ("Support regulatory reporting (Basel III, CCAR stress testing)", "regulatory stress testing"),
        ("3+ years as a data analyst in banking or financial services", "banking"),
        ("Experience in banking, fintech or insurance", "banking"),
        ("Experience with CBT, DBT and motivational interviewing", "motivational interviewing"),
        ("Proficiency with Procore, Primavera P6 or Microsoft Project", "Primavera P6"),
        ("Experience with HubSpot or Salesforce Marketing Cloud", "Salesforce Marketing Cloud"),
        ("Certificate III or IV in Commercial Cookery", "commercial cookery qualification"),
    ],
)
def test_the_audited_postings_skills(line, skill, vocab):
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "GCIH or GCIA preferred",
        "APICS CPIM or CSCP certification a plus",
    ],
)
def test_two_certifications_of_one_body_are_either_of_two(line, vocab, parse):
    posting = parse(f"Analyst\n\nRequirements:\n- {line}\n")
    assert [len(r.any_of) for r in posting.requirements] == [2]


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Help customers set up online banking and the mobile app", "banking"),
        ("Free online banking for all employees", "banking"),
        ("CCAR stress testing of the loan book", "performance testing"),
        ("Salesforce CRM administration", "Salesforce Marketing Cloud"),
    ],
)
def test_the_everyday_senses_of_the_audited_names(line, absent, vocab):
    assert absent not in names(line, vocab)
