"""The skill vocabulary: names, aliases, categories, implications and safe matching keys.

The shipped vocabulary is ``jobmatch/data/skills.json`` (built by ``scripts/build_vocab.py`` from
``vocab/curated.toml`` and open sources). Users add or override entries with TOML files
(``--vocab FILE``)::

    [[skill]]
    name = "Snowpark"          # a new skill, or an existing one to extend
    category = "data"          # overrides the category of an existing skill
    aliases = ["Snow Park"]    # added to the existing aliases
    implies = ["Snowflake"]
    strict = []                # forms that match only with exact case in a technical context

    stop = ["snow day"]        # optional, top level: phrases that must never produce a skill

Every name and alias is indexed as a tuple of normalised tokens (:func:`tokenize`), so matching
is a dictionary lookup per position and word boundaries come for free: "Go" never matches inside
"Google", "C" never inside "C++", and "CI/CD", ".NET", "Node.js" and "C#" are single keys.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from jobmatch.errors import VocabularyError
from jobmatch.models import Skill

# A token is a word that may carry internal dots or apostrophes ("Node.js", "ASP.NET", "don't"),
# a leading dot (".NET") and trailing "+"/"#" ("C++", "C#", "F#"), or one of the meaningful
# punctuation marks "/" and "&" ("CI/CD", "R&D"). Hyphens and other punctuation separate tokens.
# Written for speed: runs of letters and digits joined by single dots or apostrophes, rather than
# one character at a time with a lookahead after each dot; and no "not after a letter or digit"
# lookbehind, which a scan from the start never needs (a token takes every letter and digit of
# its run, so no scan position is inside one). tests/test_perf_parse.py holds it to the plain form.
TOKEN_RE = re.compile(r"\.?[^\W_]+(?:[.'][^\W_]+)*[+#]*|[/&]")

_NO_FOLD_ENDINGS = ("ss", "us", "is", "os", "as")
# a word that _fold keys otherwise in capitals: four or five letters ending in S ("Ansys", "Rails")
_CAPITAL_KEYED = re.compile(r"(?<![^\W_])[^\W\d_]{3,4}[sS](?![^\W_])")


_folded: dict[str, str] = {}


def fold(word: str) -> str:
    """The matching key of one token: lower case, no possessive, light plural folding. Cached:
    a run folds the same words over and over."""
    key = _folded.get(word)
    if key is None:
        if len(_folded) >= 1 << 16:
            _folded.clear()
        key = _fold(word)
        # most words are their own key ("python"): the cache then holds the word once, not twice
        key = _folded[word] = word if key == word else key
    return key


def _fold(word: str) -> str:
    if word.isupper() and 4 <= len(word) <= 5 and word.endswith("S"):
        # an acronym written in capitals is its own key: "ACLS" (the certification) is no plural
        # of "ACL", while "ACLs" is
        return word.lower()
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies") and word[-4] not in "aeiou":
        return word[:-3] + "y"  # technologies -> technology
    if len(word) > 3 and word.endswith("s") and not word.endswith(_NO_FOLD_ENDINGS):
        return word[:-1]  # APIs -> api, databases -> database, microservices -> microservice
    return word


class Token(NamedTuple):
    key: str  # folded
    text: str  # as written
    start: int
    end: int


_new_token = tuple.__new__  # Token(...) without the Python-level __new__ of a NamedTuple


def tokenize(text: str) -> list[Token]:
    tokens = []
    folded = _folded.get  # most words were folded before: a lookup, not a call
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.span()  # one call, not two
        tokens.append(_new_token(Token, (folded(word) or fold(word), word, start, end)))
    return tokens


def key_of(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


@dataclass(frozen=True)
class Entry:
    """What an index key points at: a skill (None for a stop phrase) and how it was written."""

    __slots__ = ("skill", "forms", "is_name", "strict")  # there are many: no __dict__ each

    skill: Skill | None
    forms: tuple[str, ...]  # the name or alias as written (strict: every accepted capitalisation)
    is_name: bool
    strict: bool

    def __reduce__(self) -> tuple[type[Entry], tuple[Skill | None, tuple[str, ...], bool, bool]]:
        return Entry, (self.skill, self.forms, self.is_name, self.strict)  # frozen: built, never set


_NO_FORMS: frozenset[str] = frozenset()


class Vocabulary:
    """An immutable, indexed skill vocabulary. Build it with :meth:`load`."""

    def __init__(
        self, skills: Iterable[dict], stop_phrases: Iterable[str] = (), ordinary_words: Iterable[str] = ()
    ) -> None:
        self._skills: dict[str, Skill] = {}
        # English words spelled like a name that fuzzes ("medication" beside "mediation"): another
        # word, never a misspelling of it (the build lists them; see scripts/build_vocab.py)
        self.ordinary_words: frozenset[str] = frozenset(w.lower() for w in ordinary_words)
        self._by_lower: dict[str, Skill] = {}
        self._strict: dict[str, frozenset[str]] = {}
        self._curated: set[str] = set()
        self.index: dict[tuple[str, ...], Entry] = {}
        raw_list = list(skills)
        for raw in raw_list:
            skill = Skill(
                name=raw["name"],
                category=raw["category"],
                soft=bool(raw.get("soft", False)),
                aliases=tuple(raw.get("aliases", ())),
                implies=tuple(raw.get("implies", ())),
            )
            self._skills[skill.name] = skill
            self._by_lower[skill.name.lower()] = skill
            if raw.get("strict"):  # few skills have strict forms: the others have no entry
                self._strict[skill.name] = frozenset(raw["strict"])
            if "curated" in raw.get("sources", ("curated",)):  # user entries count as curated
                self._curated.add(skill.name)
        for skill in self._skills.values():
            self._index_skill(skill)
        for phrase in stop_phrases:
            key = key_of(phrase)
            if key and key not in self.index:
                self.index[key] = Entry(None, (phrase,), False, False)
        self._index_capitals()
        self.max_key_length = max((len(k) for k in self.index), default=1)
        # the longest key that starts with each token: most words start none, and the scan skips them
        self.first_lengths: dict[str, int] = {}
        for key in self.index:
            if len(key) > self.first_lengths.get(key[0], 0):
                self.first_lengths[key[0]] = len(key)
        # each skill's canonical name as a key: a mention with this key is an exact one
        self.name_keys: dict[str, tuple[str, ...]] = {name: key_of(name) for name in self._skills}
        self._implied_cache: dict[str, frozenset[str]] = {}

    def _index_skill(self, skill: Skill) -> None:
        strict: dict[str, tuple[str, ...]] = {}
        for form in sorted(self._strict.get(skill.name, ())):
            strict[form.lower()] = (*strict.get(form.lower(), ()), form)
        for form in (skill.name, *skill.aliases):
            key = key_of(form)
            if not key:
                continue
            is_name = form == skill.name
            entry = Entry(skill, strict.get(form.lower(), (form,)), is_name, form.lower() in strict)
            current = self.index.get(key)
            # The first non-strict entry of a key wins; a canonical name beats an alias.
            if (
                current is None
                or current.skill is None
                or (current.strict and not entry.strict)
                or (is_name and not current.is_name and current.strict == entry.strict)
            ):
                self.index[key] = entry

    def _index_capitals(self) -> None:
        """Each name and alias written in capitals, where that keys it otherwise: a capital word of
        four or five letters ending in S is its own key ("ACLS", see _fold), so "ANSYS" is "ansys"
        while "Ansys" is "ansy". The written forms keep their keys; a capital key no form, stop
        phrase or other skill holds points at its skill (only text in capitals has such a key)."""
        added: dict[tuple[str, ...], Entry] = {}
        for key, entry in self.index.items():
            if entry.skill is None or entry.strict:
                # (a strict form counts by its capitals, which text in capitals does not have: "WORKED WITH
                # RAILS" is no Rails)
                continue
            for form in entry.forms:
                if _CAPITAL_KEYED.search(form) is None:
                    continue  # the capitals key it alike
                upper = key_of(form.upper())
                if upper != key and upper not in self.index:
                    added.setdefault(upper, entry)
        self.index.update(added)

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, extra: Sequence[str | Path] = ()) -> Vocabulary:
        """The shipped vocabulary, extended by the user's TOML files (cached per file list)."""
        return _load_cached(tuple(str(p) for p in extra))

    # -- queries -------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._skills)

    def __iter__(self):
        return iter(self._skills.values())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._by_lower

    def get(self, name: str) -> Skill | None:
        """A skill by canonical name, case-insensitively."""
        return self._by_lower.get(name.lower())

    def fuzzy_ok(self, skill: Skill) -> bool:
        """Whether misspellings of this skill are looked for (hand-curated and user skills)."""
        return skill.name in self._curated

    def strict_forms(self, skill: Skill) -> frozenset[str]:
        return self._strict.get(skill.name, _NO_FORMS)

    def lookup(self, term: str) -> Skill | None:
        """The skill a whole term names (its name or an alias), ignoring strictness."""
        entry = self.index.get(key_of(term))
        if entry is not None and entry.skill is not None:
            return entry.skill
        # a strict-only or shadowed alias: scan the aliases directly
        key = key_of(term)
        for skill in self._skills.values():
            if any(key_of(form) == key for form in (skill.name, *skill.aliases)):
                return skill
        return None

    def search(self, query: str, limit: int = 5) -> list[str]:
        """Canonical names a query resolves to: the skill it names exactly (name or alias), else
        the closest names and aliases (rapidfuzz), best first."""
        exact = self.lookup(query)
        if exact is not None:
            return [exact.name]
        from rapidfuzz import fuzz, process

        forms: dict[str, str] = {}
        for skill in self._skills.values():
            for form in (skill.name, *skill.aliases):
                forms.setdefault(form.lower(), skill.name)
        def score(q: str, choice: str, *, processor: object = None, score_cutoff: float | None = None) -> float:
            # a misspelling of the whole form ("kubernates"), or the query inside a longer form
            # ("obstetrics" in "obstetrics and gynaecology"); never a short form found inside the
            # query (WRatio would rate "ics" in "obstetrics" 90)
            value = fuzz.ratio(q, choice)
            if len(choice) > len(q):
                value = max(value, 0.9 * fuzz.partial_ratio(q, choice))
            # and each word of the query is (nearly) a word of the form: "API development" is
            # not "agile development"
            words = choice.split()
            if any(max(fuzz.ratio(w, cw) for cw in words) < 75 for w in q.split() if len(w) > 2):
                return 0.0
            return value if score_cutoff is None or value >= score_cutoff else 0.0

        hits = process.extract(query.lower(), list(forms), scorer=score, limit=limit * 3, score_cutoff=85)
        return list(dict.fromkeys(forms[choice] for choice, _score, _i in hits))[:limit]

    def implied(self, name: str) -> frozenset[str]:
        """Every skill a skill implies, transitively (EKS -> Kubernetes -> container orchestration)."""
        cached = self._implied_cache.get(name)
        if cached is not None:
            return cached
        seen: set[str] = set()
        todo = list(self._skills[name].implies) if name in self._skills else []
        while todo:
            target = todo.pop()
            if target in seen or target == name or target not in self._skills:
                continue
            seen.add(target)
            todo.extend(self._skills[target].implies)
        result = frozenset(seen)
        self._implied_cache[name] = result
        return result

    def implied_by(self, name: str) -> list[str]:
        """Skills that imply ``name`` (directly or transitively)."""
        return sorted(s for s in self._skills if name in self.implied(s))


def _shipped_bytes() -> bytes:
    return resources.files("jobmatch").joinpath("data/skills.json").read_bytes()


def _read_shipped() -> dict:
    return json.loads(_shipped_bytes().decode("utf-8"))


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> Vocabulary:
    shipped = _shipped_bytes()
    cache = _cache_path(shipped, extra)
    cached = _read_cache(cache) if cache is not None else None
    if cached is not None:
        return cached
    data = json.loads(shipped.decode("utf-8"))
    skills: dict[str, dict] = {s["name"].lower(): dict(s) for s in data["skills"]}
    stop = list(data.get("stop_phrases", []))
    for path in extra:
        _merge_user_file(path, skills, stop)
    vocab = Vocabulary(skills.values(), stop, data.get("ordinary_words", ()))
    if cache is not None:
        _write_cache(cache, vocab)
    return vocab


# -- the built index, cached between runs --------------------------------------------------------
# Building the index (tokenising ~13,000 names and aliases) costs ~0.1 s; a run loads it from a
# pickle keyed by the exact bytes of the vocabulary files instead. JOBMATCH_CACHE_DIR sets the
# folder (default: $XDG_CACHE_HOME/jobmatch or ~/.cache/jobmatch); JOBMATCH_NO_CACHE=1 turns the
# cache off. Any problem with the cache is silent: the index is simply built again.


def _cache_path(shipped: bytes, extra: tuple[str, ...]) -> Path | None:
    import os
    import sys
    import zlib  # not hashlib: it loads OpenSSL (~3 MB mapped, ~3 ms) for a key no one forges

    if os.environ.get("JOBMATCH_NO_CACHE"):
        return None
    folder = os.environ.get("JOBMATCH_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "jobmatch")
    parts = [shipped, f"{_INDEX_VERSION}|{sys.version_info[:2]}".encode()]
    from jobmatch.errors import InputFileError
    from jobmatch.loaders import STDIN, read_file_bytes

    for path in extra:
        try:
            if path == STDIN:
                return None
            parts.append(read_file_bytes(path))  # (its size limited: "--vocab /dev/zero" filled the memory)
        except (OSError, InputFileError):
            return None  # the merge reports the problem
    # the exact bytes, told apart by each part's length and two checksums, themselves checksummed
    key = "|".join(f"{len(b):x}-{zlib.crc32(b):08x}-{zlib.adler32(b):08x}" for b in parts).encode()
    return Path(folder) / f"vocabulary-{zlib.crc32(key):08x}{zlib.adler32(key):08x}.pickle"


_INDEX_VERSION = 9  # bump when Vocabulary's attributes, the tokenizer or Skill's layout change


def _read_cache(path: Path) -> Vocabulary | None:
    import pickle

    try:
        with open(path, "rb") as handle:
            vocab = pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing, stale or damaged cache is rebuilt
        return None
    return vocab if isinstance(vocab, Vocabulary) else None


def _write_cache(path: Path, vocab: Vocabulary) -> None:
    import os
    import pickle
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".vocabulary-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(vocab, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


_USER_SKILL_KEYS = ("name", "category", "aliases", "implies", "soft", "strict")
_USER_TOP_KEYS = ("skill", "stop")


def _merge_user_file(path: str, skills: dict[str, dict], stop: list[str]) -> None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    from jobmatch.errors import InputFileError
    from jobmatch.loaders import STDIN, read_file_bytes

    if str(path) == STDIN:  # (standard input is an input's: `match cv.txt - --vocab -` would read it twice)
        raise VocabularyError(f"{STDIN}: --vocab takes a file, not standard input")
    try:  # as an input file is read: its problems in the same words, its size limited ("--vocab /dev/zero")
        raw_bytes = read_file_bytes(str(path))
    except InputFileError as error:
        raise VocabularyError(str(error)) from None
    try:
        data = tomllib.loads(raw_bytes.decode("utf-8-sig"))  # TOML is UTF-8; a BOM is allowed
    except UnicodeDecodeError:
        raise VocabularyError(f"{path}: not valid TOML (not UTF-8 text)") from None
    except tomllib.TOMLDecodeError as error:
        raise VocabularyError(f"{path}: not valid TOML ({error})") from None
    for key in data:
        if key not in _USER_TOP_KEYS:
            raise VocabularyError(f"{path}: unknown key {key!r} (a vocabulary file has [[skill]] tables and stop)")
    entries = data.get("skill", [])
    if not isinstance(entries, list):
        raise VocabularyError(f"{path}: 'skill' must be an array of tables ([[skill]])")
    for number, raw in enumerate(entries, 1):
        _check_user_skill(path, number, raw)
        name = raw["name"].strip()
        current = skills.get(name.lower())
        category = raw.get("category", "").strip()
        if current is None:
            current = {"name": name, "category": category or "tool", "aliases": [], "implies": [], "strict": []}
            skills[name.lower()] = current
        elif category:
            current["category"] = category
        if "soft" in raw:
            current["soft"] = raw["soft"]
        elif category:
            current["soft"] = category == "soft"
        for field in ("aliases", "implies", "strict"):
            added = [v.strip() for v in raw.get(field, [])]
            current[field] = list(dict.fromkeys([*current.get(field, []), *added]))
    for entry in skills.values():
        unknown = [t for t in entry.get("implies", []) if t.lower() not in skills]
        if unknown:
            raise VocabularyError(f"{path}: skill {entry['name']!r} implies unknown skill {unknown[0]!r}")
        entry["implies"] = [skills[t.lower()]["name"] for t in entry.get("implies", [])]
    extra_stop = data.get("stop", [])
    if not isinstance(extra_stop, list) or not all(isinstance(s, str) and s.strip() for s in extra_stop):
        raise VocabularyError(f"{path}: 'stop' must be a list of phrases")
    stop.extend(s.strip() for s in extra_stop)


def _check_user_skill(path: str, number: int, raw: object) -> None:
    """A [[skill]] table of a user file: a one-line error for anything that would be ignored or
    misread (an unknown key such as a misspelt "alias", a value of the wrong type, a blank name)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise VocabularyError(f"{path}: skill #{number} has no name")
    where = f"{path}: skill {raw['name'].strip()!r}"
    for key in raw:
        if key == "stop":
            raise VocabularyError(f"{where}: 'stop' belongs at the top of the file, before the first [[skill]]")
        if key not in _USER_SKILL_KEYS:
            raise VocabularyError(f"{where}: unknown key {key!r} (known: {', '.join(_USER_SKILL_KEYS)})")
    if "category" in raw and not (isinstance(raw["category"], str) and raw["category"].strip()):
        raise VocabularyError(f"{where}: category must be a name such as \"data\" or \"tool\"")
    if "soft" in raw and not isinstance(raw["soft"], bool):
        raise VocabularyError(f"{where}: soft must be true or false")
    for field in ("aliases", "implies", "strict"):
        value = raw.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise VocabularyError(f"{where}: {field} must be a list of names (none blank)")
