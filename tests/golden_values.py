"""Fixed result values for the golden report files (tests/golden/): two versions of a resume and
three postings, with every kind of match (exact, alias, fuzzy, implied, missing, soft), ATS-exact
and not, every knock-out status, an untitled posting without requirements, user text with
Markdown and HTML syntax in it, and a file that could not be read. Scored by the real scoring
code; independent of the vocabulary and the posting parser."""

from __future__ import annotations

from jobmatch.models import (
    Evidence,
    InputError,
    MatchResult,
    Method,
    Posting,
    Requirement,
    RequirementMatch,
    ResumeProfile,
    Tier,
)
from jobmatch.report import DiffReport, Report, build_diff, build_report
from jobmatch.scoring import score_match

R, P = Tier.REQUIRED, Tier.PREFERRED
RESUME_LINES = (
    "Dana Example",
    "Backend engineer, 4 years",
    "Skills: Python, Postgres, Kafak, SQL, GitHub Actions",
    "- Built ETL jobs in Python and SQL for a <small> team",
    "- Ran services on Kubernetes (EKS)",
)

# (tier, any_of, soft, posting text, posting words); then per resume version: how it is met
SENIOR = [
    (R, ("Python", "Go"), False, "5+ years of Python or Go", ("Python", "Go")),
    (R, ("PostgreSQL",), False, "PostgreSQL in production", ("PostgreSQL",)),
    (R, ("Kubernetes",), False, "Kubernetes", ("Kubernetes",)),
    (R, ("CI/CD",), False, "CI/CD pipelines", ("CI/CD",)),
    (R, ("communication",), True, "Clear written communication", ("communication",)),
    (P, ("Kafka",), False, "Kafka or similar", ("Kafka",)),
    (P, ("Terraform",), False, "Terraform | *IaC*", ("Terraform",)),
    (P, ("REST API",), False, "REST API design", ("REST API",)),
]
DATA = [
    (R, ("SQL",), False, "Strong SQL", ("SQL",)),
    (R, ("Kubernetes",), False, "Kubernetes", ("Kubernetes",)),
    (R, ("Apache Airflow",), False, "Airflow", ("Airflow",)),
]

# alternative met -> (method, via, surface, resume line, ATS-exact term or None)
V1 = {
    "Python": (Method.EXACT, "Python", "Python", 3, "Python"),
    "PostgreSQL": (Method.ALIAS, "PostgreSQL", "Postgres", 3, None),
    "CI/CD": (Method.IMPLIED, "GitHub Actions", "GitHub Actions", 3, None),
    "Kafka": (Method.FUZZY, "Kafka", "Kafak", 3, None),
    "SQL": (Method.EXACT, "SQL", "SQL", 3, "SQL"),
}
V2 = {
    **{k: v for k, v in V1.items() if k != "CI/CD"},
    "PostgreSQL": (Method.EXACT, "PostgreSQL", "PostgreSQL", 3, "PostgreSQL"),
    "Kubernetes": (Method.EXACT, "Kubernetes", "Kubernetes", 5, "Kubernetes"),
}


def _posting(path: str, title: str | None, spec: list, min_years: int | None, degree: str | None) -> Posting:
    reqs = tuple(Requirement(tier, any_of, soft, text, i + 3) for i, (tier, any_of, soft, text, _w) in enumerate(spec))
    return Posting(path, title, (), reqs, min_years, degree, None, "")


POSTINGS = [
    (_posting("postings/senior_backend.md", "Senior Backend Engineer", SENIOR, 5, "bachelor"), SENIOR, 0.21),
    (_posting("postings/data.txt", "Data Engineer | <ETL> & *Analytics*", DATA, 3, "master"), DATA, 0.12),
    (_posting("postings/untitled.txt", None, [], None, None), [], 0.05),
]


def _matches(posting: Posting, spec: list, version: dict) -> list[RequirementMatch]:
    out = []
    for req, (_t, any_of, _s, _text, wording) in zip(posting.requirements, spec, strict=True):
        met = next((a for a in any_of if a in version), None)
        if met is None:
            out.append(RequirementMatch(req, None, None, wording, None))
            continue
        method, via, surface, line, ats = version[met]
        evidence = Evidence(line, RESUME_LINES[line - 1], method, via, surface)
        out.append(RequirementMatch(req, met, evidence, wording, ats))
    return out


def _results(version: dict, total_years: float | None, degree: str | None) -> list[MatchResult]:
    results = [
        score_match(p, _matches(p, spec, version), cosine, total_years=total_years, degree=degree)
        for p, spec, cosine in POSTINGS
    ]
    return sorted(results, key=lambda r: (-r.score, r.posting.path))


def _profile(path: str) -> ResumeProfile:
    return ResumeProfile(path=path, skills=(), text="\n".join(RESUME_LINES), lines=RESUME_LINES)


ERRORS = [InputError("postings/broken.pdf", "not a PDF file (content looks like HTML)")]


def report(*, explain: bool = False) -> Report:
    return build_report("resume.pdf", _profile("resume.pdf"), _results(V1, 4, "bachelor"), ERRORS, explain=explain)


def diff() -> DiffReport:
    return build_diff("resume.pdf", "resume_v2.pdf", _results(V1, 4, "bachelor"), _results(V2, 4, "bachelor"), ERRORS)
