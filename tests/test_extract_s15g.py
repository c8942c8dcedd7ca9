"""Extractor and vocabulary defects found by the s15 streams: a person's name read as BERT, a plural's possessive
apostrophe, Excel with its years, strict names in tier clauses, BCSP's sibling credentials, AIRS, the audit season,
spreadsheet software."""

from datetime import date

import pytest

from jobmatch.extract import extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text


def names(text: str, vocab, *, resume: bool = False) -> set[str]:
    return {m.skill.name for m in extract_skills([normalize_text(text)], vocab, resume=resume)}


@pytest.mark.parametrize(
    "line", ["Robert Chen", "Roberta Smith", "Roberto Alvarez", "Albert Wu", "Bert Jones", "ROBERT CHEN, CPA"]
)
def test_a_persons_name_is_no_bert(line, vocab):
    assert "BERT" not in names(line, vocab)
    assert "BERT" not in names(line, vocab, resume=True)


@pytest.mark.parametrize(
    "line",
    [
        "Built BERT embeddings for semantic search",
        "fine-tuned BERT on 40k support tickets",
        "Fine-tuned RoBERTa for named entity recognition",
        "Experience with BERT, GPT and other LLMs",
    ],
)
def test_bert_the_model(line, vocab):
    assert "BERT" in names(line, vocab)


def test_bert_in_a_resume_header_is_the_name(vocab):
    text = (
        "Roberta Chen\nData Analyst\n\nEXPERIENCE\nAnalyst, Acme Corp, 2020 - Present\n- Built dashboards in Tableau\n"
    )
    profile = profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))
    assert "BERT" not in {s.skill.name for s in profile.skills}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Managed workers' compensation claims for 300 staff", "workers' compensation"),
        ("Handled workers\u2019 comp filings", "workers' compensation"),
        ("Led readers' advisory for the adult collection", "reference services"),
    ],
)
def test_a_plurals_apostrophe_joins_the_name(line, skill, vocab):
    assert skill in names(line, vocab)


def test_an_apostrophe_elsewhere_joins_nothing(vocab):
    assert names("Stocked the teachers' lounge", vocab) == set()
    # a phrase that only folds like an alias ("user experience") is not its name
    assert "UX design" not in names("every line of code translates into thousands of live users' experiences", vocab)


@pytest.mark.parametrize(
    "line", ["- Excel \u2014 8 yrs", "Excel - 3 years", "Built internal Excel reporting for finance", "Excel models"]
)
def test_excel_with_its_years_or_its_work(line, vocab):
    assert "Microsoft Excel" in names(line, vocab, resume=True)


@pytest.mark.parametrize(
    "line", ["Go - 3 years ago we moved offices", "We excel at reporting", "Spark \u2014 8 years of growth"]
)
def test_a_strict_word_before_years_of_something_else(line, vocab):
    assert names(line, vocab, resume=True).isdisjoint({"Go", "Microsoft Excel", "Apache Spark"})


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Python required; Rust preferred.", "Rust"),
        ("Rust preferred, Python required", "Rust"),
        ("CPA required; EA also acceptable", "Enrolled Agent"),
        ("CPA or EA", "Enrolled Agent"),
    ],
)
def test_a_strict_name_in_a_tier_clause_beside_a_skill(line, skill, vocab):
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Python required Rust",
        "Python required; rust removal a plus",
        "Worked at EA on FIFA titles",
        "Supported the CEO and EA with travel scheduling",
    ],
)
def test_no_strict_name_without_the_clause(line, vocab):
    assert names(line, vocab).isdisjoint({"Rust", "Enrolled Agent"})


@pytest.mark.parametrize("line", ["CSP or ASP certification", "OHST or CSP required", "CSP/CHST preferred"])
def test_bcsp_siblings_vouch_for_csp(line, vocab):
    assert "Certified Safety Professional" in names(line, vocab)


@pytest.mark.parametrize("line", ["Classic ASP pages with a CSP header", "ASP or CSP nonce policies for the web app"])
def test_a_web_pages_csp(line, vocab):
    assert "Certified Safety Professional" not in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["AIRS certification preferred", "AIRS Certified Internet Recruiter", "AIRS certified"]
)
def test_airs_is_the_recruiting_certification(line, vocab):
    assert "recruiting certification" in names(line, vocab)


def test_kql_implies_no_sentinel(vocab):
    # Kusto's language also queries Azure Data Explorer, Defender and Log Analytics: no one product
    assert "Microsoft Sentinel" not in names("Wrote KQL queries", vocab, resume=True)


@pytest.mark.parametrize(
    "line",
    [
        "Supported the workers' compensation team during the 2020 audit season",
        "Answered phones during the audit season",
    ],
)
def test_the_audit_season_dates_other_work(line, vocab):
    assert "auditing" not in names(line, vocab, resume=True)


@pytest.mark.parametrize(
    "line",
    [
        "Worked through busy audit season at a Big Four firm",
        "Led fieldwork for 12 clients during audit season",
        "Covered reception during busy audit season",
    ],
)
def test_an_auditors_season(line, vocab):
    assert "auditing" in names(line, vocab, resume=True)


@pytest.mark.parametrize("line", ["computer applications, including spreadsheet software", "spreadsheet programs"])
def test_spreadsheet_software_on_a_resume_is_no_excel(line, vocab):
    assert "Microsoft Excel" not in names(line, vocab, resume=True)


@pytest.mark.parametrize(
    "line", ["Proficient with spreadsheets", "advanced spreadsheet modeling", "strong spreadsheet skills"]
)
def test_spreadsheets_on_a_resume_stay_excel(line, vocab):
    assert "Microsoft Excel" in names(line, vocab, resume=True)


def test_a_posting_asking_spreadsheet_software_is_met_by_excel(vocab):
    assert "Microsoft Excel" in names("Proficiency with spreadsheet software required", vocab)
