"""Copy (and where a file is large, filter) the open skill sources into vocab/sources/.

This is a one-off maintenance script, run by hand when a source is updated: it reads the raw
sources from a directory outside the project (default ``../shared/vocab-sources``) and writes
the copies that the project commits and that ``scripts/build_vocab.py`` reads. Neither the
package nor the tests ever read the raw sources.

    python scripts/derive_sources.py [--raw ../shared/vocab-sources] [--words WORDLIST ...]

What it writes (every file is either a verbatim copy or a derivative whose derivation is below):

* ``linguist/languages.json``, ``devicon/devicon_names.json``,
  ``simple-icons/simple_icons_titles.json``: verbatim copies, with the upstream licences.
* ``onet/technology_examples.csv``: the rows of O*NET 29.2 ``technology_examples.csv`` that the
  build may use (hot technology, in demand, or named by at least 2 occupations); columns unchanged.
* ``esco/skills_en_short.csv``: the rows of the ESCO 1.1.1 label file whose preferred label,
  without a trailing parenthetical, has at most 4 words; of the alternative labels it keeps those
  of at most 4 words (knowledge concepts) or 2 words (skill/competence concepts). Columns
  unchanged.
* ``scowl/english_words.txt``: the words of SCOWL (size 50, American and British spellings, as
  packaged by Debian's ``wamerican`` and ``wbritish``) that equal, after case folding and light
  plural folding, a one-word name or alias in one of the sources above, or that are spelled
  almost like one (rapidfuzz ratio >= 88: "nearly" for Nearley). Lowercase lines are common
  words, capitalised lines are proper nouns. The build uses them to spot names that are also
  ordinary words, or that a spelling-tolerant matcher would confuse with one.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "vocab" / "sources"
DEFAULT_RAW = ROOT.parent / "shared" / "vocab-sources"
DEFAULT_WORDS = [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")]

MAX_ESCO_WORDS = 4  # preferred labels and knowledge alt labels
MAX_ESCO_SKILL_ALT_WORDS = 2  # alt labels of skill/competence concepts


def _copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)


def _words(label: str) -> int:
    return len(re.sub(r"\s*\(.*?\)\s*$", "", label).split())


def derive_onet(raw: Path) -> None:
    src = raw / "onet-29.2" / "technology_examples.csv"
    with src.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames or []
        rows = [
            r
            for r in reader
            if r["hot_technology"] == "Y" or r["in_demand"] == "Y" or int(r["n_occupations"]) >= 2
        ]
    dst = OUT / "onet" / "technology_examples.csv"
    dst.parent.mkdir(parents=True, exist_ok=True)
    with dst.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    _copy(raw / "onet-29.2" / "Read Me.txt", OUT / "onet" / "README.upstream.txt")


def derive_esco(raw: Path) -> None:
    src = raw / "esco-1.1.1-labels" / "skills_en_labels_aliases.csv"
    out = io.StringIO()
    with src.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames or [], lineterminator="\n")
        writer.writeheader()
        for row in reader:
            if _words(row["preferredLabel"]) > MAX_ESCO_WORDS:
                continue
            alts = [a.strip() for a in row["altLabels"].split("\n")]
            limit = MAX_ESCO_WORDS if row["skillType"] == "knowledge" else MAX_ESCO_SKILL_ALT_WORDS
            alts = [a for a in alts if a and _words(a) <= limit]
            writer.writerow({**row, "altLabels": "\n".join(alts)})
    dst = OUT / "esco" / "skills_en_short.csv"
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(out.getvalue(), encoding="utf-8")
    _copy(raw / "esco-1.1.1-labels" / "NOTICE.upstream", OUT / "esco" / "NOTICE.upstream")


def _single_word_forms() -> set[str]:
    """Every one-word name or alias of the copied sources and the curated file, lowercased."""
    forms: list[str] = []
    for x in json.loads((OUT / "linguist" / "languages.json").read_text(encoding="utf-8")):
        forms += [x["name"], *x.get("aliases", [])]
    for x in json.loads((OUT / "devicon" / "devicon_names.json").read_text(encoding="utf-8")):
        forms += [x["name"], *x.get("altnames", [])]
    for x in json.loads(
        (OUT / "simple-icons" / "simple_icons_titles.json").read_text(encoding="utf-8")
    ):
        forms.append(x["title"])
        for values in (x.get("aliases") or {}).values():
            if isinstance(values, list):
                forms += [v for v in values if isinstance(v, str)]
    with (OUT / "onet" / "technology_examples.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            forms += r["example"].split()
    with (OUT / "esco" / "skills_en_short.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            forms += [r["preferredLabel"], *r["altLabels"].split("\n")]
            forms += re.sub(r"\(.*?\)", " ", r["preferredLabel"]).split()
    forms += re.findall(r'"([^"]+)"', (ROOT / "vocab" / "curated.toml").read_text(encoding="utf-8"))
    out: set[str] = set()
    for form in forms:
        for word in re.split(r"[\s\-/]+", form.strip()):
            word = word.strip(".,;:()[]'\"").lower()
            if word.isalpha():
                out |= {word, word + "s", word + "es"}
                if word.endswith("s"):
                    out.add(word[:-1])
                if word.endswith("es"):
                    out.add(word[:-2])
    return out


def _near(words: list[str], forms: set[str]) -> set[str]:
    """The words that a spelling-tolerant matcher could take for one of the forms: same first
    letter, lengths within 2, rapidfuzz ratio >= 88 (the extractor's cutoff is 90)."""
    from rapidfuzz import fuzz, process

    buckets: dict[tuple[str, int], list[str]] = {}
    for form in forms:
        if len(form) >= 6:
            buckets.setdefault((form[0], len(form)), []).append(form)
    near = set()
    for word in words:
        if len(word) < 5:
            continue
        pool = [f for n in range(len(word) - 2, len(word) + 3) for f in buckets.get((word[0], n), [])]
        if pool and process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=88):
            near.add(word)
    return near


def derive_words(words_files: list[Path]) -> None:
    wanted = _single_word_forms()
    all_words = sorted({
        w.strip() for f in words_files for w in f.read_text(encoding="utf-8").splitlines()
    })
    lowercase = [w for w in all_words if w.isalpha() and w.islower()]
    wanted |= _near(lowercase, {w for w in wanted if w.isalpha()})
    common: set[str] = set()
    proper: set[str] = set()
    for word in all_words:
        if "'" in word or not word.isalpha() or word.lower() not in wanted:
            continue
        (common if word.islower() else proper).add(word)
    proper = {w for w in proper if w.lower() not in common}
    dst = OUT / "scowl" / "english_words.txt"
    dst.parent.mkdir(parents=True, exist_ok=True)
    lines = sorted(common) + sorted(proper)
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")
    copyright_file = Path("/usr/share/doc/wamerican/copyright")
    if copyright_file.exists():
        _copy(copyright_file, OUT / "scowl" / "COPYRIGHT.upstream")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW)
    parser.add_argument("--words", type=Path, nargs="+", default=DEFAULT_WORDS,
                        help="SCOWL word lists (Debian packages wamerican and wbritish)")
    args = parser.parse_args(argv)
    raw: Path = args.raw
    _copy(raw / "linguist-languages" / "languages.json", OUT / "linguist" / "languages.json")
    _copy(raw / "linguist-languages" / "LICENSE.upstream", OUT / "linguist" / "LICENSE.upstream")
    _copy(raw / "devicon" / "devicon_names.json", OUT / "devicon" / "devicon_names.json")
    _copy(raw / "devicon" / "LICENSE.upstream", OUT / "devicon" / "LICENSE.upstream")
    _copy(raw / "simple-icons" / "simple_icons_titles.json",
          OUT / "simple-icons" / "simple_icons_titles.json")
    _copy(raw / "simple-icons" / "LICENSE.upstream.md", OUT / "simple-icons" / "LICENSE.upstream.md")
    derive_onet(raw)
    derive_esco(raw)
    missing = [str(p) for p in args.words if not p.exists()]
    if missing:
        print(f"{', '.join(missing)} not found: install Debian's wamerican and wbritish",
              file=sys.stderr)
        return 1
    derive_words(args.words)
    for path in sorted(OUT.rglob("*")):
        if path.is_file():
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
