"""Whole pairs beyond software (s10): a med-surg nurse, a staff accountant, a digital marketer. What
an end-to-end reading of each pair found: phlebotomy is no IV therapy, the unit a nurse cared for
is her practice ("for med-surg patients") and med-surg or intensive care is acute care; an ERP
product is a product of its own (a SAP user meets no NetSuite requirement, but does meet "NetSuite
or a similar ERP"); an auditor's "substantive testing" is auditing, not software testing; a
marketer's sales-qualified leads ("MQL-to-SQL") are no SQL. Lines in the shape of real resumes and
postings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jobmatch import api, loaders
from jobmatch.extract import extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import parse_posting
from jobmatch.text import normalize_text
from jobmatch.vocabulary import Vocabulary


def names(line: str, vocab: Vocabulary, *, resume: bool = False) -> set[str]:
    return {m.skill.name for m in extract_skills(line, vocab, resume=resume)}


def _profile(text: str, vocab: Vocabulary):
    doc = Document(path="cv.txt", text=normalize_text(text), kind="text")
    return profile_resume(doc, vocab, today=date(2026, 11, 1))


def load_pair(folder: Path, resume_file: str, posting_file: str, vocab: Vocabulary):
    """A resume's profile and a posting read from the files of a whole pair (tests/data/pairs_*)."""
    profile = profile_resume(loaders.load_document(str(folder / resume_file)), vocab, today=date(2026, 11, 1))
    return profile, parse_posting(loaders.load_document(str(folder / posting_file)), vocab)


def scored_pair(folder: Path, posting_file: str, resume_file: str, vocab: Vocabulary):
    """A whole pair read and scored: the posting, the resume's profile, and each requirement's match by
    its alternatives joined with " / "."""
    profile, parsed = load_pair(folder, resume_file, posting_file, vocab)
    result = api.score(profile, parsed, vocab)
    return parsed, profile, {" / ".join(m.requirement.any_of): m for m in result.matches}


def skill_names(profile) -> set[str]:
    """The skills a resume's profile shows (named on it, not implied)."""
    return {s.skill.name for s in profile.skills}


def requirements_of(posting, *tiers) -> set[tuple[str, ...]]:
    """The alternatives of a posting's requirements of the given tiers."""
    return {r.any_of for r in posting.requirements if r.tier in tiers}


def _met(resume: str, posting: str, parse, vocab) -> dict[str, bool]:
    result = api.score(_profile(resume, vocab), parse(posting), vocab)
    return {" / ".join(m.requirement.any_of): m.matched for m in result.matches}


# -- nursing ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        ("- Vital signs, phlebotomy, and ADL assistance", {"phlebotomy", "activities of daily living"}, {"IV therapy"}),
        ("Performed venipuncture and specimen labeling", {"phlebotomy"}, {"IV therapy"}),
        ("- Administer IV medications, manage PICC and central lines", {"IV therapy", "central line care"}, set()),
        ("- Care for 4-5 cardiac telemetry patients per shift; interpret rhythms", {"cardiac monitoring"}, set()),
        ("- Chart care plans in Epic; precept new graduate nurses", {"precepting", "Epic"}, set()),
        # the patients a carer looked after are her practice, not a domain the work served
        ("- Vital signs and ADL assistance for med-surg patients", {"medical-surgical nursing"}, set()),
        ("Provided care for pediatric patients in a 20-bed unit", {"pediatrics"}, set()),
    ],
)
def test_a_nurses_resume_lines(line, found, not_found, vocab) -> None:
    got = names(line, vocab, resume=True)
    assert found <= got
    assert not (not_found & got)


def test_a_domain_a_resume_served_is_still_no_skill(vocab) -> None:
    # (the rule the patients are an exception to)
    assert "supply chain management" not in names("- Built forecasting models for supply chain", vocab, resume=True)


def test_a_med_surg_posting_asks_for_its_certification(parse) -> None:
    posting = parse("Med/Surg RN\nPreferred:\n- Med/Surg certification (CMSRN)\n- Experience with telemetry monitoring")
    preferred = {r.any_of[0] for r in posting.requirements if r.tier == "preferred"}
    assert preferred == {"CMSRN", "cardiac monitoring"}


RN_RESUME = """Maria Gonzalez, RN, BSN
Reno, NV

EXPERIENCE
Staff Nurse, Telemetry Unit - Renown Regional Medical Center, Reno, NV     06/2021 - present
- Care for 4-5 cardiac telemetry patients per shift
Patient Care Technician - Saint Mary's Hospital, Reno, NV     2019 - 2021
- Vital signs, phlebotomy, and ADL assistance for med-surg patients

EDUCATION
Bachelor of Science in Nursing, University of Nevada, Reno - 2021
"""

ICU_RESUME = RN_RESUME.replace("Telemetry Unit", "Medical ICU").replace("med-surg ", "")


@pytest.mark.parametrize("resume", [RN_RESUME, ICU_RESUME])
def test_med_surg_or_intensive_care_is_acute_care(resume, parse, vocab) -> None:
    posting = "Registered Nurse\nRequired:\n- 1 year of acute care experience\n- IV therapy\n"
    met = _met(resume, posting, parse, vocab)
    assert met["acute care"]
    assert not met["IV therapy"]  # (phlebotomy is none)


# -- accounting -------------------------------------------------------------------------------------

SAP_RESUME = """Jane Doe

EXPERIENCE
Accountant, Acme Corp, 2019 - 2025
- Posted journal entries and reconciled accounts in SAP S/4HANA
"""


def test_an_erp_product_is_its_own_requirement(parse, vocab) -> None:
    met = _met(SAP_RESUME, "Staff Accountant\nRequirements:\n- Experience with NetSuite\n", parse, vocab)
    assert met == {"NetSuite": False}


def test_a_similar_erp_is_met_by_another_product(parse, vocab) -> None:
    posting = "Staff Accountant\nRequirements:\n- Experience with NetSuite, Sage Intacct or a similar ERP\n"
    met = _met(SAP_RESUME, posting, parse, vocab)
    assert list(met.values()) == [True]
    assert {"NetSuite", "ERP"} <= set(next(iter(met)).split(" / "))


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        ("- Performed substantive testing for manufacturing clients under US GAAP", {"auditing", "GAAP"}, {"testing"}),
        ("- Prepared audit workpapers in CaseWare", {"CaseWare", "auditing"}, set()),
        ("- Migrated the general ledger to Microsoft Dynamics 365 Business Central", {"Microsoft Dynamics 365"}, set()),
        ("- Led the software testing of the billing web app", {"testing"}, {"auditing"}),
    ],
)
def test_an_accountants_resume_lines(line, found, not_found, vocab) -> None:
    got = names(line, vocab, resume=True)
    assert found <= got
    assert not (not_found & got)


# -- marketing --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Rebuilt lifecycle email program in Marketo; lifted MQL-to-SQL conversion 22%",
        "- Grew MQLs and SQLs 40% year over year",
        "- Owned the MQL/SQL handoff with sales",
    ],
)
def test_sales_qualified_leads_are_no_sql(line, vocab) -> None:
    assert "SQL" not in names(line, vocab, resume=True)
    assert "SQL" not in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- SQL for ad-hoc analysis", "SQL"),
        ("- Wrote SQL queries against the MQL table", "SQL"),
        ("- Own SEO strategy, keyword research and on-page optimization", "keyword research"),
        ("- Own SEO strategy, keyword research and on-page optimization", "SEO"),
        ("- 5+ years in growth marketing", "performance marketing"),
        ("- Build email nurture programs in HubSpot", "email marketing"),
        ("- Built weekly funnel dashboards in Data Studio", "Looker Studio"),
    ],
)
def test_a_marketers_lines(line, skill, vocab) -> None:
    assert skill in names(line, vocab)


def test_keyword_research_is_seo_work(parse, vocab) -> None:
    resume = "Jo Lee\n\nEXPERIENCE\nMarketing Coordinator, Lumen, 2019 - 2024\n- Keyword research for 200 web pages"
    assert _met(resume, "Marketer\nRequirements:\n- SEO experience\n", parse, vocab) == {"SEO": True}


# -- names that are a city or another product (found merging s10c) ---------------------------------


@pytest.mark.parametrize(
    ("line", "skill", "found"),
    [
        ("Oakfield Academy, Leeds", "LEED", False),  # the city, not the green building rating
        ("MA Marketing, University of Leeds, 2016", "LEED", False),
        ("LEED AP preferred", "LEED", True),
        ("Knowledge of LEED and BREEAM", "LEED", True),
        ("- Email campaigns (Braze), social media scheduling, customer research.", "brazing", False),
        ("- Email campaigns (Braze), social media scheduling, customer research.", "Braze", True),
        ("Braze copper joints and fittings", "Braze", False),
        ("Brazing and soldering of refrigerant lines", "brazing", True),
    ],
)
def test_a_city_or_another_product_is_not_the_skill(line, skill, found, vocab) -> None:
    assert (skill in names(line, vocab)) is found
    assert (skill in names(line, vocab, resume=True)) is found


# -- the software sense of another trade's words stays where software is near (review of s10) ------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Leads the data pipeline team of 6 engineers", "leadership"),
        ("Leads a team of 4 building our CRM integrations", "leadership"),
        ("Lead a crew of 4 plumbers installing copper pipes and fixtures", "leadership"),
        ("Lead the asbestos removal team on school sites", "leadership"),
        ("Experience running containers in production and shipping features weekly", "containerization"),
        ("Write clear documentation before shipping new features", "technical documentation"),
        ("Accessibility testing of our public site with screen readers", "web accessibility"),
        ("Product tracing with OpenTelemetry and Jaeger", "distributed tracing"),
        ("Multithreading, sockets and power management in embedded C", "socket programming"),
        ("Optimize application performance and staff onboarding flows", "performance optimization"),
        ("Participate in on-call rotation for our patient portal", "incident response"),
        ("Accurate charting of patient care in Epic EHR software", "electronic health records"),
    ],
)
def test_the_software_sense_stays_near_software(line, skill, vocab) -> None:
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Experience with lead paint abatement", "leadership"),
        ("Qualify inbound leads and book demos", "leadership"),
        ("Load and unload shipping containers at the wharf", "containerization"),
        ("Build interactive charts with charting libraries such as D3", "electronic health records"),
    ],
)
def test_the_other_trades_sense_stays_without_software(line, skill, vocab) -> None:
    assert skill not in names(line, vocab)


# -- a title names its trade only as that trade's title; justified text keeps its words (review of s10) -


@pytest.mark.parametrize(
    ("title", "skill"),
    [
        ("Internal Auditor", "auditing"),
        ("Senior Auditor", "auditing"),
        ("Night Auditor", None),  # a hotel's front desk
        ("Quality Auditor", None),
        ("Senior Safety Auditor", None),
        ("Marine Surveyor", None),
        ("Land Surveyor", "surveying"),
        ("Military Recruiter", None),
    ],
)
def test_a_title_names_its_trade(title, skill, vocab) -> None:
    from jobmatch.resume import title_skill

    found = title_skill(title, vocab)
    assert (found and found[0]) == skill


@pytest.mark.parametrize(
    ("line", "normal"),
    [
        # (pdftotext -layout: two to four spaces between the words of one name)
        (
            "Experience with Amazon Web   Services and Machine   Learning",
            "Experience with Amazon Web Services and Machine Learning",
        ),
        ("Apache   Kafka and GitHub    Actions", "Apache Kafka and GitHub Actions"),
        ("Senior Engineer,   Google", "Senior Engineer, Google"),
        (
            "Accenture        Associate Software Engineer        2019 - 2022",
            "Accenture | Associate Software Engineer | 2019 - 2022",
        ),
        ("Cashier, Walgreens, Sale    2016 - 2018", "Cashier, Walgreens, Sale | 2016 - 2018"),
    ],
)
def test_justified_text_keeps_its_words_a_column_is_a_cell(line, normal) -> None:
    assert normalize_text(line) == normal


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Remote | Barista", "Barista"),
        ("Hybrid | Line Cook | Acme Foods", "Line Cook"),
        ("Austin, TX | Line Cook", "Line Cook"),
        ("Sydney NSW | Retail Assistant", "Retail Assistant"),
        ("Senior Accountant | Finance | Sydney NSW", "Senior Accountant"),
    ],
)
def test_a_title_rows_place_cell_is_no_role(first, title, parse) -> None:
    assert parse(f"{first}\n\nRequirements:\n- 2+ years of experience\n").title == title
