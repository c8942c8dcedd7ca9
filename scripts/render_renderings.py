#!/usr/bin/env python3
"""Render one resume's content through several real renderers, for the extraction tests.

The content is ``fixtures/resumes/strong_backend.txt``. This script reads it into a small
structure (header, sections, jobs with bullets) and writes, under
``fixtures/resumes/renderings/``, a source per renderer and what the renderer makes of it:

=====================================  ==============================================  =========================
source (committed)                     rendering (committed)                           renderer
=====================================  ==============================================  =========================
strong_backend.docx                    strong_backend.libreoffice.pdf                  LibreOffice (DOCX -> PDF)
strong_backend_sidebar.docx            strong_backend_sidebar.libreoffice.pdf          LibreOffice; a two-column
                                                                                       table: skills sidebar left
strong_backend.tex                     strong_backend.latex.pdf                        pdflatex (justified,
                                                                                       hyphenated, ligatures)
strong_backend_two_column.html         strong_backend_two_column.chromium.pdf          Chromium print to PDF; a
                                                                                       CSS grid with a sidebar
strong_backend_sidebar.typ             strong_backend_sidebar.typst.pdf                Typst; sidebar on the right
strong_backend.enscript.txt            strong_backend.enscript.pdf                     enscript + ps2pdf; two
                                                                                       newspaper columns
strong_backend.md                      (read as Markdown)                              -
=====================================  ==============================================  =========================

The DOCX files are written with python-docx and are themselves inputs of the DOCX tests.
Line structure is *not* kept: the renderers re-wrap paragraphs and bullets at their own widths,
as they do for real resumes, so the tests see wrapped lines, hyphenated breaks, right-aligned
dates and sidebars.

Tools: python-docx and typst (``pip install -e '.[fixtures]'``), and the Debian packages
libreoffice-writer-nogui, texlive-latex-base, texlive-latex-recommended, chromium, enscript and
ghostscript. The tests only read the committed files; they never run a renderer.

Usage (from the project root)::

    .venv/bin/python scripts/render_renderings.py           # everything
    .venv/bin/python scripts/render_renderings.py latex docx   # some renderers
"""

from __future__ import annotations

import argparse
import datetime as _dt
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "fixtures" / "resumes" / "strong_backend.txt"
OUT = ROOT / "fixtures" / "resumes" / "renderings"
FIXED_DATE = _dt.datetime(2026, 1, 1, tzinfo=_dt.timezone.utc)
EPOCH = str(int(FIXED_DATE.timestamp()))


# -- the content --------------------------------------------------------------------------------
@dataclass
class Job:
    title: str
    employer: str
    location: str
    dates: str
    bullets: list[str] = field(default_factory=list)


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)  # plain lines or paragraphs
    bullets: list[str] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)


@dataclass
class Resume:
    name: str
    headline: str
    contact: str
    sections: list[Section]

    def section(self, word: str) -> Section:
        return next(s for s in self.sections if word.lower() in s.heading.lower())


def read_resume(path: Path = SOURCE) -> Resume:
    """strong_backend.txt -> Resume: capitalised lines are headings, "•"/"-" lines bullets,
    indented lines continue the bullet above, "A | B | C" + a date line start a job."""
    lines = path.read_text(encoding="utf-8").split("\n")
    name, headline, contact = (line.strip() for line in lines[:3])
    sections: list[Section] = []
    i = 3
    while i < len(lines):
        raw = lines[i]
        text = raw.strip()
        i += 1
        if not text:
            continue
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(text) < 40:
            sections.append(Section(heading=text))
            continue
        current = sections[-1]
        if " | " in text and i < len(lines) and re.search(r"\d{4}", lines[i]):
            title, employer, location = (part.strip() for part in text.split(" | "))
            current.jobs.append(Job(title, employer, location, lines[i].strip()))
            i += 1
            continue
        bullet = re.match(r"^[•\-]\s+(.*)$", text)
        if bullet:
            target = current.jobs[-1].bullets if current.jobs else current.bullets
            target.append(bullet.group(1))
            continue
        if raw.startswith("  "):  # continues the bullet above
            target = current.jobs[-1].bullets if current.jobs else current.bullets
            target[-1] += " " + text
            continue
        if current.heading == "SUMMARY" and current.paragraphs:
            current.paragraphs[-1] += " " + text
        else:
            current.paragraphs.append(text)
    return Resume(name, headline, contact, sections)


def title_case(heading: str) -> str:
    small = {"and", "&", "of"}
    return " ".join(w if w.lower() in small else w.capitalize() for w in heading.lower().split())


# -- DOCX (python-docx) -------------------------------------------------------------------------
def _docx_base():
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    core = doc.core_properties
    core.author = core.last_modified_by = "jobmatch fixtures"
    core.created = core.modified = FIXED_DATE.replace(tzinfo=None)
    core.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(2)
    for style in ("Heading 1", "Title"):
        doc.styles[style].font.name = "Liberation Sans"
    section = doc.sections[0]
    from docx.shared import Inches

    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(0.8)
    section.top_margin = section.bottom_margin = Inches(0.7)
    return doc


def _docx_header(doc, resume: Resume) -> None:
    from docx.shared import Pt

    name = doc.add_paragraph()
    run = name.add_run(resume.name.title())
    run.bold = True
    run.font.size = Pt(18)
    doc.add_paragraph(resume.headline)
    doc.add_paragraph(resume.contact.replace(" | ", "  ·  "))


def _docx_job(container, job: Job, width_in: float) -> None:
    """Title and employer, the dates right-aligned on the same line by a right tab stop."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    head = container.add_paragraph()
    head.paragraph_format.space_before = Pt(6)
    head.paragraph_format.tab_stops.add_tab_stop(Inches(width_in), WD_TAB_ALIGNMENT.RIGHT)
    head.add_run(job.title).bold = True
    head.add_run(f", {job.employer}")
    head.add_run("\t" + job.dates.replace("–", "-"))
    place = container.add_paragraph()
    place.add_run(job.location).italic = True
    for bullet in job.bullets:
        container.add_paragraph(bullet, style="List Bullet")


def _docx_skills(container, section: Section) -> None:
    for line in section.paragraphs:
        label, _, rest = line.partition(": ")
        para = container.add_paragraph()
        para.add_run(label + ": ").bold = True
        para.add_run(rest)


def write_docx(resume: Resume, path: Path) -> None:
    """A one-column Word resume: Heading 1 sections, real list bullets, tab-aligned dates."""
    doc = _docx_base()
    _docx_header(doc, resume)
    for section in resume.sections:
        doc.add_heading(title_case(section.heading), level=1)
        if section.heading == "TECHNICAL SKILLS":
            _docx_skills(doc, section)
            continue
        for para in section.paragraphs:
            doc.add_paragraph(para)
        for job in section.jobs:
            _docx_job(doc, job, 6.9)
        for bullet in section.bullets:
            doc.add_paragraph(bullet, style="List Bullet")
    _save_docx(doc, path)


def write_docx_sidebar(resume: Resume, path: Path) -> None:
    """The classic two-column Word template: a borderless table, skills sidebar on the left."""
    from docx.shared import Inches, Pt

    doc = _docx_base()
    _docx_header(doc, resume)
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    left, right = table.rows[0].cells
    for column, cell, width in zip(table.columns, (left, right), (Inches(2.3), Inches(4.6)), strict=True):
        column.width = cell.width = width  # gridCol and tcW: Word reads one, LibreOffice the other
    side_sections = ("TECHNICAL SKILLS", "EDUCATION", "CERTIFICATIONS", "OPEN SOURCE & TALKS")
    first = {id(left): True, id(right): True}

    def heading(cell, text: str) -> None:
        para = cell.paragraphs[0] if first[id(cell)] else cell.add_paragraph()
        first[id(cell)] = False
        run = para.add_run(title_case(text))
        run.bold = True
        run.font.size = Pt(12)
        para.paragraph_format.space_before = Pt(8)

    for section in resume.sections:
        cell = left if section.heading in side_sections else right
        heading(cell, section.heading)
        if section.heading == "TECHNICAL SKILLS":
            _docx_skills(cell, section)
            continue
        for para in section.paragraphs:
            cell.add_paragraph(para)
        for job in section.jobs:
            _docx_job(cell, job, 4.4)
        for bullet in section.bullets:
            cell.add_paragraph(bullet, style="List Bullet")
    _save_docx(doc, path)


def _save_docx(doc, path: Path) -> None:
    doc.save(str(path))


# -- LaTeX --------------------------------------------------------------------------------------
_TEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"$<$",
    ">": r"$>$",
    "|": r"$|$",
    "–": "--",
    "—": "---",
    "•": r"\textbullet{}",
}


def tex(text: str) -> str:
    out = "".join(_TEX_ESCAPES.get(ch, ch) for ch in text)
    return re.sub(r'"([^"]*)"', r"``\1''", out)


def write_latex(resume: Resume, path: Path) -> None:
    """A one-column article: justified and hyphenated text, \\hfill dates, itemize bullets."""
    out = [
        "% Generated by scripts/render_renderings.py from fixtures/resumes/strong_backend.txt.",
        r"\documentclass[10pt]{article}",
        r"\usepackage{textcomp}",
        r"\usepackage[letterpaper,margin=0.75in]{geometry}",
        r"\pagestyle{empty}",
        r"\setlength{\parindent}{0pt}",
        r"\pdfinfoomitdate=1 \pdftrailerid{} \pdfsuppressptexinfo=-1",
        r"\newcommand{\resumesection}[1]{\par\medskip{\large\bfseries #1}\par\smallskip}",
        r"\begin{document}",
        rf"{{\LARGE\bfseries {tex(resume.name.title())}}}\par",
        rf"{tex(resume.headline)}\par",
        rf"{tex(resume.contact)}\par",
    ]
    for section in resume.sections:
        out.append(rf"\resumesection{{{tex(title_case(section.heading))}}}")
        for para in section.paragraphs:
            out.append(tex(para) + r"\par")
        for job in section.jobs:
            out.append(
                rf"\textbf{{{tex(job.title)}}}, {tex(job.employer)}, {tex(job.location)}"
                rf" \hfill {tex(job.dates)}\par"
            )
            out.append(r"\begin{itemize}\setlength{\itemsep}{0pt}\setlength{\parskip}{1pt}")
            out.extend(rf"  \item {tex(b)}" for b in job.bullets)
            out.append(r"\end{itemize}")
        if section.bullets:
            out.append(r"\begin{itemize}")
            out.extend(rf"  \item {tex(b)}" for b in section.bullets)
            out.append(r"\end{itemize}")
    out.append(r"\end{document}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# -- HTML (two columns) -------------------------------------------------------------------------
def h(text: str) -> str:
    return html.escape(text, quote=False)


def write_html(resume: Resume, path: Path) -> None:
    """A two-column page as HTML resume templates build it: a header across, then rows, each a
    sidebar cell (skills, education, certifications) beside a main cell (summary, a job...).
    The sidebar reads as one column, but the page's source order, and so the PDF's, goes row
    by row: plain text extraction interleaves the two columns."""
    side: list[str] = []  # one entry per row
    main: list[str] = []
    skills = resume.section("skills")
    groups = [skills.paragraphs[:3], skills.paragraphs[3:6], skills.paragraphs[6:]]
    for n, group in enumerate(groups):
        cell = ["<h2>Technical Skills</h2>"] if n == 0 else []
        for line in group:
            label, _, rest = line.partition(": ")
            cell.append(f"<h3>{h(label)}</h3><p>{h(rest)}</p>")
        side.append("\n".join(cell))
    for word in ("education", "certifications"):
        section = resume.section(word)
        side.append(
            f"<h2>{h(title_case(section.heading))}</h2>" + "".join(f"<p>{h(p)}</p>" for p in section.paragraphs)
        )
    summary = resume.section("summary")
    main.append("<h2>Summary</h2>" + "".join(f"<p>{h(p)}</p>" for p in summary.paragraphs))
    experience = resume.section("experience")
    for n, job in enumerate(experience.jobs):
        cell = [f"<h2>{h(title_case(experience.heading))}</h2>"] if n == 0 else []
        cell.append(
            '<div class="job"><span class="role"><b>'
            f"{h(job.title)}</b> · {h(job.employer)} · {h(job.location)}</span>"
            f'<span class="dates">{h(job.dates)}</span></div>'
        )
        cell.append("<ul>" + "".join(f"<li>{h(b)}</li>" for b in job.bullets) + "</ul>")
        main.append("\n".join(cell))
    talks = resume.section("open source")
    main[-1] += f"\n<h2>{h(title_case(talks.heading))}</h2>"
    main[-1] += "<ul>" + "".join(f"<li>{h(b)}</li>" for b in talks.bullets) + "</ul>"
    rows = []
    for n in range(max(len(side), len(main))):
        left = side[n] if n < len(side) else ""
        right = main[n] if n < len(main) else ""
        rows.append(f'<div class="side">\n{left}\n</div>\n<div class="main">\n{right}\n</div>')
    page = f"""<!DOCTYPE html>
<!-- Generated by scripts/render_renderings.py from fixtures/resumes/strong_backend.txt. -->
<html lang="en"><head><meta charset="utf-8"><title>{h(resume.name.title())}</title>
<style>
@page {{ size: letter; margin: 0.6in; }}
body {{ font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; margin: 0;
       line-height: 1.3; }}
header h1 {{ font-size: 20pt; margin: 0; }}
header p {{ margin: 2px 0; }}
.page {{ display: grid; grid-template-columns: 2.1in 1fr; column-gap: 0.35in; margin-top: 12px; }}
.side {{ background: #eef2f6; padding: 2px 10px; }}
h2 {{ font-size: 11.5pt; text-transform: uppercase; letter-spacing: 0.04em; margin: 10px 0 4px; }}
h3 {{ font-size: 9.5pt; margin: 6px 0 0; }}
.side p {{ margin: 0 0 4px; }}
.job {{ display: flex; justify-content: space-between; margin-top: 8px; }}
.dates {{ white-space: nowrap; padding-left: 12px; }}
ul {{ margin: 2px 0 0; padding-left: 16px; }}
li {{ margin: 1px 0; }}
</style></head>
<body>
<header><h1>{h(resume.name.title())}</h1><p>{h(resume.headline)}</p>
<p>{h(resume.contact.replace(" | ", " · "))}</p></header>
<div class="page">
{chr(10).join(rows)}
</div>
</body></html>
"""
    path.write_text(page, encoding="utf-8")


# -- Typst (sidebar on the right) ---------------------------------------------------------------
def typ(text: str) -> str:
    """Text as a Typst string literal: shown verbatim."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_typst_sidebar(resume: Resume, path: Path) -> None:
    side = ("TECHNICAL SKILLS", "EDUCATION", "CERTIFICATIONS", "OPEN SOURCE & TALKS")
    main: list[str] = []
    aside: list[str] = []
    for section in resume.sections:
        target = aside if section.heading in side else main
        target.append(f"  heading({typ(title_case(section.heading))}),")
        if section.heading == "TECHNICAL SKILLS":
            for line in section.paragraphs:
                label, _, rest = line.partition(": ")
                target.append(f"  [#strong({typ(label)}) \\ #{typ(rest)}],")
            continue
        target.extend(f"  [#{typ(p)}]," for p in section.paragraphs)
        for job in section.jobs:
            target.append(
                f"  [#strong({typ(job.title)}), #{typ(job.employer)} #h(1fr) #{typ(job.dates)}"
                f" \\ #emph({typ(job.location)})],"
            )
            target.append("  list(" + ", ".join(f"[#{typ(b)}]" for b in job.bullets) + "),")
        if section.bullets:
            target.append("  list(" + ", ".join(f"[#{typ(b)}]" for b in section.bullets) + "),")
    source = f"""// Generated by scripts/render_renderings.py from fixtures/resumes/strong_backend.txt.
#set document(title: {typ(resume.name.title())}, author: {typ(resume.name.title())}, \
date: datetime(year: 2026, month: 1, day: 1))
#set page(paper: "us-letter", margin: (x: 0.7in, y: 0.7in))
#set text(font: "Libertinus Serif", size: 9.5pt, lang: "en")
#set par(justify: true, leading: 0.55em, spacing: 0.6em)
#show heading: it => block(above: 0.9em, below: 0.5em, text(size: 11pt, weight: "bold", it.body))
#set list(marker: [▪])

#text(size: 18pt, weight: "bold", {typ(resume.name.title())}) \\
#{typ(resume.headline)} \\
#{typ(resume.contact)}

#grid(
  columns: (1fr, 2.1in),
  column-gutter: 0.3in,
  stack(spacing: 0.6em,
{chr(10).join("  " + line for line in main)}
  ),
  block(fill: luma(240), inset: 6pt, stack(spacing: 0.6em,
{chr(10).join("  " + line for line in aside)}
  )),
)
"""
    path.write_text(source, encoding="utf-8")


# -- Markdown -----------------------------------------------------------------------------------
def write_markdown(resume: Resume, path: Path) -> None:
    out = [f"# {resume.name.title()}", "", f"**{resume.headline}**  ", resume.contact, ""]
    for section in resume.sections:
        out += [f"## {title_case(section.heading)}", ""]
        if section.heading == "TECHNICAL SKILLS":
            for line in section.paragraphs:
                label, _, rest = line.partition(": ")
                out.append(f"- **{label}:** {rest}")
            out.append("")
            continue
        for para in section.paragraphs:
            out += [para, ""]
        for job in section.jobs:
            out += [f"### {job.title} — {job.employer}", f"*{job.location} · {job.dates}*", ""]
            out += [f"- {b}" for b in job.bullets] + [""]
        if section.bullets:
            out += [f"* {b}" for b in section.bullets] + [""]
    path.write_text("\n".join(out), encoding="utf-8")


# -- enscript -----------------------------------------------------------------------------------
def write_enscript_source(path: Path) -> None:
    """enscript reads Latin-1: the bullets become a middle dot, the en dash a hyphen."""
    text = SOURCE.read_text(encoding="utf-8").replace("•", "·").replace("–", "-")
    path.write_bytes(text.encode("latin-1"))


# -- running the renderers ----------------------------------------------------------------------
def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")


def _need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        raise RuntimeError(f"missing tools: {', '.join(missing)} (see the README: make fixtures)")


def render_docx(resume: Resume) -> list[Path]:
    _need("soffice")
    made = []
    for stem, writer in (("strong_backend", write_docx), ("strong_backend_sidebar", write_docx_sidebar)):
        source = OUT / f"{stem}.docx"
        writer(resume, source)
        with tempfile.TemporaryDirectory() as tmp:
            profile = Path(tmp) / "profile"
            _run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    tmp,
                    str(source),
                ],
                cwd=OUT,
                env={"SOURCE_DATE_EPOCH": EPOCH},
            )
            target = OUT / f"{stem}.libreoffice.pdf"
            shutil.move(str(Path(tmp) / f"{stem}.pdf"), target)
        made += [source, target]
    return made


def render_latex(resume: Resume) -> list[Path]:
    _need("pdflatex")
    source = OUT / "strong_backend.tex"
    write_latex(resume, source)
    with tempfile.TemporaryDirectory() as tmp:
        _run(
            ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={tmp}", str(source)],
            cwd=OUT,
            env={"SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1"},
        )
        target = OUT / "strong_backend.latex.pdf"
        shutil.move(str(Path(tmp) / "strong_backend.pdf"), target)
    return [source, target]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    raise RuntimeError("missing tools: chromium (see the README: make fixtures)")


def render_chromium(resume: Resume) -> list[Path]:
    source = OUT / "strong_backend_two_column.html"
    write_html(resume, source)
    target = OUT / "strong_backend_two_column.chromium.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        _run(
            [
                _chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={tmp}",
                f"--print-to-pdf={target}",
                source.as_uri(),
            ],
            cwd=OUT,
        )
    return [source, target]


def render_typst(resume: Resume) -> list[Path]:
    try:
        import typst
    except ImportError:
        raise RuntimeError("the typst package is missing: pip install -e '.[fixtures]'") from None
    source = OUT / "strong_backend_sidebar.typ"
    write_typst_sidebar(resume, source)
    target = OUT / "strong_backend_sidebar.typst.pdf"
    data = typst.compile(
        str(source), root=str(OUT), font_paths=[], ignore_system_fonts=True, format="pdf", timestamp=FIXED_DATE
    )
    target.write_bytes(data)
    return [source, target]


def render_enscript(resume: Resume) -> list[Path]:
    _need("enscript", "ps2pdf")
    source = OUT / "strong_backend.enscript.txt"
    write_enscript_source(source)
    target = OUT / "strong_backend.enscript.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        ps = Path(tmp) / "resume.ps"
        # -B: no page header (it would carry today's date); -2 -r: two columns, landscape
        _run(
            [
                "enscript",
                "-q",
                "-B",
                "-2",
                "-r",
                "--word-wrap",
                "-f",
                "Courier9",
                "-X",
                "latin1",
                "-o",
                str(ps),
                str(source),
            ],
            cwd=OUT,
        )
        _run(["ps2pdf", "-dDeterministic", str(ps), str(target)], cwd=OUT, env={"SOURCE_DATE_EPOCH": EPOCH})
    return [source, target]


def render_markdown(resume: Resume) -> list[Path]:
    target = OUT / "strong_backend.md"
    write_markdown(resume, target)
    return [target]


RENDERERS = {
    "docx": render_docx,
    "latex": render_latex,
    "chromium": render_chromium,
    "typst": render_typst,
    "enscript": render_enscript,
    "markdown": render_markdown,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("only", nargs="*", metavar="RENDERER", help=f"any of {', '.join(RENDERERS)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.only if name not in RENDERERS]
    if unknown:
        parser.error(f"unknown renderer: {', '.join(unknown)}")
    OUT.mkdir(parents=True, exist_ok=True)
    resume = read_resume()
    failed = False
    for name in args.only or list(RENDERERS):
        try:
            made = RENDERERS[name](resume)
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
            print(f"error: {name}: {error}", file=sys.stderr)
            failed = True
            continue
        for path in made:
            print(f"wrote {path.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
