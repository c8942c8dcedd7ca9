"""Session 5's fast paths give what the plain definitions give: the extractor's scan looks up only
the key lengths a word starts (extract._sizes_of); the parser reuses a line's result read before in
the same context without a call (posting.parse_posting)."""

from __future__ import annotations

from conftest import POSTINGS, RESUMES

from jobmatch import extract
from jobmatch.loaders import load_document
from jobmatch.models import Document, Method, Tier
from jobmatch.posting import parse_posting
from jobmatch.vocabulary import Token, Vocabulary, tokenize


def _plain_scan(line: str, tokens: list[Token], vocab: Vocabulary) -> tuple[list[tuple], set[int]]:
    """The scan as first written: every length from the longest key the word starts down to one."""
    candidates: list[tuple] = []
    covered: set[int] = set()
    keys = [t.key for t in tokens]
    after = 0
    for i, key0 in enumerate(keys):
        longest = vocab.first_lengths.get(key0)
        if longest is None or i < after:
            continue
        step = 1
        window = tuple(keys[i : i + longest])
        for size in range(len(window), 0, -1):
            key = window[:size]
            entry = vocab.index.get(key)
            if entry is None:
                continue
            start, end = tokens[i].start, tokens[i + size - 1].end
            surface = line[start:end]
            if entry.skill is None:
                covered.update(range(i, i + size))
                step = size
                break
            if size > 1 and not extract._joined(line, tokens[i : i + size]):
                continue
            if entry.strict and not any(
                extract._same_case(surface, form, tokens, i, i + size) for form in entry.forms
            ):
                continue
            exact = key == vocab.name_keys.get(entry.skill.name)
            method = Method.EXACT if exact else Method.ALIAS
            candidates.append((entry.skill.name, (i, i + size), start, end, surface, method, entry.strict))
            covered.update(range(i, i + size))
            step = size
            break
        after = i + step
    return candidates, covered


def _lines() -> list[str]:
    lines = [
        "Experience with AWS (EC2, S3) and Amazon Web Services; go and Go; ADA compliance; SKILLS: ADA, C",
        "machine learning engineering, machine learning, deep learning and unit and integration testing",
        "Node.js / React Native / React; CI/CD pipelines; Google Cloud Platform",
        "Microsoft Excel",  # a key that ends the line
        "Microsoft",
    ]
    for folder in (POSTINGS, RESUMES):
        for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md")):
            lines.extend(load_document(str(path)).lines)
    return lines


def test_sizes_are_the_key_lengths_each_word_starts(vocab: Vocabulary) -> None:
    sizes = extract._sizes_of(vocab)
    expected: dict[str, set[int]] = {}
    for key in vocab.index:
        expected.setdefault(key[0], set()).add(len(key))
    assert sizes == {w: tuple(sorted(s, reverse=True)) for w, s in expected.items()}
    assert {w: s[0] for w, s in sizes.items()} == vocab.first_lengths
    assert extract._sizes_of(vocab) is sizes  # built once per vocabulary


def test_scan_finds_what_the_plain_scan_finds(vocab: Vocabulary) -> None:
    lines = _lines()
    assert len(lines) > 500
    found_any = 0
    for line in lines:
        tokens = tokenize(line)
        candidates, covered = extract._scan(line, tokens, vocab)
        got = [(c.skill.name, c.tokens, c.start, c.end, c.surface, c.method, c.strict) for c in candidates]
        assert (got, covered) == _plain_scan(line, tokens, vocab), line
        found_any += bool(got)
    assert found_any > 100


def _posting(path: str, heading: str) -> Document:
    text = f"Data Engineer\n\n## {heading}\n\n- 3+ years of Kafka and Snowflake\n- Strong communication\n"
    return Document(path=path, text=text, kind="markdown")


def test_a_line_read_again_in_another_context_is_read_again(vocab: Vocabulary) -> None:
    # the same line under a required heading, a preferred one, then the required one again: each
    # posting reads it in its own section (the parser keeps a result per context)
    def tiers(doc: Document) -> set[Tier]:
        return {r.tier for r in parse_posting(doc, vocab).requirements if "Kafka" in r.any_of}

    assert tiers(_posting("a.md", "Requirements")) == {Tier.REQUIRED}
    assert tiers(_posting("b.md", "Nice to have")) == {Tier.PREFERRED}
    assert tiers(_posting("c.md", "Requirements")) == {Tier.REQUIRED}
    assert tiers(_posting("d.md", "Nice to have")) == {Tier.PREFERRED}
    again = parse_posting(_posting("e.md", "Requirements"), vocab)
    assert [(r.any_of, r.line, r.min_years) for r in again.requirements if "Kafka" in r.any_of] == [
        (("Kafka",), 5, 3)
    ]
