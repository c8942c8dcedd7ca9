"""s16fixB: the review's defects in s16c/s16d's rules, each with the near misses the rule was written for.
A site's safety planning, an optics lab's alignment and a supervisor's supervised experiences keep their sense; an
agency's name before a skill, a chip's LPC, a verifier's LTL and an SSD's FTL, a resume's attached spreadsheet, a
resort's microservices, a civil drafter's site plans for a dispatch centre and a cleanroom's TPN too."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.vocabulary import Vocabulary


def _names(line: str, vocab: Vocabulary, *, resume: bool = True) -> set[str]:
    text = f"EXPERIENCE\n{line}" if resume else line
    return {m.skill.name for m in extract_skills(text, vocab, resume=resume)}


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        # 1. a site's or an event's safety planning is no suicide risk assessment
        ("Lead construction site safety planning and daily toolbox talks", "suicide risk assessment", False),
        ("Coordinated event safety planning for festivals", "suicide risk assessment", False),
        ("Conduct suicide risk assessments and safety planning", "suicide risk assessment", True),
        ("Completed crisis safety planning with at-risk clients", "suicide risk assessment", True),
        ("Suicide safety planning with adolescents after discharge", "suicide risk assessment", True),
        # 6. supervising is supervision; hours served under supervision are not
        ("Supervised clinical experiences of 24 nursing students on a med-surg unit", "supervision", True),
        ("Supervised experience design team of 5", "supervision", True),
        ("Completed 3,000 hours of supervised clinical experience", "supervision", False),
        ("Completed 1,200 supervised practice hours in clinical rotations", "supervision", False),
        ("2 years of supervised experience toward LPC licensure", "supervision", False),
        ("Modify ladder logic under supervision", "supervision", False),
        # 7. an optics lab's alignment is no shaft's
        ("Precision alignment of optical components and lasers", "shaft alignment", False),
        ("Performed laser alignment of interferometer optics", "shaft alignment", False),
        ("Precision alignment (laser shaft alignment) of pumps and motors", "shaft alignment", True),
        ("Rigging and machine alignment during line moves", "shaft alignment", True),
        ("Coupling alignment on 200 HP pumps with a Fixturlaser", "shaft alignment", True),
    ],
)
def test_vocabulary_senses_on_a_resume(line: str, skill: str, found: bool, vocab: Vocabulary) -> None:
    assert (skill in _names(line, vocab)) is found


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        # 2. an agency's name before a skill is no faculty's subject
        ("Knowledge of Department of Labor OSHA standards and Excel reporting", "workplace safety", True),
        ("Experience with Department of Transportation DOT and FMCSA regulations", "DOT regulations", True),
        ("Familiar with Department of Labor and OSHA standards", "workplace safety", True),
        ("study enrolment criteria at the Faculty of Chemistry and Pharmacy", "chemistry", False),
        ("join the Faculty of Physics, Chemistry and Pharmacy as a postdoc", "chemistry", False),
        ("The Department of Bioinformatics and Data Mining combines computational skills", "data mining", False),
        ("join the Department of Data Science", "data science", False),
        ("MSc in Chemistry or Pharmacy", "chemistry", True),
        # 4. the clause "must include" opens, no further
        ("Your application must include a portfolio; experience with Excel spreadsheets and Tableau",
         "Microsoft Excel", True),
        ("The file must include: a cover letter, CV and an Excel sheet with your grades", "Microsoft Excel", False),
        ("The file must include: A letter motivating the application (cover letter), Curriculum vitae, Excel sheet "
         "with translation of grades", "Microsoft Excel", False),
        ("Your application must include a cover letter. Experience with Excel spreadsheets and Tableau is a plus",
         "Microsoft Excel", True),
        ("Excel sheet of grades (see guidelines and excel spreadsheet here)", "Microsoft Excel", False),
    ],
)
def test_a_postings_names_and_documents(line: str, skill: str, found: bool, vocab: Vocabulary) -> None:
    assert (skill in _names(line, vocab, resume=False)) is found


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        # 3. a chip's, a verifier's and an SSD's letters, whatever counseling or freight word is near
        ("Embedded C on LPC and STM32 microcontrollers with clinical device software",
         "Licensed Professional Counselor", False),
        ("LPC1768 firmware for a clinical infusion pump", "Licensed Professional Counselor", False),
        ("Current Colorado license as an LPC, LCSW or LMFT", "Licensed Professional Counselor", True),
        ("Licensed clinical counselor (LPC) with a caseload of 40 clients", "Licensed Professional Counselor", True),
        ("Formal verification with LTL model checking and TLA+ on broker services", "LTL shipping", False),
        ("FTL for NAND flash in SSD firmware; shipped to freight customers", "FTL shipping", False),
        ("Coordinate LTL and FTL shipments with carriers", "LTL shipping", True),
        ("Coordinate LTL and FTL shipments with carriers", "FTL shipping", True),
        # 4. a resume's attachments are its own work
        ("Created Excel spreadsheets attached to weekly status emails", "Microsoft Excel", True),
        ("Maintained Excel spreadsheets for inventory", "Microsoft Excel", True),
        # 5. a resort's software keeps its rotation; a hotel's manager on call has none
        ("Join the on-call rotation for our resort booking microservices", "incident response", True),
        ("On-call for the hotel guest app's APIs on Kubernetes", "incident response", True),
        ("Hotel manager on call for guests overnight", "incident response", False),
        ("Served as MOC (manager on call); responds to guest safety issues", "incident response", False),
        # 8. a civil drafter's site plans for a dispatch centre; a cleanroom's TPN
        ("Prepared site plans and grading plans for a new 911 dispatch center", "site design", True),
        ("Dispatched units using the site plan", "site design", False),
        ("911 dispatcher: read site plans to responders", "site design", False),
        ("Compounded TPN and IV admixtures in a USP 797 cleanroom per dietitian orders", "sterile IV preparation",
         True),
        ("Compounded TPN and IV admixtures in a USP 797 cleanroom per dietitian orders", "nutrition support", False),
        ("Managed parenteral nutrition (TPN) regimens for ICU patients with the dietitian", "nutrition support",
         True),
        ("Calculated TPN for ICU patients per RD recommendations", "sterile IV preparation", False),
    ],
)
def test_senses_on_a_resume(line: str, skill: str, found: bool, vocab: Vocabulary) -> None:
    assert (skill in _names(line, vocab)) is found
