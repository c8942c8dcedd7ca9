"""The per-line caches of a parallel run, shared between its processes.

Postings share many lines (boilerplate, standard bullets), and working out what a line asks for
costs far more than looking it up: the parser and the extractor keep what they found per line
(see ``posting.line_caches`` and ``extract.line_caches``). Each process of a run has its own
caches, so without sharing, every process works out every distinct line of the run for itself:
with two processes, each line twice. Here a process takes the entries its caches made since it
last gave them (:meth:`Exchange.take`, pickled) and merges another's (:meth:`Exchange.give`): a
worker sends its entries with each batch's results, and the run's own process sends its own
entries, and those of the other workers, down each worker's channel after each batch it runs
itself and each batch's results it takes in (see ``api._share``).

An entry is a pure function of its key (the line) and the run's vocabulary, so a line held twice
holds the same value twice: a process keeps its own entry, and a received one is only ever a
lookup saved. A skill travels as its name and is the vocabulary's own object again on arrival;
the parser's markers (``posting._UNKNOWN``) travel by name too, and stay themselves.
"""

from __future__ import annotations

import io
import pickle
from itertools import islice
from typing import Any

from jobmatch import extract, posting
from jobmatch.models import Skill
from jobmatch.vocabulary import Vocabulary

_Table = tuple[dict[Any, Any], int]  # a cache and its bound


def _skill(name: str) -> Skill:
    """A skill sent by name (see _Pickler): stands for the receiving vocabulary's own, which
    _Unpickler gives in its place (never called itself)."""
    raise pickle.UnpicklingError(f"skill {name!r} outside an exchange")


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is Skill:  # by name: the receiver's vocabulary holds it (and a copy is no skill of it)
            return _skill, (obj.name,)
        return NotImplemented


class _Unpickler(pickle.Unpickler):
    """Gives a skill sent by name as this vocabulary's own (each its own: runs in threads side by
    side, with vocabularies of their own, never meet here)."""

    def __init__(self, file: io.BytesIO, vocab: Vocabulary) -> None:
        super().__init__(file)
        self.vocab = vocab

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == "_skill":
            return self._skill
        return super().find_class(module, name)

    def _skill(self, name: str) -> Skill:
        found = self.vocab.get(name)
        if found is None:  # (a vocabulary other than the sender's: the payload is dropped, see give)
            raise pickle.UnpicklingError(f"no skill {name!r}")
        return found


class Exchange:
    """What one process's line caches made, for the other processes of the run, and what they
    made, merged into its own: one per run in a process (runs in threads side by side share the
    caches: an entry one of them takes may be the other's, which is no harm)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._marks = [len(cache) for cache, _ in self._tables()]
        self._made: list[list[list[tuple[Any, Any]]]] = []  # own entries not taken yet, per table

    def _tables(self) -> list[_Table]:
        return [*posting.line_caches(self.vocab), *extract.line_caches(self.vocab)]

    def _collect(self, tables: list[_Table]) -> None:
        """Set the entries each table made since the last look aside (a table emptied since, when
        full: all it holds)."""
        made = []
        for at, (cache, _) in enumerate(tables):
            size, mark = len(cache), self._marks[at]
            # the newest entries, from the end (a dict keeps its order): what the table made since
            entries = list(islice(reversed(cache.items()), size - mark if size >= mark else size))
            entries.reverse()
            made.append(entries)
            self._marks[at] = size
        if any(made):
            self._made.append(made)

    def take(self) -> bytes | None:
        """The entries this process's caches made since the last take, pickled (None: none)."""
        tables = self._tables()
        self._collect(tables)
        if not self._made:
            return None
        merged: list[list[tuple[Any, Any]]] = [[] for _ in tables]
        for made in self._made:
            for into, entries in zip(merged, made, strict=True):
                into.extend(entries)
        self._made.clear()
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(merged)
        return buffer.getvalue()

    def give(self, payload: bytes | None) -> None:
        """Another process's entries (from its :meth:`take`), merged: a line this process holds
        keeps its own entry, and a cache takes them up to three quarters of its bound. They are
        not this process's own to take again. A payload that cannot be read is dropped."""
        if payload is None:
            return
        tables = self._tables()
        self._collect(tables)  # (what this process made before: still its own to take)
        try:
            received = _Unpickler(io.BytesIO(payload), self.vocab).load()
        except Exception:  # noqa: BLE001 - whatever it is, a cache entry lost is only work to redo
            return
        if not isinstance(received, list) or len(received) != len(tables):
            return
        for (cache, bound), entries in zip(tables, received, strict=True):
            # up to three quarters of the bound: a cache empties when full (see posting._cache_of),
            # and what this process works out itself must find room
            room = bound - bound // 4 - len(cache)
            for key, value in entries:
                if room <= 0:
                    break
                if key not in cache:
                    cache[key] = value
                    room -= 1
        self._marks = [len(cache) for cache, _ in tables]
