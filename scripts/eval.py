"""`make eval`: print how well jobmatch understands postings, against the gold labels.

Sets: the five fixture postings (tests/gold/fixtures/, gold given with the project) and the
development set of real SkillSpan postings labelled by the team (tests/gold/dev/). With
`--verbose`, every miss and every extra requirement is listed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobmatch.evaluation import Summary, compare, load_gold  # noqa: E402
from jobmatch.loaders import load_document  # noqa: E402
from jobmatch.posting import parse_posting  # noqa: E402
from jobmatch.vocabulary import Vocabulary  # noqa: E402

SETS = {
    "fixtures": (ROOT / "tests" / "gold" / "fixtures", ROOT / "fixtures" / "postings"),
    "dev": (ROOT / "tests" / "gold" / "dev", ROOT / "tests" / "gold" / "dev" / "postings"),
}


def evaluate_set(gold_dir: Path, posting_dir: Path, vocab: Vocabulary) -> Summary:
    scores = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = load_gold(gold_path)
        document = load_document(str(posting_dir / gold["file"]))
        scores.append(compare(parse_posting(document, vocab), gold, gold["file"], document.lines))
    return Summary(scores)


def report(name: str, summary: Summary, verbose: bool) -> list[str]:
    out = [f"{name}: {len(summary.postings)} postings"]
    for tier in ("required", "preferred", "context"):
        c = summary.total(tier)
        out.append(
            f"  {tier:<9}  precision {c.precision:.3f}  recall {c.recall:.3f}  F1 {c.f1:.3f}"
            f"  ({c.true_positive} correct, {c.predicted} found, {c.gold} in gold)"
        )
    out.append(
        f"  tier accuracy {summary.tier_accuracy:.3f}   years accuracy {summary.accuracy('years_ok'):.3f}"
        f"   degree accuracy {summary.accuracy('degree_ok'):.3f}   title accuracy {summary.accuracy('title_ok'):.3f}"
    )
    if verbose:
        for p in summary.postings:
            if p.misses or p.extras:
                out.append(f"  -- {p.name}")
                out += [f"     missed  {m}" for m in p.misses]
                out += [f"     extra   {e}" for e in p.extras]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    vocab = Vocabulary.load()
    combined = []
    for name, (gold_dir, posting_dir) in SETS.items():
        if not any(gold_dir.glob("*.gold.json")):
            continue
        summary = evaluate_set(gold_dir, posting_dir, vocab)
        combined += summary.postings
        print("\n".join(report(name, summary, args.verbose)))
    if len(combined) and any((ROOT / "tests/gold/dev").glob("*.gold.json")):
        print("\n".join(report("all", Summary(combined), False)))
    from scripts.eval_skillspan import main as skillspan_main

    for mode in ([], ["--as-posting"], ["--asked-only"]):
        print()
        skillspan_main(mode)
    return 0


if __name__ == "__main__":
    sys.exit(main())
