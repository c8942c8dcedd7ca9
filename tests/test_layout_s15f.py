"""A two-column plain-text resume (a Word or Google Docs layout saved as text) whose columns are not
headed by a known section word: a name block, "TECH STACK" and "CORE STRENGTHS" on the left beside
"WORK HISTORY". layout.text_columns_read splits it by its layout (many rows with a cell each side of
one gutter, each column breaking its lines where the other does not, one column of prose), and
leaves one-column resumes with cells at the right margin, tables of skills and centred headings as
they are."""

from datetime import date
from pathlib import Path

import pytest

from jobmatch.layout import text_columns_read
from jobmatch.loaders import document_from_bytes
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text

DATA = Path(__file__).parent / "data" / "layout_s15f"
UNHEADED = DATA / "two_column_unheaded.txt"


def _profile(text, vocab):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


def _tabbed(text: str) -> str:
    """The same rows with a tab run for the gutter, as Word saves a two-cell table."""
    return "\n".join(
        (f"{line[:34].rstrip()}\t\t{line[34:]}" if len(line) > 34 else line.rstrip()) for line in text.split("\n")
    )


def test_the_unheaded_columns_are_read_left_then_right():
    lines = text_columns_read(UNHEADED.read_text(encoding="utf-8")).split("\n")
    assert lines[:3] == ["MARCUS OYELARAN", "Backend Engineer", "marcus.oyelaran@example.com"]
    # the sidebar whole, then the work history whole
    assert lines.index("Terraform, AWS") < lines.index("2014") < lines.index("WORK HISTORY")
    at = lines.index("Senior Backend Engineer, Braintree")
    assert lines[at : at + 3] == [
        "Senior Backend Engineer, Braintree",
        "Mar 2020 - Present",
        "- Split the payments monolith into six Go services",
    ]


def test_columns_with_no_known_heading_but_far_down_are_read_column_by_column():
    # the first known heading, "OPEN SOURCE", is the 19th row: the rows above it are the columns' own
    # text, no header to keep row by row ("TECH STACK" was followed by "Senior Backend Engineer, Braintree")
    text = UNHEADED.read_text(encoding="utf-8").replace("WORK HISTORY", "WHERE I HAVE WORKED")
    lines = text_columns_read(text).split("\n")
    assert lines.index("2014") < lines.index("WHERE I HAVE WORKED") < lines.index("Senior Backend Engineer, Braintree")
    assert lines[lines.index("TECH STACK") + 1] == "Python, Go"


@pytest.mark.parametrize("laid", [lambda text: text, _tabbed], ids=["spaces", "tabs"])
def test_the_jobs_are_the_work_historys_not_the_sidebars(laid, vocab):
    text = laid(UNHEADED.read_text(encoding="utf-8"))
    profile = _profile(document_from_bytes("r.txt", text.encode()).text, vocab)
    assert [(job.title, job.employer) for job in profile.jobs] == [
        ("Senior Backend Engineer", "Braintree"),
        ("Backend Engineer", "Groupon"),
        ("Software Engineer", "Enova"),
    ]
    # (read row by row, "Python" was Groupon's employer and the sidebar's stack its skills)
    groupon = profile.jobs[1]
    assert "Kubernetes" not in groupon.skills and "Django" in groupon.skills
    assert "WORK HISTORY" in [section.heading for section in profile.sections]


SKILL_PAIRS = [
    ("Python", "Kubernetes"),
    ("Go", "Terraform"),
    ("Bash", "Ansible"),
    ("PostgreSQL", "Prometheus"),
    ("Redis", "Grafana"),
    ("Kafka", "AWS (EC2, S3, IAM)"),
    ("Linux administration", "GitHub Actions"),
]


def _margin(left: str, right: str) -> str:
    return f"{left:<22}{right}".rstrip()


NEAR_MISSES = {
    # employer and place, title and dates at the right margin, job after job
    "places and dates at the right": (DATA / "one_column_places_and_dates_right.txt").read_text(encoding="utf-8"),
    # a table of skills in two spaced columns, rows whole
    "skills table": (DATA / "one_column_skills_table.txt").read_text(encoding="utf-8"),
    # centred headings above rows of a title and its dates or place
    "centred headings": (DATA / "one_column_centred_headings.txt").read_text(encoding="utf-8"),
    # a skills table whose last cell wraps under its column, and a job under it
    "skills table with a wrapped cell": "\n".join(
        [
            "NOAH BERG",
            "SKILLS",
            *(f"{a:<28}{b}" for a, b in SKILL_PAIRS),
            f"{'Nginx':<28}Continuous delivery with Argo CD",
            f"{'':<28}and GitHub Actions",
            "",
            "EXPERIENCE",
            "Platform Engineer, Zillow",
            "Apr 2021 - Present",
            "- Moved 40 services from EC2 to Kubernetes with Helm",
        ]
    ),
    # a table of skills with a sentence for each
    "skills table of sentences": "\n".join(
        [
            "NOAH BERG",
            "SKILLS",
            *(f"{a:<28}Used daily in production for years" for a, _ in SKILL_PAIRS),
            "",
            "EXPERIENCE",
            "Platform Engineer, Zillow",
            "Apr 2021 - Present",
        ]
    ),
    # section headings in a left margin beside their text: one column's sections
    "headings in a margin": "\n".join(
        [
            "ELENA ROSSI",
            "elena.rossi@example.com | Milan",
            "",
            _margin("PROFESSIONAL", "Data analyst who turns survey and sales data into decisions."),
            _margin("SUMMARY", ""),
            "",
            _margin("EXPERIENCE", "Data Analyst, Acme Corp"),
            _margin("", "Jan 2020 - Present"),
            _margin("", "- Built the sales dashboards in Tableau for twelve regions"),
            _margin("", "- Cleaned and merged survey data in SQL and Python"),
            "",
            _margin("", "Junior Analyst, Globex"),
            _margin("", "Jun 2018 - Dec 2019"),
            _margin("", "- Maintained the Excel pricing models"),
            "",
            _margin("EDUCATION", "B.S. Statistics, Rutgers University, 2018"),
            _margin("SKILLS", "Python, SQL, Tableau, Excel, R"),
            _margin("LANGUAGES", "English, Italian, Spanish"),
            _margin("CERTIFICATIONS", "Tableau Desktop Specialist"),
            _margin("INTERESTS", "Cycling, film photography and chess"),
        ]
    ),
    # dates in a left margin beside each job and course
    "dates in a margin": "\n".join(
        [
            "OMAR FAROUK",
            "Warehouse supervisor | omar.farouk@example.com",
            "",
            _margin("Mar 2021 - Present", "Shift Supervisor, Amazon Fulfillment"),
            _margin("", "- Led 25 associates on the night shift"),
            _margin("", "- Cut mis-picks by 18% with daily cycle counts"),
            _margin("Jun 2018 - Feb 2021", "Inventory Lead, Target DC"),
            _margin("", "- Ran the weekly inventory audits"),
            _margin("Aug 2016 - May 2018", "Forklift Operator, Sysco"),
            _margin("", "- Loaded 40 trailers a shift"),
            _margin("2016", "High School Diploma, Lincoln High"),
            _margin("2017", "OSHA 10 certificate"),
            _margin("2019", "Forklift certification"),
            _margin("2020", "First aid and CPR"),
        ]
    ),
}


@pytest.mark.parametrize("text", NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_one_column_text_is_not_split(text):
    assert text_columns_read(text) == text
    assert document_from_bytes("r.txt", text.encode()).text == normalize_text(text)
