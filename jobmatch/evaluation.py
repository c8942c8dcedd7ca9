"""Posting understanding measured against hand-made gold labels (``tests/gold/``).

A gold file (format: ``tests/gold/fixtures/FORMAT.md``) lists a posting's required and preferred
requirements, each with its ``any_of`` alternatives and source ``text``, its ``context`` skills,
``min_years`` and ``degree``. A predicted requirement counts as correct when one gold requirement
has the same tier, the same source and the same set of alternatives (one-to-one). The source is
compared by line when the posting's lines are given: a gold ``text`` is a whole line of the file
(bullet removed), or a part of one, while the parser reports the clause it read (a run-together
line "•3+ years ... •Fluent in German and English" yields the clause "Fluent in German and
English", with its line number); without the lines, by text. Tier accuracy is measured over
requirements found with the right source and alternatives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from jobmatch.models import Posting, Requirement, Tier
from jobmatch.text import normalize_line


def _norm_text(text: str) -> str:
    text = re.sub(r"[*_`]", "", normalize_line(text))  # quotes and dashes as the loader writes them
    return " ".join(text.split()).casefold()


def _key(any_of: Iterable[str]) -> frozenset[str]:
    return frozenset(a.casefold() for a in any_of)


@dataclass
class TierCounts:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: TierCounts) -> None:
        self.true_positive += other.true_positive
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class PostingScore:
    name: str
    tiers: dict[str, TierCounts] = field(default_factory=dict)
    tier_agree: int = 0
    tier_pairs: int = 0
    years_ok: bool = True
    degree_ok: bool = True
    title_ok: bool = True
    misses: list[str] = field(default_factory=list)  # human-readable differences
    extras: list[str] = field(default_factory=list)


def load_gold(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _gold_lines(text: str, lines: list[str]) -> frozenset[object]:
    """The numbers of the lines a gold ``text`` names: the lines it is, else the lines holding it."""
    wanted = _norm_text(text)
    normed = [_norm_text(_BULLET.sub("", line)) for line in lines]
    exact = frozenset(n for n, line in enumerate(normed, 1) if line == wanted)
    return exact or frozenset(n for n, line in enumerate(normed, 1) if wanted and wanted in line)


_BULLET = re.compile(r"^\s*(?:[-*•▪●–]|\d+[.)])\s+")


GOLD_DEGREES = ("bachelor", "master", "phd")  # the levels the gold format knows (gold/FORMAT.md)


def gold_degree(posting: Posting) -> str | None:
    """The posting's degree as the gold records it: the lowest of the format's levels asked for,
    softly or not ("Bonus: BS/MS degree"); a high-school diploma or an associate's degree is none."""
    asked = [level for level in (posting.degree, posting.preferred_degree) if level in GOLD_DEGREES]
    return min(asked, key=GOLD_DEGREES.index, default=None)


def compare(posting: Posting, gold: dict, name: str = "", lines: list[str] | None = None) -> PostingScore:
    """``posting`` against its ``gold`` label; with the document's ``lines``, sources compare by
    line number, else by text."""
    score = PostingScore(name=name or gold.get("file", posting.path))

    def source(req: Requirement) -> frozenset[object]:  # a predicted requirement's source
        return frozenset([req.line]) if lines is not None else frozenset([_norm_text(req.text)])

    def gold_source(text: str) -> frozenset[object]:
        return _gold_lines(text, lines) if lines is not None else frozenset([_norm_text(text)])

    predicted = {
        tier: [(source(r), _key(r.any_of), r) for r in posting.by_tier(Tier(tier))]
        for tier in ("required", "preferred")
    }
    expected = {
        tier: [(gold_source(g["text"]), _key(g["any_of"]), g) for g in gold.get(tier, [])]
        for tier in ("required", "preferred")
    }
    for tier in ("required", "preferred"):
        counts = TierCounts(predicted=len(predicted[tier]), gold=len(expected[tier]))
        unmatched = list(expected[tier])
        for text, key, req in predicted[tier]:
            hit = next((g for g in unmatched if g[0] & text and g[1] == key), None)
            if hit is not None:
                unmatched.remove(hit)
                counts.true_positive += 1
            else:
                score.extras.append(f"{tier}: {sorted(req.any_of)} line {req.line}: {req.text}")
        score.misses += [f"{tier}: {sorted(g[2]['any_of'])}: {g[2]['text']}" for g in unmatched]
        score.tiers[tier] = counts

    # tier accuracy: over items found with the right text and alternatives, whatever the tier
    pool = [(t, k, tier) for tier in ("required", "preferred") for t, k, _ in expected[tier]]
    for tier in ("required", "preferred"):
        for text, key, _ in predicted[tier]:
            hit = next((g for g in pool if g[0] & text and g[1] == key), None)
            if hit is not None:
                pool.remove(hit)
                score.tier_pairs += 1
                score.tier_agree += hit[2] == tier

    listed = {a.casefold() for r in posting.requirements if r.tier is not Tier.CONTEXT for a in r.any_of}
    context_pred = {a.casefold() for r in posting.by_tier(Tier.CONTEXT) if not r.soft for a in r.any_of} - listed
    context_gold = {c.casefold() for c in gold.get("context", [])}
    score.tiers["context"] = TierCounts(
        true_positive=len(context_pred & context_gold), predicted=len(context_pred), gold=len(context_gold)
    )
    score.years_ok = posting.min_years == gold.get("min_years")
    degree = gold_degree(posting)
    score.degree_ok = degree == gold.get("degree")
    score.title_ok = _norm_text(posting.title or "") == _norm_text(gold.get("title") or "")
    if not score.years_ok:
        score.misses.append(f"min_years: got {posting.min_years}, gold {gold.get('min_years')}")
    if not score.degree_ok:
        score.misses.append(f"degree: got {degree}, gold {gold.get('degree')}")
    if not score.title_ok:
        score.misses.append(f"title: got {posting.title!r}, gold {gold.get('title')!r}")
    return score


@dataclass
class Summary:
    postings: list[PostingScore]

    def total(self, tier: str) -> TierCounts:
        counts = TierCounts()
        for p in self.postings:
            counts.add(p.tiers[tier])
        return counts

    @property
    def tier_accuracy(self) -> float:
        pairs = sum(p.tier_pairs for p in self.postings)
        return sum(p.tier_agree for p in self.postings) / pairs if pairs else 1.0

    def accuracy(self, attribute: str) -> float:
        if not self.postings:
            return 1.0
        return sum(getattr(p, attribute) for p in self.postings) / len(self.postings)
