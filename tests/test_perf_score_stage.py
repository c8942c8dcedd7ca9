"""The scoring stage's fast paths give what the plain definitions give: the posting's wording of a
requirement from its line's surfaces (found once a line, however many requirements it holds)."""

from __future__ import annotations

from conftest import POSTINGS

from jobmatch import api
from jobmatch import match as match_module
from jobmatch.extract import extract_skills
from jobmatch.models import Document
from jobmatch.posting import parse_posting


def _plain_wording(req, vocab) -> tuple[str, ...]:
    """The definition: the line's skills found afresh for the requirement, the first surface of each
    alternative, else its name; the name itself when the surface contains it verbatim."""
    surfaces: dict[str, str] = {}
    for mention in extract_skills([req.text], vocab, fuzzy=False):
        surfaces.setdefault(mention.skill.name, mention.surface)
    words = []
    for name in req.any_of:
        surface = surfaces.get(name, name)
        words.append(name if match_module._contains(match_module._folded(surface), name) else surface)
    return tuple(words)


def test_the_wording_is_the_plain_wording_on_every_fixture_requirement(vocab):
    postings = [api.read_posting(str(p), vocab) for p in sorted(POSTINGS.iterdir())]
    reqs = [r for p in postings for r in p.requirements]
    by_line: dict[str, set[tuple[str, ...]]] = {}
    for req in reqs:
        by_line.setdefault(req.text, set()).add(req.any_of)
    assert any(len(groups) > 1 for groups in by_line.values())  # lines that hold several requirements
    for _ in range(2):  # found, then cached
        for req in reqs:
            assert match_module.posting_wording(req, vocab) == _plain_wording(req, vocab)


def test_requirements_of_one_line_each_get_their_own_wording(vocab):
    text = "Requirements:\n- Experience with Postgres and Kubernetes, CI/CD pipelines\n"
    posting = parse_posting(Document(path="p.txt", text=text, kind="text"), vocab)
    reqs = [r for r in posting.requirements if r.text.startswith("Experience with Postgres")]
    wordings = {r.any_of: match_module.posting_wording(r, vocab) for r in reqs}
    assert wordings[("PostgreSQL",)] == ("Postgres",)
    assert wordings[("Kubernetes",)] == ("Kubernetes",)
    assert wordings[("CI/CD",)] == ("CI/CD",)
