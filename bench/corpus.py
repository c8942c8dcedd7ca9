"""Realistic benchmark corpora: postings and resumes recombined from real sections.

Postings: the 198 real SkillSpan postings (``tests/data/skillspan/``) and the five fixture
postings, cut into their sections by jobmatch's own posting parser (the lines before the first
heading, then each heading with its lines). A generated posting takes its opening (title, company
lines) from one source, then an about/responsibilities section, one or two requirement sections, a
preferred section (often) and one or two boilerplate sections (benefits, how to apply) from
others; inside a section some bullets are dropped and the rest shuffled, and the years asked are
redrawn. Every line is a real posting's line, as in a job board where postings share their
boilerplate and their standard requirement bullets.

Resumes: the four fixture resumes in text (strong backend, partial frontend and its tailored
version, unrelated nurse) and the Markdown rendering of the strong one, cut into header, summary,
skills, jobs (a dated entry with its bullets), education and other sections by jobmatch's resume
reader. A generated resume has a new name, a summary, a skills section, two to four jobs drawn
from all sources (bullets dropped and shuffled), an education section, sometimes certifications.

Deterministic: the same seed gives the same files. Stdlib and jobmatch only.

    python bench/corpus.py OUT_DIR --postings 10000 --resumes 200
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from jobmatch.match import profile_resume  # noqa: E402
from jobmatch.models import Document  # noqa: E402
from jobmatch.posting import parse_posting  # noqa: E402
from jobmatch.text import normalize_text  # noqa: E402
from jobmatch.vocabulary import Vocabulary  # noqa: E402
from scripts.skillspan import DEFAULT_INPUT, detokenize, load  # noqa: E402

POSTING_FIXTURES = ROOT / "fixtures" / "postings"
RESUME_SOURCES = [
    ROOT / "fixtures" / "resumes" / "strong_backend.txt",
    ROOT / "fixtures" / "resumes" / "partial_frontend.txt",
    ROOT / "fixtures" / "resumes" / "versions" / "partial_frontend_v2.txt",
    ROOT / "fixtures" / "resumes" / "unrelated_nurse.txt",
    ROOT / "fixtures" / "resumes" / "renderings" / "strong_backend.md",
]
_BULLET = re.compile(r"^\s*(?:[-*+•–]|\d{1,2}[.)])\s+")
_YEARS = re.compile(r"\b(\d{1,2})(\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs))", re.I)
FIRST = "Ana Ben Chloe Dmitri Elif Farid Grace Hana Ivan Julia Kwame Lena Mateo Nadia Omar Priya Quinn Rosa".split()
LAST = "Adler Baptiste Chen Diallo Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Lindqvist Moreau Novak".split()


@dataclass
class Block:
    kind: str  # posting: preamble/required/preferred/context/boilerplate/...; resume: section kind or "job"
    lines: list[str]


def _posting_sources() -> list[list[Block]]:
    texts = ["\n".join(detokenize(s) for s in row["sentences"]) for row in load(DEFAULT_INPUT)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(POSTING_FIXTURES.iterdir())]
    vocab = Vocabulary.load()
    sources = []
    for text in texts:
        lines = normalize_text(text).split("\n")
        posting = parse_posting(Document("source.txt", "\n".join(lines), "text"), vocab)
        starts = [s.line for s in posting.sections if s.heading is not None]
        kinds = {s.line: s.kind for s in posting.sections if s.heading is not None}
        blocks = [Block("preamble", lines[: (starts[0] - 1) if starts else len(lines)])]
        for i, start in enumerate(starts):
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)
            blocks.append(Block(kinds[start], lines[start - 1 : end]))
        # a section is its heading and at least one line ("Experience level:" with its value on
        # the same line is a label, not a section to recombine)
        sources.append(
            [b for b in blocks if sum(1 for line in b.lines if line.strip()) >= (1 if b.kind == "preamble" else 2)]
        )
    return sources


def _vary(lines: list[str], rnd: random.Random, *, keep: float = 0.8) -> list[str]:
    """Drop some bullets, shuffle the rest, redraw the years asked. The lines before the first
    bullet (a heading, a job's title and dates) stay first; a bullet keeps its wrapped lines."""
    first = next((i for i, line in enumerate(lines) if _BULLET.match(line)), len(lines))
    head, bullets = lines[:first], []
    for line in lines[first:]:
        if _BULLET.match(line) or not bullets:
            bullets.append([line])
        elif line.strip():
            bullets[-1].append(line)
    if len(bullets) >= 3:
        kept = [b for b in bullets if rnd.random() < keep] or bullets[:1]
        rnd.shuffle(kept)
        bullets = kept
    out = []
    for line in head + [line for b in bullets for line in b]:
        out.append(_YEARS.sub(lambda m: f"{rnd.randint(1, 8)}{m.group(2)}", line))
    return out


def generate_postings(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rnd = random.Random(seed)
    sources = _posting_sources()
    pools: dict[str, list[list[str]]] = {}
    for blocks in sources:
        for b in blocks:
            pools.setdefault(b.kind, []).append(b.lines)
    preambles = pools["preamble"]
    context = pools.get("context", []) + pools.get("unknown", [])
    required, preferred = pools["required"], pools.get("preferred", [])
    boilerplate = pools.get("boilerplate", [])
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        parts = [rnd.choice(preambles)]
        parts += rnd.sample(context, rnd.choice((1, 2)))
        parts += rnd.sample(required, rnd.choice((1, 1, 2)))
        if preferred and rnd.random() < 0.6:
            parts.append(rnd.choice(preferred))
        if boilerplate:
            parts += rnd.sample(boilerplate, rnd.choice((1, 2)))
        text = "\n\n".join("\n".join(_vary(p, rnd)) for p in parts) + "\n"
        path = folder / f"posting_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _resume_sources() -> list[list[Block]]:
    vocab = Vocabulary.load()
    sources = []
    for path in RESUME_SOURCES:
        text = normalize_text(path.read_text(encoding="utf-8"))
        lines = text.split("\n")
        profile = profile_resume(Document(str(path), text, "text"), vocab, today=date(2026, 1, 1))
        blocks = []
        for s in profile.sections:
            if s.kind == "experience":
                jobs = [j for j in profile.jobs if s.line <= j.line <= s.end_line]
                for j in jobs:
                    blocks.append(Block("job", lines[j.line - 1 : j.end_line]))
            elif s.kind != "header":
                blocks.append(Block(s.kind, lines[s.line - 1 : s.end_line]))
        sources.append(blocks)
    return sources


def generate_resumes(folder: Path, count: int, seed: int = 11) -> list[Path]:
    """Each resume has a main source (its summary, skills, education and most jobs) and may take
    a job from another: a spread of strong, partial and unrelated candidates."""
    rnd = random.Random(seed)
    sources = _resume_sources()
    all_jobs = [b.lines for blocks in sources for b in blocks if b.kind == "job"]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        blocks = rnd.choice(sources)
        pools: dict[str, list[list[str]]] = {}
        for b in blocks:
            pools.setdefault(b.kind, []).append(b.lines)
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        jobs = pools["job"]
        title = re.split(r"[|,-]", jobs[0][0].strip("#* "))[0].strip()
        parts = [[name, title, f"{name.lower().replace(' ', '.')}@example.com"]]
        for kind in ("summary", "skills"):
            if pools.get(kind):
                parts.append(_vary(rnd.choice(pools[kind]), rnd, keep=0.9))
        parts.append(["PROFESSIONAL EXPERIENCE"])
        chosen = rnd.sample(jobs, min(len(jobs), rnd.randint(2, 3)))
        if rnd.random() < 0.3:
            chosen.append(rnd.choice(all_jobs))
        parts += [_vary(j, rnd) for j in chosen]
        for kind in ("education", "certifications", "other"):
            if pools.get(kind):
                parts.append(rnd.choice(pools[kind]))
        path = folder / f"resume_{i:04d}.txt"
        path.write_text("\n\n".join("\n".join(p) for p in parts) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--postings", type=int, default=200)
    parser.add_argument("--resumes", type=int, default=20)
    args = parser.parse_args(argv)
    generate_postings(args.out / "postings", args.postings)
    generate_resumes(args.out / "resumes", args.resumes)
    print(f"wrote {args.postings} postings and {args.resumes} resumes under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
