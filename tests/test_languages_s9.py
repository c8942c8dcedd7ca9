"""Spoken languages a resume or a posting rates by the speaker: "Bilingual English/Spanish",
"Native Portuguese" (as "Fluent English" and "Excellent German" always were)."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.vocabulary import Vocabulary


def names(line: str, vocab: Vocabulary, *, resume: bool) -> set[str]:
    return {m.skill.name for m in extract_skills(line, vocab, resume=resume)}


@pytest.mark.parametrize("resume", [True, False])
@pytest.mark.parametrize(
    ("line", "languages"),
    [
        ("Bilingual English/Spanish", {"English", "Spanish"}),
        ("- Bilingual English/Spanish; served Spanish-speaking families", {"English", "Spanish"}),
        ("Native Portuguese speaker, fluent English", {"English", "Portuguese"}),
        ("Trilingual: English, French, Arabic", {"English", "French", "Arabic"}),
    ],
)
def test_a_rated_language_is_a_skill(vocab, line: str, languages: set[str], resume: bool) -> None:
    assert names(line, vocab, resume=resume) == languages


def test_native_before_a_platform_is_no_rating(vocab) -> None:
    assert names("Native Android development", vocab, resume=True) == {"Android"}  # (as it was)
