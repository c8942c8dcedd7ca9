"""Build jobmatch/data/idf.json: the fixed reference statistics for TF-IDF similarity.

The reference corpus is the 198 real SkillSpan postings (tests/data/skillspan/, de-tokenised by
scripts/skillspan.py) plus the fixture postings. Run `make idf`; `--check` exits 1 when the
shipped file is out of date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobmatch.similarity import fit_reference  # noqa: E402
from scripts.skillspan import DEFAULT_INPUT, detokenize, load  # noqa: E402

OUTPUT = ROOT / "jobmatch" / "data" / "idf.json"


def corpus() -> list[str]:
    documents = ["\n".join(detokenize(s) for s in row["sentences"]) for row in load(DEFAULT_INPUT)]
    for path in sorted((ROOT / "fixtures" / "postings").iterdir()):
        documents.append(path.read_text(encoding="utf-8"))
    return documents


def render() -> str:
    return json.dumps(fit_reference(corpus()), indent=0, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped file is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run `make idf`", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    stats = json.loads(text)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(stats['df'])} terms from {stats['n_documents']} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
