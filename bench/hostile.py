"""Hostile input shapes: how long `jobmatch resume`, `posting` and `match` take on each.

Real files come in shapes no resume writer intends: a PDF whose text layer has no line breaks,
a resume exported as one paragraph, minified HTML saved as .txt, a CSV dump. A user looping over
hundreds of files must never see one of them hang the run, so the time should grow about linearly
with the size. Each shape is written under ``build/hostile`` (at two sizes with ``--scaling``, to
show the growth) and every command runs in a process of its own, with a time-out; its CPU time is
shown. Nothing here is asserted by the tests (``tests/test_hostile_s14a.py`` checks the results on smaller versions).

    python bench/hostile.py [--shape NAME ...] [--scale 1.0] [--timeout 120] [--scaling]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "hostile"
PY = sys.executable
POSTING = ROOT / "fixtures" / "postings" / "backend_engineer.md"
RESUME = ROOT / "fixtures" / "resumes" / "strong_backend.txt"


def _repeat(text: str, size: int, sep: str = " ") -> str:
    """``text`` repeated (joined by ``sep``) up to ``size`` characters."""
    copies = size // (len(text) + len(sep)) + 1
    return sep.join([text] * copies)[:size]


def one_line_posting(size: int) -> str:
    """A Markdown posting with its newlines removed (a PDF text layer with no line breaks)."""
    return _repeat(" ".join(POSTING.read_text(encoding="utf-8").split("\n")), size)


def one_line_resume(size: int) -> str:
    """A resume exported as one paragraph."""
    return _repeat(" ".join(RESUME.read_text(encoding="utf-8").split("\n")), size)


def short_lines(size: int) -> str:
    """About 100k short lines (at 1 MB): a CSV dump, a word list."""
    words = ["Python", "led a team", "SQL", "2019", "Seattle, WA", "Docker", "Agile", "5 years"]
    return "\n".join(words[i % len(words)] for i in range(size // 9)) + "\n"


def comma_words(size: int) -> str:
    """One line of comma-separated words (about 200k at 1 MB): a keyword-stuffed skills line."""
    words = ["Python", "Java", "Go", "Kubernetes", "teamwork", "SQL", "React", "Excel", "leadership"]
    return "Skills: " + ", ".join(words[i % len(words)] for i in range(size // 5))[:size] + "\n"


def bullets(size: int) -> str:
    """About 50k bullets (at 1 MB)."""
    items = ["Built REST APIs in Python and Go", "Managed PostgreSQL on AWS", "Led Agile ceremonies"]
    return "Experience\n" + "\n".join(f"- {items[i % 3]}" for i in range(size // 20)) + "\n"


def markdown_table(size: int) -> str:
    """A Markdown table with about 5,000 rows per 300 KB."""
    header = "| Skill | Years | Level | Notes |\n|---|---|---|---|\n"
    row = "| {skill} | {years} | Expert | used daily with Docker and AWS |"
    skills = ["Python", "Java", "Kubernetes", "PostgreSQL", "React"]
    rows = [row.format(skill=skills[i % 5], years=i % 12) for i in range(size // 60)]
    return header + "\n".join(rows) + "\n"


def nested_parens(size: int) -> str:
    """Deeply nested parentheses and brackets on one line."""
    depth = size // 20
    return "Requirements: " + "(Python [Java {Go " * (depth // 3) + "SQL" + "} ] )" * (depth // 3) + "\n"


def no_spaces(size: int) -> str:
    """One line with no spaces at all (base64 or minified data saved as text)."""
    return _repeat("Python,Java;Go/Kubernetes|SQL-React_Docker.AWS", size, sep="+") + "\n"


def repeated_headings(size: int) -> str:
    """The same few headings over and over, each with one line under it."""
    block = "## Requirements\n5+ years of Python\n## Experience\nSenior Engineer, Acme 2019-2023\n## Skills\nGo, SQL\n"
    return _repeat(block, size, sep="")


def alternatives(size: int) -> str:
    """About 20k "Python, Java, or Go" alternatives (at 400 KB) on one line."""
    return "Required: experience with " + _repeat("Python, Java, or Go", size, sep=", or ") + ".\n"


def padded_figure(size: int) -> str:
    """A skill's years, then a long run of spaces and line separators (a PDF's padding) before the item goes on."""
    return "Requirements:\n- Python - 5 years" + "\u2028 " * (size // 2) + "x, SQL\n"


SHAPES: dict[str, Callable[[int], str]] = {
    "one_line_posting": one_line_posting,
    "one_line_resume": one_line_resume,
    "short_lines": short_lines,
    "comma_words": comma_words,
    "bullets": bullets,
    "markdown_table": markdown_table,
    "nested_parens": nested_parens,
    "no_spaces": no_spaces,
    "repeated_headings": repeated_headings,
    "alternatives": alternatives,
    "padded_figure": padded_figure,
}
SIZES = {  # bytes at --scale 1: the sizes the issue names
    "one_line_posting": 1_000_000,
    "one_line_resume": 1_000_000,
    "short_lines": 900_000,
    "comma_words": 1_000_000,
    "bullets": 1_000_000,
    "markdown_table": 300_000,
    "nested_parens": 200_000,
    "no_spaces": 1_000_000,
    "repeated_headings": 1_000_000,
    "alternatives": 400_000,
    "padded_figure": 100_000,
}


def write(shape: str, size: int) -> Path:
    path = OUT / f"{shape}_{size}.txt"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SHAPES[shape](size), encoding="utf-8")
    return path


def timed(args: list[str], timeout: float) -> str:
    """The command's CPU time (user + system: the machine may be busy with something else, which the wall
    time would count), or how long it ran before the time-out stopped it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        proc = subprocess.run(args, capture_output=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return f">{timeout:g} s"
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return f"{cpu:.1f} s" + ("" if proc.returncode in (0, 1, 3) else f" (exit {proc.returncode})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (default 1)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per command (default 120)")
    parser.add_argument("--scaling", action="store_true", help="also run each shape at a third of its size")
    args = parser.parse_args(argv)
    jobmatch = [PY, "-m", "jobmatch"]
    print(f"{'shape':<20} {'bytes':>9} {'resume':>10} {'posting':>10} {'match':>10}   (CPU seconds)")
    for shape in args.shape or list(SHAPES):
        sizes = [int(SIZES[shape] * args.scale)]
        if args.scaling:
            sizes.insert(0, sizes[0] // 3)
        for size in sizes:
            path = str(write(shape, size))
            cells = [
                timed([*jobmatch, "resume", path, "-f", "json"], args.timeout),
                timed([*jobmatch, "posting", path, "-f", "json"], args.timeout),
                timed([*jobmatch, "match", path, path, "-f", "json"], args.timeout),
            ]
            print(f"{shape:<20} {size:>9,} " + " ".join(f"{c:>10}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
