"""The fast paths of posting parsing and loading give what the plain definitions give: the
misspelling lookup that scores same-letter names first, ..."""

from __future__ import annotations

import random
import string

from conftest import POSTINGS, RESUMES
from rapidfuzz import fuzz, process

from jobmatch import extract
from jobmatch.config import MATCHING
from jobmatch.models import Skill
from jobmatch.vocabulary import Vocabulary, tokenize


def _plain_fuzzy_lookup(word: str, vocab: Vocabulary) -> tuple[Skill, float] | None:
    """The definition: the best of all names, if it keeps the first letter and the length."""
    keys, skills = extract._fuzzy_table(vocab)
    best = process.extractOne(word, keys, scorer=fuzz.ratio, score_cutoff=MATCHING.fuzzy_cutoff, processor=None)
    if best is None:
        return None
    choice, score, index = best
    if choice[0] == word[0] and abs(len(choice) - len(word)) <= 2 and choice != word:
        return skills[index], float(score)
    return None


def _fixture_words() -> set[str]:
    words = set()
    for path in [*POSTINGS.iterdir(), *RESUMES.iterdir()]:
        if path.suffix in (".txt", ".md"):
            words.update(t.text.lower() for t in tokenize(path.read_text(encoding="utf-8")))
    return {w for w in words if len(w) >= MATCHING.fuzzy_min_length and w.isalpha()}


def test_the_misspelling_lookup_is_the_best_of_all_names(vocab):
    keys = extract._fuzzy_table(vocab)[0]
    rnd = random.Random(7)
    words = _fixture_words() | set(keys)
    for key in keys:  # one edit away: the misspellings that are found, and some that are not
        for _ in range(4):
            chars, at = list(key), rnd.randrange(len(key))
            edit = rnd.randrange(4)
            if edit == 0:
                chars[at] = rnd.choice(string.ascii_lowercase)
            elif edit == 1:
                del chars[at]
            elif edit == 2:
                chars.insert(at, rnd.choice(string.ascii_lowercase))
            else:
                chars[0] = rnd.choice(string.ascii_lowercase)  # another first letter
            words.add("".join(chars))
    found = 0
    for word in sorted(w for w in words if w):
        extract._fuzzy_cache.clear()
        expected = _plain_fuzzy_lookup(word, vocab)
        assert extract._fuzzy_lookup(word, vocab) == expected, word
        found += expected is not None
    assert found > 100  # the test saw hits, not only misses
