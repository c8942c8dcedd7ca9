"""SkillSpan postings: undo the dataset's tokenisation and export them as plain text.

The SkillSpan dataset (Zhang et al., NAACL 2022; MIT licence) ships every posting as a list of
pre-tokenised sentences ("Node . js", "( m/f/d )", "word ."). jobmatch reads postings as text
files, so this module turns each posting back into readable text, one sentence per line. The
line number of a sentence in the exported file is its index in the dataset plus one, so the
dataset's own span annotations (``"sent": i``) point at line ``i + 1``.

Stdlib only. Usage::

    python scripts/skillspan.py EXPORT_DIR [--input JSONL]

writes ``EXPORT_DIR/skillspan_<split>_<source>_<idx>.txt`` for every posting.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

DEFAULT_INPUT = (
    Path(__file__).resolve().parent.parent
    / "tests"
    / "data"
    / "skillspan"
    / "skillspan_train_dev_postings.jsonl"
)

# Character repairs done before de-tokenising. Some postings were decoded as Latin-1 although
# they were Windows-1252: the C1 control characters U+0080-U+009F stand for the cp1252
# characters (\x92 -> ’, \x95 -> •). SUB and tabs become spaces, zero-width marks go.
_CHAR_FIXES: dict[int, str | None] = {}
for _code in range(0x80, 0xA0):
    try:
        _CHAR_FIXES[_code] = bytes([_code]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        _CHAR_FIXES[_code] = " "
_CHAR_FIXES[0x1A] = " "  # SUB: a lost character (bullet or space) in the source
_CHAR_FIXES[0x09] = " "
_CHAR_FIXES[0x200B] = None  # zero-width space
_CHAR_FIXES[0xFEFF] = None  # stray byte-order mark

_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # Ellipses split into dots: "us.. ." / ". . . have" / "sciences . . . )".
    (re.compile(r"\.(?: \.)+"), lambda m: m.group(0).replace(" ", "")),
    # ".NET" split as ". NET" / ". net-core" / "( . Net Core".
    (re.compile(r"(?:(?<=^)|(?<=[\s(/]))\. (NET|Net|net)\b"), r".\1"),
    # File extensions: "a single . pdf file".
    (re.compile(r"(?<=\s)\. (pdf|docx?|xlsx?|txt|zip)\b"), r".\1"),
    # Dotted names split apart: "Node . js", "Vue . js", "egghead . io".
    (re.compile(r"(\w) \. (js|JS|ts|io)\b"), r"\1.\2"),
    # Language names: "C #", "F #", "C + +", "C ++".
    (re.compile(r"\b([CF]) #(?=[\s,.;:)/]|$)"), r"\1#"),
    (re.compile(r"\bC ?\+ ?\+"), "C++"),
    # Brackets: "( m/f/d )" -> "(m/f/d)".
    (re.compile(r"([(\[]) "), r"\1"),
    (re.compile(r" ([)\]])"), r"\1"),
    # Contractions: "don ' t", "you ' ll", "world ' s".
    (re.compile(r"(\w) ['’] (s|t|ll|re|ve|d|m)\b"), r"\1'\2"),
    # Numbers: "3 + years" -> "3+ years", "40 %" -> "40%".
    (re.compile(r"(\d) \+(?=\s|$)"), r"\1+"),
    (re.compile(r"(\d) %"), r"\1%"),
    # Punctuation split off the word before it: "word ." / "word ," / "e.g ." / "etc .)".
    (re.compile(r" (\.+|,)(?=[\s)\]\"'’”]|$)"), r"\1"),
]


def detokenize(sentence: str) -> str:
    """Undo SkillSpan's tokenisation of one sentence ("Node . js" -> "Node.js")."""
    text = sentence.translate(_CHAR_FIXES)
    text = re.sub(r"\s+", " ", text).strip()
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def load(path: str | Path) -> list[dict]:
    """Read the JSON-lines file: one posting (split, source, idx, sentences, spans) a line."""
    postings = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                postings.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON: {exc.msg}") from exc
    return postings


def file_name(posting: dict) -> str:
    """``skillspan_<split>_<source>_<idx>.txt``."""
    return f"skillspan_{posting['split']}_{posting['source']}_{posting['idx']}.txt"


def posting_text(posting: dict) -> str:
    """The posting as text: one de-tokenised sentence per line (line = sentence index + 1)."""
    return "".join(detokenize(sentence) + "\n" for sentence in posting["sentences"])


def export(jsonl_path: str | Path, out_dir: str | Path) -> list[Path]:
    """Write one text file per posting into ``out_dir``; return the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for posting in load(jsonl_path):
        path = out / file_name(posting)
        path.write_text(posting_text(posting), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Export SkillSpan postings as de-tokenised text files, one sentence a line."
    )
    parser.add_argument("out_dir", help="directory to write skillspan_<split>_<source>_<idx>.txt")
    parser.add_argument(
        "--input",
        default=str(DEFAULT_INPUT),
        help=f"SkillSpan JSON-lines file (default: tests/data/skillspan/{DEFAULT_INPUT.name})",
    )
    args = parser.parse_args(argv)
    try:
        written = export(args.input, args.out_dir)
    except (OSError, ValueError, KeyError) as exc:
        print(f"skillspan: error: {exc}", file=sys.stderr)
        return 1
    print(f"skillspan: wrote {len(written)} postings to {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
