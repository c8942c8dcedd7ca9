"""Resumes from outside software the s5 audit tried (QA s5 resumes #5, #6, #8, #11, #13, #14): spoken
languages as Europass and EU CVs write them, letters and codes that are no programming language
(exam grades, licence classes, refrigerants), licence grades, words read in another sense on
clinical, hospitality and security resumes, and British and trade wording. The lines are the audit's."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_line, extract_skills
from jobmatch.vocabulary import Vocabulary


def resume_names(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_line(line, 1, vocab, resume=True)]


def posting_names(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_line(line, 1, vocab)]


# -- #5 languages in Europass and EU CVs ----------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mother tongue(s): German", ["German"]),
        ("Mother tongue: German", ["German"]),
        ("German - native speaker", ["German"]),
        ("German: C2", ["German"]),
        ("English: fluent; German: basic", ["English", "German"]),
        ("Spanish - conversational", ["Spanish"]),
        ("Other language(s): English", ["English"]),
        ("Other language(s)", []),
        ("Other languages: English, French", ["English", "French"]),
    ],
)
def test_the_languages_of_a_europass_cv(line, expected, vocab):
    assert resume_names(line, vocab) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "other languages" still asks for programming languages beside them, and a label before
        # programming languages stays theirs
        ("Python, Java or other languages", ["Python", "Java", "programming languages"]),
        ("Other languages: Python, Go", ["programming languages", "Python", "Go"]),
        # a colon or a dash before a word that is no rating gives a language no context
        ("German - The company", []),
    ],
)
def test_other_languages_and_ratings_elsewhere(line, expected, vocab):
    assert posting_names(line, vocab) == expected


def test_a_europass_languages_block_names_the_mother_tongue(vocab):
    text = "Jana Novak\n\nPERSONAL SKILLS\n\nMother tongue(s): German\nOther language(s):\nEnglish (C1)\nFrench (B1)\n"
    names = {m.skill.name for m in extract_skills(text, vocab, resume=True)}
    assert names == {"German", "English", "French"}


# -- #8 letters and codes that are no programming language ----------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A Levels (Business B, English Literature C, Psychology C)", ["English", "psychology"]),
        ("Business B, English Literature C, Psychology C", ["psychology"]),
        ("GCSEs: English (C), Maths (B)", []),
        ("Chemistry (C)", ["chemistry"]),
        ("Driver's Licence (C class)", ["driver's license"]),
        ("Driving licence: B, C, C1", ["driver's license"]),
        ("Licence classes: C, LR, MR", []),
        ("Refrigerant recovery and charging (R-410A, R-22, R-454B)", ["refrigerant handling"] * 4),
        ("NATE Certified | Arizona ROC License", ["NATE certification"]),
        ("Evaluated models with ROC curves and AUC", []),
        ("Built logistic regression models in Python", ["statistics", "Python"]),
    ],
)
def test_grades_licence_classes_and_codes_are_no_language(line, expected, vocab):
    assert resume_names(line, vocab) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Languages: C, R, Python", ["C", "R", "Python"]),
        ("Python C Java", ["Python", "C", "Java"]),
        ("Embedded (C, C++)", ["C", "C++"]),
        ("Systems programming (C)", ["C"]),
        ("Proficient in C and Assembly", ["C", "Assembly"]),
        ("Statistical analysis (R, SAS)", ["statistics", "R", "SAS"]),
        ("Logistics coordinator", ["logistics"]),
    ],
)
def test_the_languages_c_and_r_stay_where_they_are_languages(line, expected, vocab):
    assert resume_names(line, vocab) == expected
    assert posting_names(line, vocab) == expected


# -- #6 licence grades ----------------------------------------------------------------------------
def _met(resume_text: str, posting_text: str, vocab: Vocabulary) -> bool:
    from datetime import date

    from jobmatch import api
    from jobmatch.match import profile_resume
    from jobmatch.models import Document
    from jobmatch.posting import parse_posting

    profile = profile_resume(Document(path="r.txt", text=resume_text, kind="text"), vocab, today=date(2026, 1, 1))
    posting = parse_posting(Document(path="p.txt", text=posting_text, kind="text"), vocab)
    return api.score(profile, posting, vocab).matches[0].matched_by is not None  # the first requirement met


_TRUCK_POSTING = "CDL-A Truck Driver - Regional\n\nRequirements:\n- Valid Class A CDL\n"
_CDL_POSTING = "Delivery Driver\n\nRequirements:\n- Valid CDL\n"


@pytest.mark.parametrize(
    ("licence", "class_a", "any_cdl"),
    [
        ("CDL Class B with air brakes", False, True),
        ("Local Driver (CDL B)", False, True),
        ("CDL Class A - Hazmat, Tanker endorsements", True, True),
        ("Class A CDL, clean MVR", True, True),
    ],
)
def test_a_cdl_class_b_is_no_class_a(licence, class_a, any_cdl, vocab):
    resume = f"Sam Driver\n\nLicences\n{licence}\n"
    assert _met(resume, _TRUCK_POSTING, vocab) is class_a
    assert _met(resume, _CDL_POSTING, vocab) is any_cdl


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Valid Class A CDL", ["CDL Class A"]),
        ("CDL Class B with air brakes", ["CDL Class B"]),
        ("CDL required", ["CDL"]),
        ("Current LCSW license in Ohio (LISW accepted)", ["LCSW", "LCSW"]),
        ("LISW-S, LMSW", ["LCSW", "LMSW"]),
        ("Bachelor of Social Work (BSW)", ["social work"]),
    ],
)
def test_licences_are_skills_of_their_own(line, expected, vocab):
    assert posting_names(line, vocab) == expected


def test_a_bachelor_of_social_work_is_no_lcsw(vocab):
    posting = "Licensed Clinical Social Worker (LCSW)\n\nRequirements:\n- Current LCSW license in Ohio\n"
    bsw = "Pat Case\n\nEducation\nBachelor of Social Work (BSW), Ohio State University, 2021\nPursuing licensure\n"
    lisw = "Pat Case\n\nLicences\nLISW-S (Ohio)\n"
    assert not _met(bsw, posting, vocab)
    assert _met(lisw, posting, vocab)


# -- #13 words in another sense on clinical, kitchen and security resumes ---------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Placements with skilled nursing facilities, hospice and home health.", ["home health care"]),
        ("Skilled in triage (ATS), IV cannulation", ["triage", "IV therapy"]),
        ("• Triage category 1–5 presentations using the Australasian Triage Scale.", ["triage", "triage"]),
        (
            "- Ordering, stock control and menu costing (food cost held at 28%).",
            ["inventory management", "food cost control", "food cost control"],
        ),
        ("- Stewarding and door supervision at NEC and Utilita Arena events.", ["door supervision"]),
        # the other senses stay where they are meant
        ("Delivered presentations to senior stakeholders", ["presentation skills", "stakeholder management"]),
        ("Experience with an ATS such as Greenhouse", ["applicant tracking systems", "Greenhouse"]),
        ("Cost accounting and costing", ["cost accounting", "cost accounting"]),
        ("Supervised a team of 8 door supervisors", ["supervision", "door supervision"]),
    ],
)
def test_places_scales_and_doors_are_no_skill_of_their_name(line, expected, vocab):
    assert resume_names(line, vocab) == expected


# -- #11 British and trade wording, #14 the vocabulary of non-software resumes ---------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Experienced in fault finding on domestic circuits", ["troubleshooting"]),
        ("Purchase ledger and payment runs", ["accounts payable"]),
        ("Sales ledger and credit control; nominal ledger journals",
         ["accounts receivable", "accounts receivable", "bookkeeping"]),
        ("Take digital X-rays (bitewings, FMX, panoramic)", ["radiography"]),
        ("Ohio Radiography License", ["X-ray certification"]),
        ("Complaint resolution", ["conflict resolution"]),
        ("Guest Service Agent", ["customer service"]),
        ("Supervise a team of 8", ["supervision"]),
        ("Venepuncture and cannulation", ["phlebotomy", "IV therapy"]),  # (taking blood is no IV therapy: s10)
        ("Programme management", ["project management"]),
        ("Rostering and payroll", ["rostering", "payroll"]),
        ("TNCC, ACLS", ["TNCC", "ACLS"]),
        ("RDA certified", ["dental assisting"]),
        ("IPAF 3a/3b, CSCS", ["IPAF", "CSCS card"]),
        ("SIA licensed", ["security guard license"]),
        ("Hazmat and tanker endorsements", ["hazmat endorsement", "tanker endorsement"]),
        ("TWIC card holder", ["TWIC card"]),
        ("Pallet jack, reach truck, RF scanner", ["pallet jack", "forklift operation", "RF scanner"]),
        ("IATF 16949, PPAP, APQP", ["IATF 16949", "PPAP", "APQP"]),
        ("Safeguarding children level 3", ["safeguarding"]),
        ("VAT returns", ["tax preparation"]),
        ("Independent prescriber; SystmOne and EMIS Web", ["prescribing", "SystmOne", "EMIS Web"]),
    ],
)
def test_british_and_trade_wording_names_the_skill_postings_ask_for(line, expected, vocab):
    assert resume_names(line, vocab) == expected


def test_a_hazmat_endorsement_is_on_a_cdl_and_an_x_ray_licence_is_radiography(vocab):
    assert {"CDL", "hazardous materials handling"} <= vocab.implied("hazmat endorsement")
    assert "radiography" in vocab.implied("X-ray certification")


# -- the previous helper's open points: bare "Word", the "ECS card" ------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Excel, Word, PowerPoint, Outlook", ["Microsoft Excel", "Microsoft Word", "Microsoft PowerPoint",
                                              "Microsoft Outlook"]),
        ("Proficient in Word and Excel", ["Microsoft Word", "Microsoft Excel"]),
        ("Skills: Word", ["Microsoft Word"]),
        ("Intermediate Word", ["Microsoft Word"]),
        ("Good Word skills", ["Microsoft Word"]),
        # the word in its other senses
        ("Grew the business by word of mouth", []),
        ("Word of mouth referrals", []),
        ("In other words, we ship fast", []),
        ("Keep your word", []),
        ("The Word of God", []),
        ("Attached files must be Adobe PDF or Word format.", []),
        # the UK electricians' card, and the cloud's service beside it
        ("Valid ECS card", ["CSCS card"]),
        ("ECS Gold Card holder", ["CSCS card"]),
        ("Deployed services on ECS and EKS", ["ECS", "EKS"]),
    ],
)
def test_word_the_program_and_the_ecs_card(line, expected, vocab):
    assert resume_names(line, vocab) == expected
    assert posting_names(line, vocab) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CDL CLASS A DRIVER  –  HAZMAT, TANKER, DOUBLES/TRIPLES ENDORSEMENTS", ["CDL Class A", "hazmat endorsement"]),
        ("Hazmat handling and storage in the warehouse", ["hazardous materials handling"]),
    ],
)
def test_hazmat_among_a_drivers_endorsements_is_the_endorsement(line, expected, vocab):
    assert resume_names(line, vocab) == expected
