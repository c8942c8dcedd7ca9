"""Whole pairs (s14c): finance and business roles read end to end against a posting of the kind they would apply
to (tests/data/pairs_s14c/). What the reading found: an actuary's ASA, FSA, AXIS, reserving, experience studies,
cash flow testing and GLMs were unknown, "SOA: P, FM" was a service-oriented architecture and "AXIS or Prophet"
Meta's forecasting library; a mortgage loan officer's Encompass, FHA/VA/USDA/conventional loans, DU/LP and TRID
were unknown and "review income docs (W-2s, tax returns)" was tax preparation; an internal auditor's CIA, CISA,
COSO, ITGCs, risk and control matrices, AuditBoard, TeamMate and ACL were unknown; a payroll specialist's "CPP"
was C++ and garnishments, multi-state payroll and 941s unknown; a tax preparer's EA, PTIN, AFSP, Form 1040, 1120S,
Drake, Lacerte and UltraTax were unknown, "Schedules A, C, D and E" named C and the IRS's "audits" were an
auditor's; an FP&A analyst's 13-week cash forecast, annual operating plan and board deck were unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_domains_s10 import names, requirements_of, scored_pair, skill_names

PAIRS = Path(__file__).parent / "data" / "pairs_s14c"


def _pair(posting: str, resume: str, vocab):
    return scored_pair(PAIRS, posting, resume, vocab)


def test_fpa_analyst_pair(vocab) -> None:
    posting, profile, matches = _pair("fpa_posting.txt", "fpa_resume.txt", vocab)
    assert matches["Adaptive Insights / Anaplan / Oracle Hyperion"].matched
    assert matches["NetSuite / ERP"].matched and matches["financial modeling"].matched
    found = skill_names(profile)
    assert {"cash forecasting", "annual operating plan", "management reporting"} <= found


def test_actuary_pair(vocab) -> None:
    posting, profile, matches = _pair("act_posting.txt", "act_resume.txt", vocab)
    asa = matches["Associate of the Society of Actuaries"]
    assert asa.requirement.tier == "required" and asa.matched
    assert matches["Fellow of the Society of Actuaries"].requirement.tier == "preferred"
    assert not matches["Fellow of the Society of Actuaries"].matched  # "FSA track": exams, no fellowship yet
    assert matches["actuarial modeling software / Moody's AXIS / FIS Prophet"].matched
    assert matches["predictive modeling / generalized linear models"].matched  # "fit GLMs in R"
    found = skill_names(profile)
    assert {"actuarial reserving", "actuarial experience studies", "asset adequacy testing", "actuarial exams"} <= found
    assert {"Moody's AXIS", "FIS Prophet", "ratemaking"} <= found
    # "SOA: P, FM, IFM", "AXIS, Prophet, R": no service-oriented architecture, no Meta's Prophet
    assert not found & {"service-oriented architecture", "Prophet", "Fellow of the Society of Actuaries"}
    # the benefits' "FSA and HSA options" ask no fellowship
    assert not [r for r in posting.requirements if "HSA" in r.text]


def test_mortgage_loan_officer_pair(vocab) -> None:
    posting, profile, matches = _pair("mlo_posting.txt", "mlo_resume.txt", vocab)
    assert {("FHA loans",), ("VA loans",), ("conventional loans",)} <= requirements_of(posting, "required")
    for name in ("FHA loans", "VA loans", "conventional loans", "mortgage origination", "NMLS license"):
        assert matches[name].matched, name
    assert matches["automated underwriting systems"].matched  # "AUS findings through DU and LP"
    assert matches["Encompass / loan origination systems"].matched
    found = skill_names(profile)
    assert {"lending compliance", "USDA loans", "Optimal Blue"} <= found
    # "review income docs (W-2s, tax returns, P&Ls)": a lender reads returns, prepares none
    assert "tax preparation" not in found


def test_internal_auditor_pair(vocab) -> None:
    posting, profile, matches = _pair("ia_posting.txt", "ia_resume.txt", vocab)
    assert matches["CPA / Certified Internal Auditor / CISA"].matched
    assert matches["COSO framework"].matched and matches["AuditBoard / TeamMate"].matched
    assert matches["ACL Analytics / Alteryx / Power BI"].matched
    found = skill_names(profile)
    assert {"Certified Internal Auditor", "CISA", "IT general controls", "risk and control matrix", "Workiva"} <= found


def test_payroll_specialist_pair(vocab) -> None:
    posting, profile, matches = _pair("pay_posting.txt", "pay_resume.txt", vocab)
    certificate = matches["payroll certification"]  # "FPC or CPP certification"
    assert certificate.requirement.tier == "preferred" and certificate.matched
    found = skill_names(profile)
    assert {"wage garnishments", "multi-state payroll", "payroll tax", "ADP Vantage"} <= found
    # "LaToya Simmons, CPP", "Certified Payroll Professional (CPP)": no C++ in a payroll posting or resume
    assert "C++" not in found
    assert not [r for r in posting.requirements if "C++" in r.any_of]


def test_tax_preparer_pair(vocab) -> None:
    posting, profile, matches = _pair("tax_posting.txt", "tax_resume.txt", vocab)
    assert matches["PTIN"].requirement.tier == "required" and matches["PTIN"].matched
    assert matches["Enrolled Agent / CPA"].matched
    assert matches["Drake Tax / Lacerte / UltraTax CS / ProSeries"].matched
    assert matches["individual tax preparation"].matched  # "individual return preparation": "Form 1040"
    found = skill_names(profile)
    assert {"business tax returns", "IRS representation", "Annual Filing Season Program"} <= found
    # "Schedules A, C, D and E" name no C; the IRS's audits of a client are no auditor's work
    assert not found & {"C", "auditing"}


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        # actuaries
        ("ASA designation required; progress toward FSA strongly preferred",
         {"Associate of the Society of Actuaries", "Fellow of the Society of Actuaries"}, set()),
        ("SOA exams passed: P, FM, IFM, STAM", {"actuarial exams"}, {"service-oriented architecture"}),
        ("Maintain Prophet models for fixed indexed annuities", {"FIS Prophet"}, {"Prophet"}),
        ("Perform quarterly reserve calculations and IBNR analysis", {"actuarial reserving"}, set()),
        ("Fit GLMs in R for claim frequency", {"generalized linear models", "R"}, set()),
        ("Support asset adequacy testing and cash flow testing", {"asset adequacy testing"}, {"testing"}),
        # mortgage
        ("Originate conventional, FHA, VA and USDA loans", {"conventional loans", "FHA loans", "VA loans"}, set()),
        ("Manage pipeline in Encompass; run AUS findings through DU and LP",
         {"Encompass", "automated underwriting systems"}, set()),
        ("Ensure every file complies with TRID, RESPA and HMDA", {"lending compliance"}, set()),
        # auditors
        ("Rachel Kim, CIA, CISA", {"Certified Internal Auditor", "CISA"}, set()),
        ("Understanding of SOX, COSO framework and ITGCs", {"COSO framework", "IT general controls"}, set()),
        ("Data analytics skills (ACL, IDEA, Alteryx or Power BI)", {"ACL Analytics"}, set()),
        # payroll
        ("Administer wage garnishments and multi-state payroll in ADP Workforce Now",
         {"wage garnishments", "multi-state payroll"}, set()),
        ("FPC or CPP certification", {"payroll certification"}, {"C++"}),
        # tax preparers
        ("Enrolled Agent (EA) with active PTIN", {"Enrolled Agent", "PTIN"}, set()),
        ("Experience with Drake, Lacerte, UltraTax or ProSeries", {"Drake Tax", "Lacerte", "UltraTax CS", "ProSeries"},
         set()),
        ("Prepare Form 1040 with Schedules A, C, D and E", {"individual tax preparation"}, {"C"}),
        # FP&A and underwriting
        ("Built the 13-week cash forecast and annual operating plan", {"cash forecasting", "annual operating plan"},
         set()),
        ("CPCU designation preferred; commercial lines underwriting; review loss runs",
         {"CPCU", "commercial lines insurance", "loss run analysis"}, set()),
    ],
)
def test_finance_lines(line: str, found: set[str], not_found: set[str], vocab) -> None:
    got = names(line, vocab, resume=True)
    assert found <= got
    assert not got & not_found


@pytest.mark.parametrize(
    ("line", "not_found"),
    [
        # FSA a flexible spending account, ASA the anesthesiologists' status, EA a game maker or an assistant, PM
        # the afternoon, CIA the agency or triad, CISA the agency, ACL a network's or a knee's, ADP a molecule,
        # SOX the baseball team, VA Virginia, AXIS a chart's or a camera maker's, GLM a graphics library
        ("Benefits: medical, dental, vision, FSA and HSA, 401(k)", {"Fellow of the Society of Actuaries"}),
        ("ASA physical status classification for anesthesia patients", {"Associate of the Society of Actuaries"}),
        ("Shipped 3 titles with EA Sports on FIFA and Madden", {"Enrolled Agent"}),
        ("Executive Assistant (EA) to the CEO; managed calendars and travel", {"Enrolled Agent"}),
        ("Meeting at 3 PM with the product team", {"product management", "project management"}),
        ("The CIA triad: confidentiality, integrity and availability", {"Certified Internal Auditor"}),
        ("Former CIA analyst with security clearance", {"Certified Internal Auditor"}),
        ("Track CISA KEV advisories and patch critical vulnerabilities", {"CISA"}),
        ("Configured ACLs on Cisco switches and firewalls", {"ACL Analytics"}),
        ("Rehab after ACL reconstruction and meniscus repair", {"ACL Analytics"}),
        ("Measured the ATP/ADP ratio in the assay", {"payroll"}),
        ("Red Sox season ticket holder; SOX fan club", {"auditing"}),
        ("Offices in Richmond, VA and Arlington, VA", {"VA loans"}),
        ("Plotted revenue on the y AXIS against time", {"Moody's AXIS"}),
        ("Axis network cameras and Milestone VMS", {"Moody's AXIS"}),
        ("Built the render loop with GLM, GLFW and OpenGL", {"generalized linear models"}),
        ("Used Prophet, ARIMA and XGBoost to forecast demand", {"FIS Prophet"}),
        ("SOA and microservices with REST APIs", {"actuarial exams"}),
        # a lender's or a landlord's words, an ordinary "conventional", a verb "Encompass"
        ("Reviewed borrower income docs: W-2s, tax returns, bank statements", {"tax preparation"}),
        ("FHA and reasonable accommodation requests from tenants", {"FHA loans"}),
        ("Conventional wisdom says otherwise; we challenged conventional approaches", {"conventional loans"}),
        ("Conventional and nuclear power plants", {"conventional loans"}),
        ("Encompass all aspects of the customer journey", {"Encompass"}),
        # a person's name, a number of hours, a rapper and a university, a C++ payroll engine
        ("LaToya Simmons, CPP", {"C++"}),
        ("Worked 1040 hours last year on the project", {"individual tax preparation"}),
        ("Listened to Drake and Kendrick on the drive", {"Drake Tax"}),
        ("Drake University, Des Moines, IA", {"Drake Tax"}),
        ("Reserving conference rooms and booking travel for executives", {"actuarial reserving"}),
        ("User experience studies with 12 participants in Figma", {"actuarial experience studies"}),
        ("Commercial lines of credit and SBA loans for small businesses", {"commercial lines insurance"}),
        ("Experience with FPC and PCB assembly for wearables", {"payroll certification"}),
    ],
)
def test_finance_near_misses(line: str, not_found: set[str], vocab) -> None:
    assert not names(line, vocab, resume=True) & not_found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # the other sense stays where its own words are
        ("Programmed in CPP and Java on embedded Linux", {"C++"}),
        ("Developed payroll engine in C++", {"C++"}),
        ("Languages: C, C++, Python", {"C"}),
        ("Execute SOX 404 testing of key controls", {"auditing"}),
        ("Forecasted weekly sales with Prophet in Python", {"Prophet"}),
        ("Prepared 300+ individual tax returns each season", {"individual tax preparation"}),
    ],
)
def test_finance_other_senses_kept(line: str, found: set[str], vocab) -> None:
    assert found <= names(line, vocab, resume=True)
