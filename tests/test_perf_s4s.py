"""The fast paths of scoring and of the result rows give what the plain definitions give: the
posting a result keeps made without dataclasses.replace, a result line's runs of values encoded by
one C encoder made once."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace

from conftest import POSTINGS

from jobmatch import api
from jobmatch.models import Posting
from jobmatch.render import jsondoc


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


def test_a_dict_encoded_by_the_shared_c_encoder_is_the_encoders_text():
    docs = [
        {},
        {"a": 1, "b": 2.5, "c": None, "d": True, "e": False, "f": "x\"y\n\u00e9\udce9\u2028"},
        {"nested": {"list": [1, 0.1, -0.0, 1e300, 5e-324, [], {}], "t": (1, "2")}, "score": 41.3},
        {"posting": {"path": "caf\udce9.md", "title": None}, "n": 10**30, "inf": math.inf, "nan": math.nan},
    ]
    for doc in docs:
        assert jsondoc._dict_json(doc) == json.JSONEncoder(ensure_ascii=False).encode(doc)
