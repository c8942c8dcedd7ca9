"""Measure the skill extractor on the SkillSpan postings: how many of its hard skills are real.

Each SkillSpan sentence is de-tokenised (scripts/skillspan.py) and scanned with
``jobmatch.extract.extract_skills``. The dataset's knowledge and skill spans are the reference:

* precision: an extracted *hard* skill (soft=False) is correct when its character range lies
  inside an annotated span: the span's own tokens on its sentence line (:func:`span_range`), not
  any other place on the line where the same words are written again;
* recall: of the annotated spans that name a technology (the span's own text contains a
  vocabulary skill of a technology category), the share in which the extractor found at least
  one hard skill.

The spans are broad and not exhaustive (annotators skip some tools in lists), so precision is a
lower bound. The build (scripts/build_vocab.py) learns which words are ordinary from the *train*
split only, so the dev split is unseen text.

    python scripts/eval_skillspan.py [JSONL] [--verbose] [--split dev]

``--verbose`` prints the false positives per skill, most frequent first, with an example line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from skillspan import _CHAR_FIXES, detokenize, load  # noqa: E402

from jobmatch.extract import extract_skills  # noqa: E402
from jobmatch.models import Document  # noqa: E402
from jobmatch.posting import parse_posting  # noqa: E402
from jobmatch.vocabulary import Vocabulary, tokenize  # noqa: E402

DEFAULT_INPUT = ROOT / "tests" / "data" / "skillspan" / "skillspan_train_dev_postings.jsonl"
TECH_CATEGORIES = frozenset({
    "language", "framework", "library", "database", "cloud", "devops", "data", "ml", "testing",
    "tool", "platform", "os", "security", "concept",
})


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Text without whitespace, and the index in `text` of each kept character."""
    kept, where = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            kept.append(ch.lower())
            where.append(i)
    return "".join(kept), where


def span_ranges(line: str, span_text: str) -> list[tuple[int, int]]:
    """Character ranges of `line` where the (de-tokenised) span text occurs, spaces ignored."""
    target, _ = _squeeze(detokenize(span_text))
    if not target:
        return []
    hay, where = _squeeze(line)
    out = []
    pos = hay.find(target)
    while pos >= 0:
        out.append((where[pos], where[pos + len(target) - 1] + 1))
        pos = hay.find(target, pos + 1)
    return out


def span_range(sentence: str, line: str, tok: tuple[int, int] | list[int]) -> tuple[int, int] | None:
    """The character range of `line` (the de-tokenised `sentence`) that the dataset's token range
    `tok` covers. De-tokenising only removes whitespace, so the i-th non-space character of the
    tokens is the i-th non-space character of the line. None for an empty range; when the two
    disagree (they do not on the shipped file), None as well."""
    tokens = sentence.split(" ")
    squeezed = [_squeeze(t.translate(_CHAR_FIXES))[0] for t in tokens]
    hay, where = _squeeze(line)
    if "".join(squeezed) != hay:
        return None
    start = sum(len(t) for t in squeezed[: tok[0]])
    end = start + sum(len(t) for t in squeezed[tok[0] : tok[1]])
    if end <= start:
        return None
    return where[start], where[end - 1] + 1


def _ranges_of(sentence: str, line: str, span: dict) -> list[tuple[int, int]]:
    """Where an annotated span lies on its line: its token range, or (should the line not
    align with the tokens) every place its text occurs."""
    found = span_range(sentence, line, span["tok"])
    return [found] if found is not None else span_ranges(line, span["text"])


def names_technology(text: str, vocab: Vocabulary) -> bool:
    """Whether a span's own text contains a skill of a technology category (longest match)."""
    tokens = tokenize(detokenize(text))
    i = 0
    while i < len(tokens):
        for size in range(min(vocab.max_key_length, len(tokens) - i), 0, -1):
            entry = vocab.index.get(tuple(t.key for t in tokens[i : i + size]))
            if entry is None or entry.skill is None:
                continue
            surface = " ".join(t.text for t in tokens[i : i + size])
            if entry.strict and surface not in entry.forms:
                continue
            if entry.skill.category in TECH_CATEGORIES and not entry.skill.soft:
                return True
            break
        i += 1
    return False


def _curated_names() -> set[str]:
    """Skills that the hand-written core names (the rest come from the open sources)."""
    data = json.loads((ROOT / "jobmatch" / "data" / "skills.json").read_text(encoding="utf-8"))
    return {s["name"] for s in data["skills"] if "curated" in s.get("sources", ["curated"])}


def posting_skills(lines: list[str], vocab: Vocabulary, *, asked_only: bool = False) -> dict[int, set[str]]:
    """What the posting parser reports, per 0-based line: the skill names of the requirements
    (required, preferred and context) it found there. Titles, headings, boilerplate sections,
    labels, degree lines, negations and role nouns ("Java Developer" in an intro) are gone.

    A requirement stands at one line, but its skills may be written on the lines below it: "at
    least one of the following:" and the list under it are one requirement at the lead-in line.
    A skill that its requirement's line does not name is counted at the lines below that name it,
    up to the next line that holds a requirement of its own."""
    posting = parse_posting(Document(path="p.txt", text="\n".join(lines), kind="text"), vocab)
    named: dict[int, set[str]] = defaultdict(set)
    for m in extract_skills(lines, vocab):
        named[m.line - 1].add(m.skill.name)
    own_lines = sorted({r.line - 1 for r in posting.requirements})
    found: dict[int, set[str]] = defaultdict(set)
    for requirement in posting.requirements:
        if asked_only and requirement.tier.value == "context":
            continue
        here = requirement.line - 1
        stop = next((n for n in own_lines if n > here), len(lines))
        for name in requirement.any_of:
            where = [here] if name in named[here] else [n for n in range(here + 1, stop) if name in named[n]]
            for n in where or [here]:
                found[n].add(name)
    return found


def evaluate(jsonl_path: str | Path = DEFAULT_INPUT, split: str | None = None,
             vocab: Vocabulary | None = None, as_posting: bool = False, asked_only: bool = False) -> dict:
    """Precision of extracted hard skills and recall of technology spans, with the details.

    With ``as_posting``, only the skills the posting parser reports count (see
    :func:`posting_skills`): what jobmatch reports for a posting, rather than the raw scanner.

    Returns a dict: precision, precision_annotated_lines (only lines with at least one span: the
    annotators left job titles and metadata lines alone), recall, extracted, correct,
    tech_spans, tech_spans_found, postings, false_positives (Counter of skill name -> count),
    added_false_positives (the same for skills that the curated core does not name),
    fp_examples (skill name -> an example line), by_split (the figures per split) and
    by_origin (the figures for curated skills and for skills added from the open sources).
    """
    vocab = vocab or Vocabulary.load()
    curated = _curated_names()
    totals: dict[str, Counter] = defaultdict(Counter)
    origin: dict[str, Counter] = defaultdict(Counter)
    added_fp: Counter[str] = Counter()
    false_positives: Counter[str] = Counter()
    fp_examples: dict[str, str] = {}
    for posting in load(jsonl_path):
        if split and posting["split"] != split:
            continue
        lines = [detokenize(s) for s in posting["sentences"]]
        ranges: dict[int, list[tuple[int, int]]] = defaultdict(list)
        spans = posting["knowledge_spans"] + posting["skill_spans"]
        for span in spans:
            ranges[span["sent"]] += _ranges_of(posting["sentences"][span["sent"]], lines[span["sent"]], span)
        mentions = extract_skills(lines, vocab)
        if as_posting:
            reported = posting_skills(lines, vocab, asked_only=asked_only)
            mentions = [m for m in mentions if m.skill.name in reported.get(m.line - 1, ())]
        by_line: dict[int, list] = defaultdict(list)
        for m in mentions:
            by_line[m.line - 1].append(m)
        bucket = totals[posting["split"]]
        bucket["postings"] += 1
        annotated_lines = {span["sent"] for span in spans}
        for m in mentions:
            if m.skill.soft:
                continue
            kind = "curated" if m.skill.name in curated else "added"
            ok = any(a <= m.start and m.end <= b for a, b in ranges[m.line - 1])
            bucket["extracted"] += 1
            origin[kind]["extracted"] += 1
            if m.line - 1 in annotated_lines:
                bucket["extracted_annotated"] += 1
                bucket["correct_annotated"] += ok
            if ok:
                bucket["correct"] += 1
                origin[kind]["correct"] += 1
            else:
                false_positives[m.skill.name] += 1
                if kind == "added":
                    added_fp[m.skill.name] += 1
                fp_examples.setdefault(m.skill.name, f"{m.surface!r} in: {lines[m.line - 1]}")
        for span in spans:
            if not names_technology(span["text"], vocab):
                continue
            bucket["tech_spans"] += 1
            found = [
                m for m in by_line[span["sent"]]
                if not m.skill.soft
                and any(a < m.end and m.start < b
                        for a, b in _ranges_of(posting["sentences"][span["sent"]], lines[span["sent"]], span))
            ]
            if found:
                bucket["tech_spans_found"] += 1

    def figures(c: Counter) -> dict:
        return {
            "precision": c["correct"] / c["extracted"] if c["extracted"] else 0.0,
            "precision_annotated_lines": (
                c["correct_annotated"] / c["extracted_annotated"] if c["extracted_annotated"] else 0.0
            ),
            "recall": c["tech_spans_found"] / c["tech_spans"] if c["tech_spans"] else 0.0,
            "extracted": c["extracted"],
            "correct": c["correct"],
            "tech_spans": c["tech_spans"],
            "tech_spans_found": c["tech_spans_found"],
            "postings": c["postings"],
        }

    overall: Counter = Counter()
    for c in totals.values():
        overall.update(c)
    result = figures(overall)
    result["false_positives"] = false_positives
    result["added_false_positives"] = added_fp
    result["by_origin"] = {name: figures(c) for name, c in sorted(origin.items())}
    result["fp_examples"] = fp_examples
    result["by_split"] = {name: figures(c) for name, c in sorted(totals.items())}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", nargs="?", default=str(DEFAULT_INPUT))
    parser.add_argument("--split", choices=["train", "dev"], help="only this split")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="print false positives per skill")
    parser.add_argument("--top", type=int, default=60, help="how many skills --verbose lists")
    parser.add_argument("--as-posting", action="store_true",
                        help="count only the skills the posting parser reports")
    parser.add_argument("--asked-only", action="store_true",
                        help="count only the skills the posting parser reports as required or preferred")
    args = parser.parse_args(argv)
    result = evaluate(args.jsonl, split=args.split, as_posting=args.as_posting or args.asked_only,
                      asked_only=args.asked_only)
    if args.asked_only:
        mode = "the skills the posting parser reports as required or preferred"
    elif args.as_posting:
        mode = "the skills the posting parser reports (required, preferred, context)"
    else:
        mode = "every line scanned"
    print("SkillSpan postings, " + mode)
    rows = [("all", result), *result["by_split"].items()]
    for name, r in rows:
        print(
            f"{name:>7}: precision {r['precision']:.3f} ({r['correct']}/{r['extracted']} hard "
            f"skills inside a span; {r['precision_annotated_lines']:.3f} on annotated lines), "
            f"recall {r['recall']:.3f} ({r['tech_spans_found']}/{r['tech_spans']} technology "
            f"spans), {r['postings']} postings"
        )
    for name, r in result["by_origin"].items():
        print(f"{name:>7}: precision {r['precision']:.3f} ({r['correct']}/{r['extracted']})")
    if args.verbose:
        for title, counter in (("all skills", result["false_positives"]),
                               ("skills added from the open sources",
                                result["added_false_positives"])):
            print(f"\nfalse positives per skill, {title}:")
            for skill, n in counter.most_common(args.top):
                print(f"{n:4d}  {skill}: {result['fp_examples'][skill][:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
