"""The line caches shared between the processes of a parallel run (jobmatch.shared, api._share)."""

from __future__ import annotations

import pickle
import queue

import pytest

from jobmatch import api, extract, posting
from jobmatch.loaders import document_from_bytes
from jobmatch.shared import Exchange
from jobmatch.vocabulary import Vocabulary

POSTING = b"""Backend Engineer

## Requirements
- 5+ years of Python, Java, or Go
- Postgres and k8s in production

## Nice to have
- Kafka (a plus)

We offer a friendly team.
"""


def _vocab() -> Vocabulary:
    """A vocabulary of its own: caches of its own (they are kept per vocabulary)."""
    return Vocabulary(
        [
            {"name": "Python", "category": "language"},
            {"name": "Java", "category": "language"},
            {"name": "Go", "category": "language", "aliases": ["Golang"]},
            {"name": "PostgreSQL", "category": "database", "aliases": ["Postgres"]},
            {"name": "Kubernetes", "category": "devops", "aliases": ["k8s"]},
            {"name": "Kafka", "category": "data"},
        ]
    )


def _parse(vocab: Vocabulary, data: bytes = POSTING):
    return posting.parse_posting(document_from_bytes("p.md", data), vocab)


def _forget(vocab: Vocabulary) -> None:
    """This process's caches of the vocabulary emptied: as another process's are before it starts."""
    for cache, _ in [*posting.line_caches(vocab), *extract.line_caches(vocab)]:
        cache.clear()


def test_what_one_process_worked_out_another_takes_without_working_it_out(monkeypatch):
    vocab = _vocab()
    sender = Exchange(vocab)
    parsed = _parse(vocab)
    payload = sender.take()
    assert payload is not None and sender.take() is None  # each entry taken once

    _forget(vocab)
    receiver = Exchange(vocab)
    receiver.give(payload)
    assert receiver.take() is None  # what it received is not its own to send on

    def no_parsing(*args):
        raise AssertionError("a line was parsed again")

    monkeypatch.setattr(posting, "_parse_line", no_parsing)
    monkeypatch.setattr(extract, "_extract_line", no_parsing)
    again = _parse(vocab)
    assert again == parsed
    assert {r.any_of for r in again.requirements} >= {("Python", "Java", "Go"), ("PostgreSQL",), ("Kubernetes",)}


def test_received_entries_hold_this_process_s_markers_and_skills():
    vocab = _vocab()
    sender = Exchange(vocab)
    _parse(vocab)
    payload = sender.take()
    _forget(vocab)
    Exchange(vocab).give(payload)

    infos = list(posting.line_caches(vocab)[0][0].values())
    assert infos
    markers = (posting._UNKNOWN, posting._NOT_HEADING)
    # a marker travels by name: the copy is the marker itself ("not computed" stays not computed)
    assert any(info.heading is posting._NOT_HEADING for info in infos)
    assert all(info.heading in markers or isinstance(info.heading, tuple) for info in infos)
    results = [s.result for info in infos for s in info.segments or () if s.result is not None]
    nothing = [r for r in results if not (r.requirements or r.overall_years or r.degrees or r.degree_fields)]
    assert nothing and all(result is posting._NOTHING for result in nothing)
    # a skill travels by name: the copy is the vocabulary's own object
    found = [value for cache, _ in extract.line_caches(vocab) for flat in cache.values() for value in flat[::5]]
    assert found and all(skill is vocab.get(skill.name) for skill in found)


def test_a_marker_pickles_as_itself():
    assert pickle.loads(pickle.dumps(posting._UNKNOWN)) is posting._UNKNOWN
    assert pickle.loads(pickle.dumps(posting._NOTHING)) is posting._NOTHING


def test_a_line_held_keeps_its_own_entry_and_a_full_cache_takes_no_more(monkeypatch):
    vocab = _vocab()
    sender = Exchange(vocab)
    _parse(vocab)
    payload = sender.take()
    cache = posting.line_caches(vocab)[0][0]
    sent = len(cache)
    _forget(vocab)

    own = posting._line_info("We offer a friendly team.", cache)
    Exchange(vocab).give(payload)
    assert cache["We offer a friendly team."] is own and len(cache) == sent

    _forget(vocab)
    assert sent > 6
    monkeypatch.setattr(posting, "_CACHE_SIZE", 8)
    Exchange(vocab).give(payload)
    assert len(cache) == 6  # three quarters: the rest is room for what this process works out


def test_skills_arrive_as_the_receiving_vocabulary_s_own():
    """Each exchange reads skills with its own vocabulary (runs in threads side by side, each
    with its own, never mix them)."""
    sending, receiving = _vocab(), _vocab()
    sender = Exchange(sending)
    _parse(sending)
    payload = sender.take()
    Exchange(receiving).give(payload)
    found = [value for cache, _ in extract.line_caches(receiving) for flat in cache.values() for value in flat[::5]]
    assert found and all(skill is receiving.get(skill.name) for skill in found)
    assert not any(skill is sending.get(skill.name) for skill in found)


def test_a_payload_that_cannot_be_read_is_dropped():
    vocab = _vocab()
    Exchange(vocab).give(b"not a pickle")
    Exchange(vocab).give(pickle.dumps([[("a line", None)]]))  # (not one list of entries a cache)
    assert all(not cache for cache, _ in [*posting.line_caches(vocab), *extract.line_caches(vocab)])


def test_entries_from_another_vocabulary_are_dropped():
    vocab = _vocab()
    sender = Exchange(vocab)
    _parse(vocab)
    payload = sender.take()
    other = Vocabulary([{"name": "Rust", "category": "language"}])
    Exchange(other).give(payload)  # (its skills are no skills of this vocabulary)
    assert all(not cache for cache, _ in [*posting.line_caches(other), *extract.line_caches(other)])


def test_a_worker_takes_what_the_run_s_process_sent_before_its_batch_and_returns_what_it_made(monkeypatch):
    vocab = _vocab()
    sender = Exchange(vocab)
    _parse(vocab)
    sent = sender.take()
    _forget(vocab)
    inbox: queue.Queue[bytes] = queue.Queue()
    inbox.put(sent)
    context = api._Context(vocab)
    monkeypatch.setattr(api, "_context", context)
    monkeypatch.setattr(api, "_exchange", Exchange(vocab))
    monkeypatch.setattr(api, "_inbox", inbox)

    def read(context, data):
        return _parse(context.vocab, data)

    other = POSTING.replace(b"We offer a friendly team.", b"- Terraform and Kafka")
    done, made, channel = api._run_batch(read, [POSTING, other])
    assert channel is None  # (no channel claimed here: see api._init)
    assert inbox.empty() and [p.title for p in done] == ["Backend Engineer"] * 2
    assert made is not None  # the one new line, its own
    _forget(vocab)
    Exchange(vocab).give(made)
    assert set(posting.line_caches(vocab)[0][0]) == {"- Terraform and Kafka"}


@pytest.mark.parametrize("workers", [2, 3])
def test_a_parallel_run_from_cold_caches_gives_what_one_process_gives(vocab, tmp_path, workers):
    """The processes start with empty caches and share what they work out as they go: the
    results are those of one process alone, in input order."""
    folder = tmp_path / "postings"
    folder.mkdir()
    lines = POSTING.decode().splitlines()
    for i in range(60):  # postings that share some lines and not others
        body = [*lines[:4], f"- {i}+ years with Kafka and Postgres", *lines[4:], f"Team {i % 7} builds the platform."]
        (folder / f"{i:02d}.md").write_text("\n".join(body), encoding="utf-8")
    profile = api.read_resume(str(folder / "00.md"), vocab)
    items = api.expand([str(folder)])
    serial = [api.summary(r) for r in api.iter_match(profile, items, vocab, workers=1)]
    _forget(vocab)
    parallel = [api.summary(r) for r in api.iter_match(profile, items, vocab, workers=workers)]
    assert parallel == serial and len(serial) == 60
