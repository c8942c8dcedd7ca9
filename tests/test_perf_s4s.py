"""The fast paths of scoring and of the result rows give what the plain definitions give: the
posting a result keeps made without dataclasses.replace, the parts of a score that do not
depend on the similarity made once for the counts that make them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from conftest import POSTINGS

from jobmatch import api
from jobmatch.models import Posting


def _postings(vocab) -> list[Posting]:
    found = []
    for path in sorted(POSTINGS.iterdir()):
        parsed = api.read_posting(str(path), vocab)
        assert not isinstance(parsed, api.InputError)
        found.append(parsed)
    return found


def test_a_lean_posting_is_the_posting_without_its_text(vocab):
    for posting in _postings(vocab):
        assert posting.body
        lean = api._lean(posting)
        assert lean == replace(posting, body="")
        assert type(lean) is Posting and lean is not posting
        assert posting.body  # the posting itself keeps its text
        assert vars(lean) == {**vars(posting), "body": ""}
        assert api._lean(lean) is lean  # no text: the posting itself


@dataclass(frozen=True, slots=True)
class _SlottedPosting:
    path: str
    body: str


def test_a_lean_posting_of_a_class_with_slots_is_replaced():
    posting = _SlottedPosting("a.txt", "Python")
    assert api._lean(posting) == _SlottedPosting("a.txt", "")  # type: ignore[arg-type]
