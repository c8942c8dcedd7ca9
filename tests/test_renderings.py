"""The same resume rendered by real renderers reads the same: skills, jobs, years, education.

fixtures/resumes/renderings/ holds strong_backend.txt's content rendered by LibreOffice (from
DOCX, one column and a two-column table with a skills sidebar), pdflatex (justified and
hyphenated), Chromium (a CSS grid with a sidebar), Typst (sidebar on the right, hyphenated) and
enscript (two newspaper columns on a landscape page), plus the DOCX and Markdown sources. They
are made by scripts/render_renderings.py (`make fixtures`); these tests only read them.

Also unit tests of jobmatch.layout on positioned text made up here.
"""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch import layout, loaders
from jobmatch.layout import Line, Row, Segment, TextRun
from jobmatch.loaders import load_document
from jobmatch.match import profile_resume
from jobmatch.vocabulary import Vocabulary
from tests.conftest import RESUMES

RENDERINGS = RESUMES / "renderings"
AS_OF = date(2026, 1, 1)
EXPECTED = {
    "strong_backend.libreoffice.pdf": "pdf",
    "strong_backend_sidebar.libreoffice.pdf": "pdf",
    "strong_backend.latex.pdf": "pdf",
    "strong_backend_two_column.chromium.pdf": "pdf",
    "strong_backend_sidebar.typst.pdf": "pdf",
    "strong_backend.enscript.pdf": "pdf",
    "strong_backend.docx": "docx",
    "strong_backend_sidebar.docx": "docx",
    "strong_backend.md": "markdown",
}
SIDEBARS = ("strong_backend_sidebar.libreoffice.pdf", "strong_backend_two_column.chromium.pdf")


@pytest.fixture(scope="module")
def vocabulary(tmp_path_factory):
    """The shipped vocabulary, less one known false positive: the alias "Service Now" (for
    ServiceNow) matches "every new service now ships", which the .txt happens to break across
    two lines and every rendering joins. A vocabulary matter, not a rendering one."""
    extra = tmp_path_factory.mktemp("vocab") / "stop.toml"
    extra.write_text('stop = ["service now ships"]\n', encoding="utf-8")
    return Vocabulary.load([str(extra)])


@pytest.fixture(scope="module")
def reference(vocabulary):
    return profile_resume(load_document(str(RESUMES / "strong_backend.txt")), vocabulary, today=AS_OF)


def _profile(name: str, vocabulary: Vocabulary):
    return profile_resume(load_document(str(RENDERINGS / name)), vocabulary, today=AS_OF)


def test_the_fixture_set_is_complete():
    present = {p.name for p in RENDERINGS.iterdir()}
    assert set(EXPECTED) <= present
    for source in ("strong_backend.tex", "strong_backend_two_column.html", "strong_backend_sidebar.typ"):
        assert source in present, f"{source}: the sources are committed with their renderings"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_rendering_gives_the_same_skills(name, vocabulary, reference):
    doc = load_document(str(RENDERINGS / name))
    assert doc.kind == EXPECTED[name]
    found = {s.skill.name for s in profile_resume(doc, vocabulary, today=AS_OF).skills}
    expected = {s.skill.name for s in reference.skills}
    assert found == expected, f"missing {sorted(expected - found)}, extra {sorted(found - expected)}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_rendering_gives_the_same_timeline(name, vocabulary, reference):
    profile = _profile(name, vocabulary)
    assert profile.total_months == reference.total_months == 89
    assert [(j.title, j.employer, j.period.start, j.period.end, j.internship) for j in profile.jobs] == [
        (j.title, j.employer, j.period.start, j.period.end, j.internship) for j in reference.jobs
    ]
    for skill in ("Python", "Go", "Kubernetes", "Terraform", "Flask", "Bash"):
        assert profile.years_of(skill) == reference.years_of(skill), skill
    best = profile.highest_education
    assert best is not None and (best.degree, best.field, best.year) == ("bachelor", "Computer Science", 2018)
    assert sorted(s.kind for s in profile.sections) == sorted(s.kind for s in reference.sections)


def _squash(text: str) -> str:
    return "".join(text.split())


def _items(reference) -> tuple[list[str], list[str]]:
    """The .txt's experience bullets (continuation lines joined) and its sidebar items (skills
    values, education, certifications), as a person reads them."""
    bullets: list[str] = []
    sidebar: list[str] = []
    sections = {s.kind: s for s in reference.sections}
    lines = reference.lines
    experience = sections["experience"]
    for n in range(experience.line + 1, experience.end_line + 1):
        line = lines[n - 1]
        if line.startswith("- "):
            bullets.append(line[2:])
        elif line.startswith(" ") and bullets:
            bullets[-1] += " " + line.strip()
    for kind in ("skills", "education", "certifications"):
        section = sections[kind]
        for n in range(section.line + 1, section.end_line + 1):
            text = lines[n - 1].strip()
            if text:
                sidebar.append(text.split(": ", 1)[-1])
    return bullets, sidebar


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_reading_order_is_kept(name, reference):
    """Every bullet reads whole and in order (wrapped lines and hyphenated words rejoined), and
    no sidebar item lands among the experience bullets."""
    text = _squash(load_document(str(RENDERINGS / name)).text)
    bullets, sidebar = _items(reference)
    where = []
    for bullet in bullets:
        at = text.find(_squash(bullet))
        assert at >= 0, f"not found whole: {bullet!r}"
        where.append(at)
    assert where == sorted(where)
    first, last = where[0], where[-1] + len(_squash(bullets[-1]))
    for item in sidebar:
        at = text.find(_squash(item))
        assert at >= 0, f"not found whole: {item!r}"
        assert not first <= at < last, f"{item!r} is read in the middle of the experience"


@pytest.mark.parametrize("name", SIDEBARS)
def test_sidebar_lines_are_not_interleaved(name):
    """The regression that matters: plain extraction of a table or a grid pairs a sidebar line
    with a main-column line. No line may hold both."""
    lines = load_document(str(RENDERINGS / name)).lines
    for line in lines:
        sidebar_words = ("Languages", "Frameworks:", "Data stores", "Observability", "University of Washington")
        main_words = ("ledger", "Django monolith", "Kafka streams", "thumbnail", "shipment")
        assert not (any(w in line for w in sidebar_words) and any(w in line for w in main_words)), line


def test_plain_extraction_would_interleave():
    """Why positions are needed: the Chromium page is built in rows (a sidebar cell beside a
    main cell, as HTML resume templates do), so its text comes in row order and pypdf's plain
    extraction puts sidebar skills between the bullets of the experience."""
    from pypdf import PdfReader

    plain = PdfReader(str(RENDERINGS / "strong_backend_two_column.chromium.pdf")).pages[0].extract_text()
    mentor, observability, designed = (plain.find(s) for s in ("Mentor 3", "Observability", "Designed REST"))
    assert -1 < mentor < observability < designed
    read = load_document(str(RENDERINGS / "strong_backend_two_column.chromium.pdf")).text
    mentor, designed = read.find("Mentor 3"), read.find("Designed REST")
    assert -1 < mentor < designed and "Observability" not in read[mentor:designed]


def test_pdf_evidence_lines_are_the_lines_shown(reference):
    """Evidence line numbers point at lines of the extracted text, one per bullet."""
    vocab = Vocabulary.load()
    doc = load_document(str(RENDERINGS / "strong_backend.latex.pdf"))
    profile = profile_resume(doc, vocab, today=AS_OF)
    kafka = profile.skill("Kafka Streams") or profile.skill("Apache Kafka")
    assert kafka is not None
    line = doc.lines[kafka.mentions[0].line - 1]
    assert line.startswith("- Moved settlement events") and line.endswith("under 10 minutes.")


@pytest.mark.parametrize("name", [n for n, kind in EXPECTED.items() if kind == "pdf"])
def test_fixed_width_fallback_reads_the_same_skills(name, vocabulary, reference, monkeypatch):
    """With another pypdf whose internals differ, the public fixed-width layout text is used."""

    def changed(page):
        raise KeyError("tx")

    monkeypatch.setattr(loaders, "_text_runs", changed)
    found = {s.skill.name for s in _profile(name, vocabulary).skills}
    assert found == {s.skill.name for s in reference.skills}


def test_plain_text_is_used_when_positions_find_less(monkeypatch):
    monkeypatch.setattr(loaders, "_page_rows", lambda page: [])
    doc = load_document(str(RENDERINGS / "strong_backend.latex.pdf"))
    assert "Kafka streams" in doc.text
    assert "reconciliation" in doc.text  # "recon-" / "ciliation" joined by text.py's rule


def test_docx_reads_tables_cell_by_cell():
    doc = load_document(str(RENDERINGS / "strong_backend_sidebar.docx"))
    lines = doc.lines
    assert doc.kind == "docx"
    skills_at = lines.index("Technical Skills")
    summary_at = lines.index("Summary")
    assert skills_at < summary_at  # the sidebar cell is read whole, then the main cell
    assert "- Tech lead for the ledger team (5 engineers); own the system design of a double-entry" in doc.text
    assert "Senior Backend Engineer, Ledgerly Inc. (fintech payments) | Jan 2023 - Present" in lines  # (a tab)


def test_docx_header_text_box_and_line_break(tmp_path):
    """Contact details in the page header, a text box, a line break inside a paragraph."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Roe | jane@example.com"
    para = document.add_paragraph("Skills")
    para.add_run().add_break()
    para.add_run("Python, Go")
    box = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        "<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
        "<w:p><w:r><w:t>Kubernetes in a text box</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )
    para._p.append(box)
    document.add_paragraph("Shipped services", style="List Bullet")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    assert load_document(str(path)).lines == [
        "Jane Roe | jane@example.com",
        "Skills",
        "Python, Go",
        "Kubernetes in a text box",
        "- Shipped services",
    ]


def test_docx_by_content_whatever_its_name(tmp_path):
    path = tmp_path / "resume.txt"
    path.write_bytes((RENDERINGS / "strong_backend.docx").read_bytes())
    assert load_document(str(path)).kind == "docx"


def test_import_cli_does_not_load_docx():
    import subprocess
    import sys

    code = "import sys, jobmatch.cli\nprint(','.join(m for m in ('docx', 'lxml', 'pypdf') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# -- jobmatch.layout on made-up positions -------------------------------------------------------
def _rows(spec: list[list[tuple[float, str]]], width: float = 0.5) -> list[Row]:
    """Rows from (x, text) pairs, one row per list, 1.2 ems apart; a character is ``width`` wide."""
    runs = [TextRun(x, x + len(text) * width, i * 1.2, 1.0, text) for i, row in enumerate(spec) for x, text in row]
    return layout.rows_from_runs(runs)


def _read(rows: list[Row]) -> list[str]:
    return [line for line in layout.page_lines(rows, set()) if line]


def test_sidebar_is_read_as_a_column():
    rows = _rows(
        [
            [(0, "JANE ROE")],
            [(0, "Seattle, WA | jane@example.com | (206) 555-0100 | https://janeroe.example.com/about")],
            [(0, "SKILLS"), (20, "EXPERIENCE")],
            [(0, "Python, Go"), (20, "Senior Engineer, Acme")],
            [(0, "Docker"), (20, "- Built the billing service.")],
            [(0, "Terraform"), (20, "- Ran the on-call rotation.")],
            [(0, "EDUCATION"), (20, "Engineer, Beta")],
            [(0, "B.S. Physics"), (20, "- Wrote the deploy tooling.")],
        ]
    )
    assert _read(rows) == [
        "JANE ROE",
        "Seattle, WA | jane@example.com | (206) 555-0100 | https://janeroe.example.com/about",
        "SKILLS",
        "Python, Go",
        "Docker",
        "Terraform",
        "EDUCATION",
        "B.S. Physics",
        "EXPERIENCE",
        "Senior Engineer, Acme",
        "- Built the billing service.",
        "- Ran the on-call rotation.",
        "Engineer, Beta",
        "- Wrote the deploy tooling.",
    ]


def test_right_aligned_dates_stay_on_their_line():
    rows = _rows(
        [
            [(0, "Senior Engineer, Acme"), (40, "Jan 2020 - Present")],
            [(0, "- Built the billing service with Python and Postgres for the whole company.")],
            [(0, "Engineer, Beta"), (40, "2017 - 2019")],
            [(0, "- Wrote the deploy tooling in Go, shipped ten times a day to three regions.")],
            [(0, "Intern, Gamma"), (40, "Summer 2016")],
            [(0, "- Tested things.")],
        ]
    )
    assert _read(rows)[0] == "Senior Engineer, Acme Jan 2020 - Present"
    assert _read(rows)[2] == "Engineer, Beta 2017 - 2019"


def test_dates_in_a_margin_stay_with_their_jobs():
    """moderncv and friends: dates in a left margin, one beside each job. Not a column."""
    rows = _rows(
        [
            [(0, "2020 - now"), (12, "Senior Engineer, Acme")],
            [(12, "- Built the billing service.")],
            [(12, "- Ran the on-call rotation.")],
            [(0, "2017 - 2019"), (12, "Engineer, Beta")],
            [(12, "- Wrote the deploy tooling.")],
            [(0, "2015 - 2017"), (12, "Intern, Gamma")],
            [(12, "- Tested things.")],
        ]
    )
    lines = _read(rows)
    assert lines[0] == "2020 - now Senior Engineer, Acme"
    assert "2017 - 2019 Engineer, Beta" in lines


def test_wrapped_lines_are_rejoined():
    rows = _rows(
        [
            [(0, "- Moved settlement events from nightly batch jobs to Kafka streams with idempo-")],
            [(1, "tent consumers, cutting reconciliation time from six hours to ten")],
            [(1, "minutes.")],
            [(0, "- Built an event-driven pipeline on RabbitMQ and Celery for thumbnails, the")],
            [(1, "Go workers and the on-call runbooks of the whole media platform team.")],
            [(0, "Skills")],
        ]
    )
    assert _read(rows) == [
        "- Moved settlement events from nightly batch jobs to Kafka streams with idempotent consumers, "
        "cutting reconciliation time from six hours to ten minutes.",
        "- Built an event-driven pipeline on RabbitMQ and Celery for thumbnails, the Go workers and the "
        "on-call runbooks of the whole media platform team.",
        "Skills",
    ]


@pytest.mark.parametrize(
    ("head", "tail", "words", "kept"),
    [
        ("recon", "ciliation", set(), False),  # a word broken by hyphenation
        ("event", "driven", set(), True),  # a compound
        ("micro", "services", {"microservices"}, False),  # written whole elsewhere
        ("Post", "gres", {"post-gres"}, True),  # written hyphenated elsewhere
    ],
)
def test_hyphen_at_a_break(head, tail, words, kept):
    assert layout.keeps_hyphen(head, tail, words) is kept


def test_short_lines_and_labels_are_not_joined():
    left, right = 0.0, 40.0
    short = Line("Go, SQL, Bash", 0, 7, False)
    assert not layout.wraps_into(short, Line("Docker and Kubernetes", 0, 11, False), left, right)
    full = Line("Prometheus, Grafana, Datadog, OpenTelemetry, Sentry", 0, 39.8, False)
    assert not layout.wraps_into(full, Line("Frameworks", 0, 5, False), left, right)  # a label
    assert not layout.wraps_into(full, Line("- Next bullet", 0, 6, False), left, right)
    assert layout.wraps_into(full, Line("and Loki", 0, 4, False), left, right)


def test_odd_bullets_and_glyphs():
    assert layout.clean_pdf_text("\uf0b7 Built things") == "- Built things"  # Word's Symbol bullet
    assert layout.clean_pdf_text("\x88 Built things") == "- Built things"  # TeX's bullet, unmapped
    assert layout.clean_pdf_text("•Built things") == "- Built things"  # no space after the glyph
    assert layout.clean_pdf_text("\ufb01nance and \ufb02ows, \u02dc40M") == "finance and flows, ~40M"


def test_grid_rows_from_fixed_width_text():
    page = (
        "SKILLS          EXPERIENCE\n"
        "Python          Senior Engineer, Acme\n"
        "Go              - Built it.\n"
        "Docker          - Ran it.\n"
    )
    rows = layout.rows_from_grid(page)
    assert [len(r.segments) for r in rows] == [2, 2, 2, 2]
    assert _read(rows) == [
        "SKILLS",
        "Python",
        "Go",
        "Docker",
        "EXPERIENCE",
        "Senior Engineer, Acme",
        "- Built it.",
        "- Ran it.",
    ]


def test_rows_merge_baselines_a_little_apart():
    runs = [TextRun(0, 10, 0.0, 10.0, "left"), TextRun(200, 260, 1.5, 10.0, "right")]
    (row,) = layout.rows_from_runs(runs)
    assert [s.text for s in row.segments] == ["left", "right"]
    assert isinstance(row.segments[0], Segment)


def test_renderings_script_reads_the_fixture():
    """The fixture source parses into the structure every renderer is given."""
    from scripts import render_renderings as module

    resume = module.read_resume()
    experience = resume.section("experience")
    assert [j.dates for j in experience.jobs] == [
        "Jan 2023 - Present",
        "03/2020 - 12/2022",
        "Aug 2018 – Feb 2020",
        "Summer 2017",
    ]
    assert sum(len(j.bullets) for j in experience.jobs) == 17
