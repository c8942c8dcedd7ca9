"""Session 11a: false and missed skills in postings beyond software (extraction and vocabulary), and six
postings of jobs the project had tested little (tests/data/postings_s11a/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.extract import extract_skills
from jobmatch.models import Document, Posting, Tier
from jobmatch.posting import parse_posting
from jobmatch.text import normalize_text
from jobmatch.vocabulary import Vocabulary
from tests.test_domains_s10 import names  # (the skills a line names, shared)

POSTINGS = Path(__file__).resolve().parent / "data" / "postings_s11a"


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()



# -- acronyms of another body: the events industry, the bar, the disability law -----------------------
@pytest.mark.parametrize(
    "line",
    [
        "3+ years of experience in the MICE industry",
        "Experience in MICE, events or hospitality sales",
        "Knowledge of the MICE market in Southeast Asia",
    ],
)
def test_the_events_industrys_mice_is_no_chartered_engineer(vocab: Vocabulary, line: str) -> None:
    assert "Chartered Engineer (CEng)" not in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    ["CEng MICE", "Chartered Engineer (CEng, MICE) preferred", "Chartered civil engineer (MICE) or working towards"],
)
def test_a_member_of_the_ice_stays_a_chartered_engineer(vocab: Vocabulary, line: str) -> None:
    assert "Chartered Engineer (CEng)" in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Paralegal certificate (ABA-approved)",
        "Juris Doctor (JD) from an ABA-accredited law school; admission to the State Bar",
    ],
)
def test_the_american_bar_association_is_no_behavior_analysis(vocab: Vocabulary, line: str) -> None:
    assert "applied behavior analysis" not in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Experience with ABA",
        "Deliver ABA therapy to children with autism",
        "Experience with ABA and autism; approved hours",
    ],
)
def test_aba_therapy_stays_behavior_analysis(vocab: Vocabulary, line: str) -> None:
    assert "applied behavior analysis" in names(line, vocab)


def test_ada_among_employment_laws_is_the_act(vocab: Vocabulary) -> None:
    found = names("Ensure compliance with employment laws including FLSA, ADA, EEO and OSHA recordkeeping", vocab)
    assert "Ada" not in found
    assert "employment law" in found


@pytest.mark.parametrize("line", ["SKILLS: ADA, C, PYTHON", "TOOLS: ADA, C, EMBEDDED SOFTWARE, COMPLIANCE TESTING"])
def test_ada_the_language_stays(vocab: Vocabulary, line: str) -> None:
    assert "Ada" in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Experience in securities litigation", "security"),
        ("Securities and Exchange Commission filings", "security"),
        ("Series 7 and 63 securities licenses", "security guard license"),
        ("Knowledge of securities regulations", "security regulations"),
    ],
)
def test_securities_are_no_security(vocab: Vocabulary, line: str, name: str) -> None:
    assert name not in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Experience with information security and SOC 2", "security"),
        ("Valid security guard license required", "security guard license"),
    ],
)
def test_security_stays(vocab: Vocabulary, line: str, name: str) -> None:
    assert name in names(line, vocab)


# -- everyday words of another trade: a sports coach, a bar's dispensing, a port's coordination ------------
@pytest.mark.parametrize(
    "line",
    [
        "Coach the under-12 team at weekend fixtures",
        "Coach the U14 squad on Saturdays",
        "Deliver coaching sessions to players aged 8 to 16",
        "Assistant Basketball Coach for the varsity program",
    ],
)
def test_a_sports_coach_is_no_mentoring(vocab: Vocabulary, line: str) -> None:
    assert "mentoring" not in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["Coach junior developers", "Recruit, train and coach new staff", "Coach the team through the busy season"]
)
def test_coaching_people_at_work_stays_mentoring(vocab: Vocabulary, line: str) -> None:
    assert "mentoring" in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["Serving, dispensing, cleaning and restocking", "Dispensing draught beer and mixing cocktails"]
)
def test_a_bars_dispensing_is_no_pharmacy(vocab: Vocabulary, line: str) -> None:
    assert "pharmacy practice" not in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["Dispensing medications to patients", "Dispensing, compounding and patient counselling"]
)
def test_a_pharmacys_dispensing_stays(vocab: Vocabulary, line: str) -> None:
    assert "pharmacy practice" in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["Coordinate loading of shipping containers", "Coordinating freight pickups with carriers"]
)
def test_coordinating_shipping_is_no_soft_skill(vocab: Vocabulary, line: str) -> None:
    assert "coordination" not in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["Coordinate schedules with the team", "Coordinate the loading of patient data into the platform"]
)
def test_coordination_elsewhere_stays(vocab: Vocabulary, line: str) -> None:
    assert "coordination" in names(line, vocab)


# -- hiring: the verb in a row of the hiring cycle ------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Recruit, train and coach new staff",
        "Recruit and hire store associates",
        "Recruiting, training and scheduling staff",
        "Partner with managers to recruit, develop and retain talent",
    ],
)
def test_recruiting_in_the_hiring_cycle(vocab: Vocabulary, line: str) -> None:
    assert "talent acquisition" in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "We are looking to recruit an HR Generalist",
        "Train and mentor new recruits",
        "Recruit volunteers for the spring fundraiser",
        "We aim to attract, recruit, retain and develop talent from the widest possible pool",
    ],
)
def test_the_employers_recruiting_is_no_skill(vocab: Vocabulary, line: str) -> None:
    assert "talent acquisition" not in names(line, vocab)


# -- the vocabulary: longer names, stop phrases, names of their own -------------------------------------
@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        ("Experience with Azure Data Studio and SQL Server", "Azure Data Studio", "Looker Studio"),
        ("Keep operatories stocked with medical surgical supplies", None, "medical-surgical nursing"),
        ("Sales of medical/surgical supplies to hospitals", None, "medical-surgical nursing"),
        ("Assist on construction projects in the facility", None, "construction management"),
        ("Provide executive support to the CEO", "executive support", None),
        ("Experience with Causeway Flow or MicroDrainage", "Causeway Flow", None),
        ("Manage BOMs and engineering change orders in our PDM", "engineering change management",
         "change order management"),
        ("Follow safety procedures, including lockout/tagout", "lockout/tagout", None),
        ("Familiarity with a WMS such as Manhattan or SAP EWM", "SAP EWM", None),
        ("Experience with an HRIS such as UKG, Workday or ADP", "UKG", None),
        ("CSWP certification", "CSWP", None),
        ("Experience with CEREC or iTero scanners", "iTero", None),
        ("Knowledge of dental terminology and four-handed dentistry", "dental assisting", None),
        ("Create 2D drawings per ASME Y14.5", "GD&T", None),
        ("Support the annual performance review cycle", None, "performance optimization"),
    ],
)
def test_vocabulary_of_the_s11a_postings(
    vocab: Vocabulary, line: str, found: str | None, not_found: str | None
) -> None:
    got = names(line, vocab)
    if found is not None:
        assert found in got
    if not_found is not None:
        assert not_found not in got


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Experience with Google Data Studio dashboards", "Looker Studio"),
        ("2 years of Med/Surg nursing experience", "medical-surgical nursing"),
        ("7+ years managing commercial construction projects", "construction management"),
        ("Review change orders with the general contractor", "change order management"),
        ("MicroDrainage or InfoDrainage", "MicroDrainage"),
    ],
)
def test_near_misses_of_the_vocabulary_stay(vocab: Vocabulary, line: str, name: str) -> None:
    assert name in names(line, vocab)


def test_causeway_flow_is_no_microdrainage(vocab: Vocabulary) -> None:
    # a rival product: a resume with Causeway Flow shows drainage design, not MicroDrainage itself
    mentions = extract_skills("Drainage design in Causeway Flow", vocab)
    assert "MicroDrainage" not in {m.skill.name for m in mentions}
    assert "drainage design" in vocab.implied("Causeway Flow")


# -- the six postings, read end to end -------------------------------------------------------------------
def _posting(vocab: Vocabulary, name: str) -> Posting:
    path = POSTINGS / f"{name}.txt"
    return parse_posting(Document(str(path), normalize_text(path.read_text(encoding="utf-8")), "text"), vocab)


def _all_names(posting: Posting) -> set[str]:
    return {name for r in posting.requirements for name in r.any_of}


def _asked(posting: Posting) -> set[str]:
    return {name for r in posting.requirements if r.tier in (Tier.REQUIRED, Tier.PREFERRED) for name in r.any_of}


@pytest.mark.parametrize(
    ("name", "asked", "found", "false"),
    [
        (
            "warehouse_associate",
            {"forklift operation", "SAP EWM", "warehouse management", "OSHA 10", "RF scanner"},
            {"lockout/tagout", "pallet jack"},
            {"construction management", "coordination", "containerization", "Docker"},
        ),
        (
            "retail_store_manager",
            {"retail management", "point of sale", "inventory management", "Microsoft Excel"},
            {"talent acquisition", "merchandising", "loss prevention", "cash handling"},
            {"performance optimization"},
        ),
        (
            "hr_generalist",
            {"employment law", "HRIS", "UKG", "Workday", "SHRM-CP", "PHR"},
            {"talent acquisition", "executive support", "employee relations", "compensation and benefits"},
            {"Ada", "performance optimization"},
        ),
        (
            "mechanical_design_engineer",
            {"SolidWorks", "GD&T", "PDM", "CSWP", "Six Sigma", "PE license"},
            {"engineering change management", "FEA", "DFM", "tolerance analysis"},
            {"change order management"},
        ),
        (
            "paralegal",
            {"paralegal certificate", "litigation", "Relativity", "e-filing", "civil procedure"},
            {"legal research", "legal drafting"},
            {"applied behavior analysis", "security"},
        ),
        (
            "dental_assistant",
            {"dental assisting", "radiography", "BLS", "Dentrix", "Eaglesoft", "CEREC", "iTero", "coronal polishing"},
            {"intraoral scanning", "infection control"},
            {"medical-surgical nursing"},
        ),
    ],
)
def test_postings_s11a(vocab: Vocabulary, name: str, asked: set[str], found: set[str], false: set[str]) -> None:
    posting = _posting(vocab, name)
    assert asked <= _asked(posting), asked - _asked(posting)
    assert found <= _all_names(posting), found - _all_names(posting)
    assert not false & _all_names(posting), false & _all_names(posting)
