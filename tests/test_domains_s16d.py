"""Whole pairs (s16d): seven more roles read end to end against a posting of the kind they would apply to
(tests/data/pairs_s16d/). What the reading found: a K-12 teacher's PowerSchool, Praxis, reading endorsement and
inclusion classroom were unknown; an aircraft mechanic's A&P certificate, Inspection Authorization, Part 121/145,
AMM, NDT and borescope were unknown, "IPC" (the parts catalog) was inter-process communication and "Inspection
Authorization" a software's authorization; an attorney's bar admission and legal writing were unknown, "summary
judgment" was decision making and "Cook County" food preparation; a counselor's LPC and LMFT licences and EMDR were
unknown, "C-SSRS" was SSRS and the C language; a dietitian's medical nutrition therapy, nutrition support, CDCES, CNSC
and CBORD were unknown, her TPN a pharmacy's compounding and her "supervised practice hours" supervision; an
industrial mechanic's industrial maintenance, millwright, SAP PM, three-phase power and vibration analysis were
unknown; a logistics coordinator's LTL/FTL, bills of lading, HTS classification, ABI, McLeod TMS and customs broker
licence were unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_domains_s10 import names, scored_pair, skill_names

PAIRS = Path(__file__).parent / "data" / "pairs_s16d"


def _pair(posting: str, resume: str, vocab):
    return scored_pair(PAIRS, posting, resume, vocab)


def test_teacher_pair(vocab) -> None:
    posting, profile, matches = _pair("teach_posting.txt", "teach_resume.txt", vocab)
    assert matches["PowerSchool"].requirement.tier == "required" and matches["PowerSchool"].matched
    assert matches["reading endorsement / ESL"].matched  # "Reading Endorsement K-12"
    assert matches["inclusion classroom"].requirement.tier == "preferred" and matches["inclusion classroom"].matched
    found = skill_names(profile)
    assert {"Praxis", "PowerSchool", "inclusion classroom", "teaching certification"} <= found
    # "canvas tote bag and art supplies" asks no LMS
    assert not [r for r in posting.requirements if "tote" in r.text]


def test_aircraft_mechanic_pair(vocab) -> None:
    posting, profile, matches = _pair("amt_posting.txt", "amt_resume.txt", vocab)
    certificate = matches["Airframe and Powerplant certificate"]
    assert certificate.requirement.tier == "required" and certificate.matched
    assert matches["aircraft maintenance"].requirement.min_years == 3 and matches["aircraft maintenance"].matched
    assert matches["Inspection Authorization"].requirement.tier == "preferred"
    assert matches["nondestructive testing"].matched  # "NDT Level II (ET, PT, MT)", "Eddy current"
    asked = {name for r in posting.requirements for name in r.any_of}
    # "AMM, IPC and wiring diagrams": the parts catalog, no inter-process communication; IA no access control
    assert "inter-process communication" not in asked and "authorization" not in asked
    found = skill_names(profile)
    assert {"borescope inspection", "FAA regulations", "aircraft maintenance manuals"} <= found
    assert "airworthiness directives" in found
    # "A-checks and C-checks" are no C
    assert "C" not in found and "authorization" not in found


def test_attorney_pair(vocab) -> None:
    posting, profile, matches = _pair("law_posting.txt", "law_resume.txt", vocab)
    assert matches["bar admission"].requirement.tier == "required"  # "Admitted to the Illinois Bar"
    assert matches["legal writing"].matched  # "Legal research and writing using Westlaw"
    assert matches["judicial clerkship"].requirement.tier == "preferred"
    # "raise the bar", "a salad bar" ask nothing
    assert not [r for r in posting.requirements if "salad" in r.text or "raise" in r.text]
    found = skill_names(profile)
    # "summary judgment briefs" is a motion, no decision making
    assert "decision making" not in found
    assert {"legal writing", "legal research", "e-discovery"} <= found


def test_counselor_pair(vocab) -> None:
    posting, profile, matches = _pair("mh_posting.txt", "mh_resume.txt", vocab)
    licence = matches["Licensed Professional Counselor / LCSW / Licensed Marriage and Family Therapist"]
    assert licence.requirement.tier == "required" and licence.matched
    assert matches["EMDR"].requirement.tier == "preferred" and matches["EMDR"].matched
    found = skill_names(profile)
    assert {"Licensed Professional Counselor", "EMDR", "suicide risk assessment"} <= found
    assert "National Certified Counselor" in found
    # "C-SSRS screenings": the Columbia scale, no SQL Server reports and no C
    assert "SQL Server Reporting Services" not in found and "C" not in found


def test_dietitian_pair(vocab) -> None:
    posting, profile, matches = _pair("rd_posting.txt", "rd_resume.txt", vocab)
    assert matches["CDCES / Certified Nutrition Support Clinician"].matched
    assert matches["CBORD"].requirement.tier == "preferred" and matches["CBORD"].matched
    assert {"nutrition support", "medical nutrition therapy"} <= {n for r in posting.requirements for n in r.any_of}
    found = skill_names(profile)
    assert {"medical nutrition therapy", "nutrition support", "CDCES", "diabetes education", "CBORD"} <= found
    # "parenteral nutrition (TPN) regimens" is no compounding; "supervised practice hours" no supervising
    assert "sterile IV preparation" not in found and "supervision" not in found


def test_industrial_maintenance_pair(vocab) -> None:
    posting, profile, matches = _pair("imt_posting.txt", "imt_resume.txt", vocab)
    assert matches["industrial maintenance"].requirement.min_years == 3 and matches["industrial maintenance"].matched
    assert matches["three-phase power"].matched  # "480V 3-phase electrical"
    assert matches["millwright / welding"].matched and matches["SAP PM / CMMS"].matched
    found = skill_names(profile)
    assert {"millwright", "SAP PM", "eMaint", "vibration analysis", "shaft alignment", "CMMS"} <= found
    assert "supervision" not in found  # "modify ladder logic under supervision"


def test_logistics_customs_pair(vocab) -> None:
    posting, profile, matches = _pair("cust_posting.txt", "cust_resume.txt", vocab)
    assert matches["TMS"].matched  # "McLeod TMS"
    assert matches["tariff classification"].requirement.tier == "required" and matches["tariff classification"].matched
    assert matches["customs broker license"].matched and matches["ABI filing"].matched
    assert matches["Certified Customs Specialist"].matched
    found = skill_names(profile)
    assert {"LTL shipping", "FTL shipping", "bills of lading", "McLeod Software", "freight brokerage"} <= found


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        # letters of another trade keep their own sense
        ("A&P budget for the brand; trade marketing", set(), {"Airframe and Powerplant certificate"}),
        ("Provided liquidity to AMM pools on Uniswap", set(), {"aircraft maintenance manuals"}),
        ("Implemented a supplier portal with SAP SRM", {"SAP"}, {"aircraft maintenance manuals"}),
        ("Knowledge of IPC/UPC plumbing code", {"plumbing codes"}, {"inter-process communication"}),
        ("Firmware engineer: LPC1768 and LPC bus, linear predictive coding (LPC)", set(),
         {"Licensed Professional Counselor"}),
        ("MNT ticker on NASDAQ", set(), {"medical nutrition therapy"}),
        ("FTL load balancing across NAND blocks; wear leveling", set(), {"FTL shipping"}),
        ("LTL model checking with SPIN and NuSMV", set(), {"LTL shipping"}),
        ("Ran HTS assays for compound screening", set(), {"tariff classification"}),
        ("We raise the bar; a salad bar and coffee bar on the 12th floor", set(), {"bar admission"}),
        ("A three-phase rollout of the new CRM", {"CRM"}, {"three-phase power"}),
        ("Sarah McLeod, Director of Operations", set(), {"McLeod Software", "TMS"}),
        # a pharmacy's TPN stays compounding; an attorney's judgment and a cook stay
        ("Compound sterile IV admixtures and TPNs in a USP 797 cleanroom", {"sterile IV preparation"},
         {"nutrition support"}),
        ("Sound judgment and decision making", {"decision making"}, set()),
        ("Argued summary judgment motions in Cook County Circuit Court", set(),
         {"decision making", "food preparation"}),
        ("Line cook; cook and prep food for 200 covers", {"food preparation"}, set()),
        # supervising others stays supervision
        ("Supervised a team of 6 technicians", {"supervision"}, set()),
        ("Provided clinical supervision to 4 LPCCs", {"supervision"}, set()),
        # the trade's own lines
        ("Current Colorado license as an LPC, LCSW or LMFT", {"Licensed Professional Counselor",
         "Licensed Marriage and Family Therapist"}, set()),
        ("Admitted to the New York Bar; member in good standing", {"bar admission"}, set()),
        ("Ability to read and interpret AMM, IPC and wiring diagrams", {"aircraft maintenance manuals"},
         {"inter-process communication"}),
        ("Implemented IPC over Unix sockets between services", {"Unix"}, {"aircraft maintenance manuals"}),
    ],
)
def test_trade_lines_and_their_near_misses(line, found, not_found, vocab) -> None:
    got = names(line, vocab, resume=True)
    assert found <= got, got
    assert not (not_found & got), got
