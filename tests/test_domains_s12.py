"""Whole pairs (s12): a construction project engineer, a retail pharmacist and a product designer,
each read end to end against a posting of the kind they would apply to (tests/data/pairs_s12/),
and lines of a lab scientist's, a buyer's, a truck driver's and a social worker's. What the
reading found: BIM was an alias of Revit (so "BIM 360" on a resume met a Revit requirement),
Navisworks, takeoffs and clash detection were unknown and a "robotic total station" was robotics;
every audit was the accountant's ("safety audits", "C-II audits" gave auditing, which implies
accounting); a pharmacist's "prior authorizations" were access control and "point-of-care testing"
software testing; the life-science bench (PCR, ELISA, Western blot, cell culture, flow
cytometry) and a buyer's tools (Ariba, Coupa) were missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_domains_s10 import names, scored_pair, skill_names  # (the whole pairs' helpers, shared)

PAIRS = Path(__file__).parent / "data" / "pairs_s12"


def _pair(posting: str, resume: str, vocab):
    return scored_pair(PAIRS, posting, resume, vocab)


def test_project_engineer_pair(vocab) -> None:
    posting, profile, matches = _pair("pe_posting.txt", "pe_resume.txt", vocab)
    assert matches["Procore"].matched and matches["Bluebeam"].matched
    # "Familiarity with Revit and BIM 360": the resume's "Revit (basic)" meets Revit, its "BIM 360" is
    # another product (Autodesk Construction Cloud), not Revit
    revit = matches["Revit"]
    assert revit.matched and "Revit" in revit.evidence.text
    assert matches["Autodesk Construction Cloud"].matched
    found = skill_names(profile)
    assert {"Navisworks", "surveying", "cost estimating", "safety inspections", "ICRA"} <= found
    assert "robotics" not in found  # "a Trimble robotic total station"


def test_pharmacist_pair(vocab) -> None:
    posting, profile, matches = _pair("rx_posting.md", "rx_resume.md", vocab)
    found = skill_names(profile)
    assert {"prior authorization", "point-of-care testing", "controlled substance management", "EnterpriseRx"} <= found
    # a pharmacist's audits and authorizations are no accounting and no access control
    assert not found & {"auditing", "accounting", "authorization", "testing"}
    assert matches["EnterpriseRx / PioneerRx / QS/1"].matched
    assert matches["point-of-care testing"].matched


def test_product_designer_pair(vocab) -> None:
    posting, profile, matches = _pair("ux_posting.txt", "ux_resume.txt", vocab)
    # "5+ years of product design experience on web and mobile apps": what the design is for, no development
    asked = {n for r in posting.requirements for n in r.any_of}
    assert "product design" in asked and not asked & {"web development", "mobile development"}
    assert matches["UX writing"].matched  # "Comfortable writing UX copy" / "Wrote UX copy and microcopy"
    assert {"journey mapping", "design sprints"} <= skill_names(profile)


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        # construction
        ("Coordinate MEP trades with Navisworks clash detection", {"MEP coordination", "Navisworks"}, {"coordination"}),
        ("Experience with BIM and Revit", {"BIM", "Revit"}, set()),
        ("- Updated the drawing log in BIM 360", {"Autodesk Construction Cloud"}, {"Revit"}),
        ("Perform quantity takeoffs with Bluebeam Revu", {"cost estimating", "Bluebeam"}, set()),
        ("- Laid out grid lines with a Trimble robotic total station", {"surveying"}, {"robotics"}),
        ("- Programmed industrial robotic arms (FANUC)", {"robotics"}, {"surveying"}),
        # audits that are not of the books
        ("Conduct weekly safety audits of the warehouse floor", {"safety inspections"}, {"auditing"}),
        ("Perform quality audits of incoming materials", {"quality audits"}, {"auditing"}),
        ("- Managed C-II perpetual inventory and DEA 222 forms", {"controlled substance management"}, {"auditing"}),
        ("Prepare for external audits and SOX testing", {"auditing"}, set()),
        ("- Managed the C-II inventory; zero audit findings", {"controlled substance management"}, {"auditing"}),
        ("- Remediated internal audit findings for the SOX program", {"auditing"}, set()),
        # pharmacy
        ("Resolve insurance rejections and prior authorizations", {"prior authorization"}, {"authorization"}),
        ("Implement role-based access control for the API", {"authorization"}, {"prior authorization"}),
        ("Point-of-care testing (strep, flu) experience", {"point-of-care testing"}, {"testing"}),
        # the lab bench
        ("Perform ELISA, Western blot and qPCR assays", {"ELISA", "Western blot", "PCR"}, set()),
        ("Maintain cell cultures under aseptic technique", {"cell culture", "aseptic technique"}, set()),
        ("Experience with flow cytometry (FACS) and FlowJo", {"flow cytometry", "FlowJo"}, set()),
        ("Purify proteins using AKTA FPLC", {"protein purification"}, set()),
        ("Molecular: Gibson assembly, transfection, SnapGene",{"molecular cloning", "transfection", "SnapGene"}, set()),
        ("Software: FlowJo, GraphPad Prism, ImageJ", {"FlowJo", "GraphPad Prism", "ImageJ"}, set()),
        ("Elisa Martinez, Senior Recruiter", set(), {"ELISA"}),
        ("Knowledge of Design of Experiments (DOE) and JMP", {"experimental design", "SAS JMP"}, set()),
        ("The CPU executes a JMP instruction", set(), {"SAS JMP"}),
        # a buyer, a driver, a social worker, a designer
        ("Experience with SAP Ariba and Coupa", {"SAP Ariba", "Coupa"}, {"SAP"}),
        ("Perform spend analysis and strategic sourcing", {"spend analysis", "strategic sourcing"}, set()),
        ("Class A CDL and 2 years of OTR experience", {"CDL Class A", "OTR driving"}, set()),
        ("Go over the road to visit clients", set(), {"OTR driving"}),
        ("Flatbed load securement (chains, straps, tarps)", {"load securement"}, set()),
        ("Maintain a caseload of 35 families and complete home visits", {"case management", "home visits"}, set()),
        ("Knowledge of child welfare and trauma-informed care", {"child welfare", "trauma-informed care"}, set()),
        ("Built journey maps and service blueprints", {"journey mapping"}, set()),
        ("Comfortable writing UX copy", {"UX writing"}, set()),
        # a designer's apps are what the design is for; a builder's or a software engineer's are developed
        ("- Designed onboarding flows for web and mobile apps", set(), {"web development", "mobile development"}),
        ("Design and build web apps in React", {"web development", "React"}, set()),
        ("UI developer for mobile apps", {"mobile development"}, set()),
        ("Designs scalable web applications in Java", {"web development", "Java"}, set()),
        ("Design patterns for web applications", {"design patterns", "web development"}, set()),
        # a customer success manager, an electrician, an executive assistant
        ("Manage a book of business of 45 enterprise accounts", {"account management"}, set()),
        ("Reduce churn through QBRs and health scores", {"customer retention", "quarterly business reviews"}, set()),
        ("Experience with Gainsight, Totango or ChurnZero", {"Gainsight", "Totango", "ChurnZero"}, set()),
        ("Onboard new customers and run executive business reviews", {"customer onboarding"}, set()),
        ("- Prepared variance commentary for the CFO's business review", set(), {"quarterly business reviews"}),
        ("Read electrical blueprints and one-line diagrams", {"electrical schematics"}, set()),
        ("Troubleshoot motor controls and variable frequency drives", {"variable frequency drives"}, set()),
        ("Install low-voltage cabling and fire alarm systems", {"structured cabling"}, set()),
        ("Use CMMS (Maximo) to log work orders", {"IBM Maximo", "CMMS"}, set()),
        ("Prepare board materials and take meeting minutes", {"minute taking"}, set()),
        ("It only takes minutes to apply", set(), {"minute taking"}),
    ],
)
def test_lines_of_more_trades(line, found, not_found, vocab) -> None:
    got = names(line, vocab, resume=True)
    assert found <= got
    assert not got & not_found


def test_bim_is_implied_by_its_tools_not_the_reverse(vocab) -> None:
    assert "BIM" in vocab.implied("Revit") and "BIM" in vocab.implied("Navisworks")
    assert "Revit" not in vocab.implied("BIM")
    assert "accounting" not in vocab.implied("safety inspections")


def test_a_vendor_repeated_before_its_product_is_dropped_from_the_name(vocab) -> None:
    # O*NET's "GraphPad Software GraphPad Prism": reports show the product's own name
    assert vocab.lookup("GraphPad Prism").name == "GraphPad Prism"
    assert vocab.lookup("GraphPad Software GraphPad Prism").name == "GraphPad Prism"
    assert vocab.lookup("Unreal Engine").name == "Unreal Engine"


@pytest.mark.parametrize(
    ("line", "not_found"),
    [
        # another trade's or ordinary words that the session's aliases had taken (the review's list)
        ("Registered Nurse, Maui Memorial Medical Center, Wailuku, HI", {".NET MAUI"}),
        ("Managed test cases in Jira with Zephyr and TestRail.", {"Zephyr RTOS"}),
        ("Certifications: OTR/L, BLS, CPR", {"OTR driving"}),
        ("Volunteer Firefighter, Springfield VFD, 2015-2019", {"variable frequency drives"}),
        ("Optimized a report query that took minutes down to under a second.", {"minute taking"}),
        ("Develops fine motor control and handwriting skills in kindergarten students.", {"motor controls"}),
        ("Dispatch drivers using dynamic routing software.", {"routing protocols"}),
        ("Built dashboards in Splunk for log analytics and alerting.", {"Azure Monitor"}),
        ("Designed and tracked experiments to optimize conversion on landing pages.", {"experiment tracking"}),
        ("Reduced ADC quantization noise in the sensor front end.", {"LLM inference optimization"}),
        ("Social media content design for Instagram and TikTok campaigns.", {"UX writing"}),
        ("Google Workspace Advanced Administrator", {"Salesforce Certified Advanced Administrator"}),
        ("Coordinated naval surface firepower during exercises.", {"Cisco ASA"}),
        ("Process credit card pre-authorizations at check-in.", {"prior authorization"}),
        ("Analyzed data in Prism and FlowJo.", {"Prism Library", "WPF"}),
        ("Built an internal Data Loader for the warehouse in Python.", {"Salesforce Data Loader"}),
        ("Unity developer for embedded AR headsets and mobile games.", {"Ceedling"}),
        ("Wrote play mode tests with the Unity Test Framework for our mobile game.", {"Ceedling"}),
        ("Maintain lab equipment and record results in the electronic health record.", {"electronic test equipment"}),
        ("Calibrate lab equipment for PCB and heavy metals analysis in soil samples.", {"electronic test equipment"}),
        ("Background check required. Our offices are in Palo Alto, CA.", {"Palo Alto Networks"}),
        ("Join our network of clinics in Palo Alto and San Jose.", {"Palo Alto Networks"}),
        ("Track project risks using RAG ratings and escalate red items.", {"retrieval-augmented generation"}),
    ],
)
def test_other_trades_words_are_not_the_new_skills(line, not_found, vocab) -> None:
    assert not names(line, vocab, resume=True) & not_found
    assert not names(line, vocab) & not_found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Frameworks: MAUI, WPF, Blazor", {".NET MAUI"}),
        ("Experience with an RTOS such as FreeRTOS, Zephyr or ThreadX", {"Zephyr RTOS"}),
        ("Unit tests with Unity and CMock for STM32 firmware", {"Ceedling"}),
        ("Queried Azure Log Analytics with KQL", {"Azure Monitor"}),
        ("Palo Alto or Fortinet firewalls", {"Palo Alto Networks"}),
    ],
)
def test_the_new_skills_in_their_own_trade(line, found, vocab) -> None:
    assert found <= names(line, vocab, resume=True)
