"""Build jobmatch/data/skills.json, the vocabulary the package reads.

Inputs, all inside the project (see NOTICE for their licences and attributions):

* ``vocab/curated.toml``: the hand-written core. It wins on every field: names, categories,
  aliases, strict forms and implications.
* ``vocab/sources/``: copies of open vocabularies, made by ``scripts/derive_sources.py``:
  GitHub Linguist (programming and markup languages), devicon (developer technologies),
  O*NET 29.2 technology examples (software named by occupations), simple-icons (brand names;
  only an allow-list of developer and business tools), ESCO 1.1.1 (skills and knowledge of all
  occupations, and transversal skills), SCOWL (a list of English words, used only to spot
  names that are also ordinary words).
* ``vocab/denylist.txt``: terms never emitted as a name or alias.
* ``tests/data/skillspan/`` (train split) and ``fixtures/postings/``: real postings, read only to
  learn which words are used as ordinary words in postings.

Every source entry becomes a candidate skill. Candidates are merged, in the order curated,
linguist, devicon, O*NET, simple-icons, ESCO, by a normalised key of their names (case- and
punctuation-insensitive: "Node.js" = "NodeJS" = "node-js"), so "Postgres"/"PostgreSQL" and
linguist's "Go"/curated "Go" become one entry. The first source to name a form owns it: an alias
that another entry already owns is dropped.

False positives are the main risk of a large vocabulary, so every name or alias that does not
come from the curated file passes `_judge_form`:

* denylisted terms and generic nouns ("management", "software") are dropped;
* one- and two-character names are dropped;
* a one-word form that is an ordinary word (a lowercase SCOWL word, or a word used in lowercase
  outside skill annotations in the SkillSpan train postings or in the fixture postings), or a
  proper noun ("Julia", "Phoenix"), becomes a `strict` form (it then matches only with exactly
  this capitalisation and in a technical context) when it is capitalised, and is dropped when
  it is not;
* so does a one-word form spelled almost like a common word, which the package's typo
  matching would otherwise take for it ("nearly" -> Nearley, "aspects" -> AspectJ), and a
  three-letter acronym from a source ("TOC", "TMS");
* a language from linguist whose name is an ordinary word and that no other technical source
  knows ("Pan", "Sway", "Mint") is dropped whole;
* a vendor-less product name ("Professional" for "Bloomberg Professional") is an alias only
  when it holds a distinctive word;
* ESCO contributes knowledge concepts of at most 4 words (skills worded as verb phrases only
  when they name a curated skill with filler words, "manage payroll" -> payroll, or a
  transversal skill, "think critically" -> critical thinking); its alternative labels only when
  they share a distinctive word with the label, since many are broader terms ("wind farm" for
  "offshore constructions and facilities").

The figures of the result against real postings: ``python scripts/eval_skillspan.py -v``.

Run ``python scripts/build_vocab.py`` to rebuild; ``--check`` exits 1 when the shipped file is
out of date (the test suite runs it). The build is deterministic and reads nothing outside the
project.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CURATED = ROOT / "vocab" / "curated.toml"
DENYLIST = ROOT / "vocab" / "denylist.txt"
SOURCES = ROOT / "vocab" / "sources"
SKILLSPAN = ROOT / "tests" / "data" / "skillspan" / "skillspan_train_dev_postings.jsonl"
FIXTURE_POSTINGS = ROOT / "fixtures" / "postings"
OUTPUT = ROOT / "jobmatch" / "data" / "skills.json"

CATEGORIES = {
    "language", "framework", "library", "database", "cloud", "devops", "data", "ml", "testing",
    "tool", "platform", "concept", "methodology", "security", "os", "design", "business",
    "domain", "certification", "soft", "trait", "spoken_language",
}
TECH_CATEGORIES = {
    "language", "framework", "library", "database", "cloud", "devops", "data", "ml", "testing",
    "tool", "platform", "os", "security",
}
SOURCE_ORDER = ["curated", "linguist", "devicon", "onet", "simple-icons", "esco"]

# Generic nouns: fine as curated skills ("data analysis"), never as a name or alias that a
# source brings in on its own.
GENERIC_WORDS = frozenset("""
management software data design testing operations analysis research development planning
communication communications engineering technology technologies science sciences business
support service services quality production training education administration strategy
reporting documentation architecture programming coding modeling modelling consulting learning
writing health safety policy policies media content digital web internet online mobile cloud
network networks networking computer computers computing systems system tools tool analytics
automation integration infrastructure optimization optimisation storage hardware innovation
performance evaluation assessment maintenance implementation deployment governance finance
economics products product project projects processes process methods techniques principles
standards procedures practices skills knowledge platform platforms application applications
solutions solution framework frameworks library libraries language languages database databases
server servers security compliance marketing sales operation general basic advanced middleware
""".split())

# One-word ESCO knowledge labels that are ordinary words more often than skills in postings.
ESCO_ORDINARY = frozenset("""
allergies beeswax blueprints boxing bristles cameras dies electricity energy explosives football
golf graphite hair history lasers literature logic medicines migration morality obesity patents
prayer pregnancy protein radars securities sensors ski snowboard spelling tennis terminology
wildlife logging consultation grammar betting coining crafting crimping childbirth camouflage
oxidation adhesives herbicides pesticides refrigerants gemstones cosmetics microprocessors
lactation repossession foreclosure trademarks firmware livestock ethics politics database
algorithms geometry mechanics semantics rhetoric spiritualism ecosystems geography
""".split())

# Ordinary words that the dictionary spells as two ("base camp"): treated as common words.
ORDINARY_EXTRA = frozenset("basecamp workday greenhouse heartbeat hotspot checkpoint".split())

MAX_WORDS = 5  # longer names never match running text
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")


# ---------------------------------------------------------------------------------------------
# normalisation


def norm_key(text: str) -> str:
    """Case- and punctuation-insensitive key: "Node.js" = "NodeJS", "C#" = "CSharp"."""
    # an acronym in capitals ending in S is no plural, as the matcher keys it (vocabulary._fold): "SSRS"
    # (SQL Server Reporting Services) is no "SSR" (server-side rendering)
    acronym = re.fullmatch(r"[A-Z]{3,4}S", text.split()[-1] if text.split() else "") is not None
    text = text.lower().replace("c++", "cpp").replace("++", "pp").replace("#", "sharp")
    text = text.replace("&", " and ")
    words = [re.sub(r"[^a-z0-9]", "", w) for w in re.split(r"[\s\-/_]+", text)]
    words = [w for w in words if w]
    if not acronym and words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith(
        ("ss", "us", "is", "os", "as")
    ):
        words[-1] = words[-1][:-1]
    return "".join(words)


def words_of(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", text.strip()) if w]


def _alnum_len(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _fold_token(word: str) -> str:
    """The light plural folding of the package's matcher (jobmatch.vocabulary.fold)."""
    if len(word) > 4 and word.endswith("ies") and word[-4] not in "aeiou":
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "os", "as")):
        return word[:-1]
    return word


def _variants(word: str) -> set[str]:
    out = {word}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    if word.endswith("es"):
        out.add(word[:-2])
    if word.endswith("s"):
        out.add(word[:-1])
    else:
        out |= {word + "s", word + "es"}
    return out


# ---------------------------------------------------------------------------------------------
# what counts as an ordinary word


@dataclass
class Lexicon:
    common: set[str]  # lowercase ordinary words (SCOWL)
    corpus: set[str]  # words used in lowercase outside skill spans in real postings
    proper: set[str]  # lowercased proper nouns ("julia", "phoenix")
    denied: set[str]
    _buckets: dict[tuple[str, int], list[str]] = field(default_factory=dict)

    def is_common(self, word: str) -> bool:
        return any(v in self.common or v in self.corpus for v in _variants(word.lower()))

    def in_corpus(self, word: str) -> bool:
        return any(v in self.corpus for v in _variants(word.lower()))

    def is_proper(self, word: str) -> bool:
        return word.lower() in self.proper

    def is_near_common(self, word: str) -> bool:
        """Spelled almost like a common word, so that the extractor's typo matching would take
        the word for this name ("nearly" -> Nearley, "aspects" -> AspectJ)."""
        from rapidfuzz import fuzz, process

        word = word.lower()
        if len(word) < 6 or not word.isalpha():
            return False
        if not self._buckets:
            # the extractor fuzzes only tokens whose folded key has at least 6 letters
            for w in sorted({_fold_token(w) for w in self.common | self.corpus}):
                if len(w) >= 6:
                    self._buckets.setdefault((w[0], len(w)), []).append(w)
        pool = [
            w for n in range(len(word) - 2, len(word) + 3) for w in self._buckets.get((word[0], n), [])
        ]
        pool = [w for w in pool if w not in _variants(word)]
        return bool(pool) and process.extractOne(
            word, pool, scorer=fuzz.ratio, score_cutoff=89
        ) is not None


def load_denylist(path: Path = DENYLIST) -> set[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.add(line)
    return out


def _skillspan_ordinary_words(path: Path) -> set[str]:
    """Lowercase words that the SkillSpan *train* postings use mostly outside skill annotations.

    A word counts when it is written in lowercase outside any annotated span at least twice as
    often as it occurs (in any case) inside one: "spring" and "express" do, "kubernetes" (a
    skill that some postings write in lowercase) does not. The `Technologies` line of Stack
    Overflow postings (a list of lowercase tags) is skipped. The dev split is left alone, so
    that scripts/eval_skillspan.py can measure on unseen text.
    """
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    if not path.exists():
        return set()
    for line in path.read_text(encoding="utf-8").splitlines():
        posting = json.loads(line)
        if posting["split"] != "train":
            continue
        covered: set[tuple[int, int]] = set()
        for span in posting["knowledge_spans"] + posting["skill_spans"]:
            covered |= {(span["sent"], t) for t in range(span["tok"][0], span["tok"][1])}
        sentences = posting["sentences"]
        for i, sentence in enumerate(sentences):
            if i and sentences[i - 1].strip().lower() == "technologies":
                continue
            for t, token in enumerate(sentence.split(" ")):
                if not token.isalpha():
                    continue
                if (i, t) in covered:
                    inside[token.lower()] += 1
                elif token.islower():
                    outside[token] += 1
    return {w for w, n in outside.items() if n >= 2 * inside[w]}


def _fixture_ordinary_words(folder: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in sorted(folder.glob("*")):
        if path.suffix in {".md", ".txt"}:
            for word in WORD_RE.findall(path.read_text(encoding="utf-8")):
                if word.islower():
                    counts[word] += 1
    return counts


def load_lexicon() -> Lexicon:
    common: set[str] = set()
    proper: set[str] = set()
    for line in (SOURCES / "scowl" / "english_words.txt").read_text(encoding="utf-8").split():
        (common if line.islower() else proper).add(line.lower())
    corpus = _skillspan_ordinary_words(SKILLSPAN) | set(_fixture_ordinary_words(FIXTURE_POSTINGS))
    common |= ORDINARY_EXTRA
    return Lexicon(common=common, corpus=corpus, proper=proper - common - corpus,
                   denied=load_denylist())


# ---------------------------------------------------------------------------------------------
# candidates and the merged vocabulary


@dataclass
class Candidate:
    name: str
    category: str
    source: str
    aliases: list[str] = field(default_factory=list)
    implies: list[str] = field(default_factory=list)
    # extra keys that may find an existing entry (e.g. the name without its vendor)
    match: list[str] = field(default_factory=list)
    soft: bool = False
    # merge into an existing entry only; never create one
    merge_only: bool = False
    # may merge into an existing entry by one of its aliases as well as by its name
    match_by_alias: bool = False
    # forms that are the name without its vendor ("Visual Studio" for "Microsoft Visual
    # Studio"): they find entries, but become aliases only when they hold a distinctive word
    stripped: list[str] = field(default_factory=list)
    # the name is a field of knowledge that ESCO names with one ordinary-looking word
    # ("carpentry", "cardiology"): judged against real postings only, not the dictionary
    field_name: bool = False


@dataclass
class Entry:
    name: str
    category: str
    soft: bool
    curated: bool
    aliases: dict[str, str] = field(default_factory=dict)  # lower -> form
    strict: set[str] = field(default_factory=set)
    implies: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    def forms(self) -> Iterator[str]:
        yield self.name
        yield from self.aliases.values()


class Vocab:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.entries: list[Entry] = []
        self.owner: dict[str, Entry] = {}  # norm_key -> entry
        self.dropped: Counter[str] = Counter()

    # -- judging forms ----------------------------------------------------------------------

    def judge(self, form: str, kind: str = "alias") -> str | None:
        """'keep', 'strict', or None (drop) for a form that a source brings in.

        `kind` is "alias", "stripped" (a vendor's product name without the vendor) or "field"
        (ESCO's one-word fields of knowledge).
        """
        form = form.strip()
        lower = form.lower()
        words = words_of(form)
        if not words or len(words) > MAX_WORDS or len(form) > 60:
            return None
        if lower in self.lex.denied or norm_key(form) in self.denied_keys:
            return None
        if not re.search(r"[A-Za-z]", form) or re.search(r"[,;:!?\"]|\.\.|^\W", form.strip(".#")):
            return None
        if kind == "stripped" and not any(
            not self.lex.is_common(w) and not self.lex.is_proper(w) or (w.isupper() and len(w) > 1)
            for w in words
        ):
            return None  # "Professional" (Bloomberg), "Human Resource Management" (Lawson)
        if len(words) == 1:
            if _alnum_len(form) <= 2:
                return None
            if re.fullmatch(r"[A-Z][A-Z0-9]{2}", form):
                return "strict"  # a three-letter acronym means many things ("TOC", "TMS")
            if lower in GENERIC_WORDS or any(v in GENERIC_WORDS for v in _variants(lower)):
                return None
            plain = re.sub(r"[^A-Za-z]", "", form)
            if kind == "field":
                if self.lex.in_corpus(lower) or lower in ESCO_ORDINARY or (
                    self.lex.is_near_common(lower)
                ):
                    return None
                return "keep"
            if plain.lower() == lower.replace(".", "") and (
                self.lex.is_common(lower) or self.lex.is_proper(lower)
                or self.lex.is_near_common(lower)
            ):
                return "strict" if form != lower else None
        return "keep"

    @property
    def denied_keys(self) -> set[str]:
        if not hasattr(self, "_denied_keys"):
            self._denied_keys = {norm_key(t) for t in self.lex.denied}
        return self._denied_keys

    # -- building ---------------------------------------------------------------------------

    def find(self, text: str) -> Entry | None:
        return self.owner.get(norm_key(text))

    def add_curated(self, raw: dict) -> None:
        name = raw["name"].strip()
        category = raw.get("cat") or raw.get("category")
        if category not in CATEGORIES:
            raise ValueError(f"{name}: unknown category {category!r}")
        entry = Entry(
            name=name,
            category=category,
            soft=bool(raw.get("soft", category in ("soft", "trait"))),
            curated=True,
            implies=set(raw.get("implies", [])),
            sources={"curated"},
        )
        forms = [name] + [a.strip() for a in raw.get("aliases", []) if a.strip()]
        for form in forms:
            if form.lower() in self.lex.denied:
                raise ValueError(f"{name}: curated form {form!r} is in vocab/denylist.txt")
            if form.lower() != name.lower():
                entry.aliases.setdefault(form.lower(), form)
            holder = self.owner.get(norm_key(form))
            # two curated skills claiming one form: the first would win silently
            claimed = holder is not None and holder.curated and holder.name != name
            if claimed and form.lower() in {f.lower() for f in holder.forms()}:
                raise ValueError(f"{name}: curated form {form!r} already names {holder.name!r}")
            self.owner.setdefault(norm_key(form), entry)
        known = {f.lower() for f in entry.forms()}
        for form in raw.get("strict", []):
            if form.strip().lower() not in known:
                raise ValueError(f"{name}: strict form {form!r} is neither the name nor an alias")
            entry.strict.add(form.strip())
        self.entries.append(entry)

    def _add_form(self, entry: Entry, form: str, kind: str = "alias") -> bool:
        form = re.sub(r"\s+", " ", form.strip())
        verdict = self.judge(form, kind)
        if verdict is None:
            self.dropped[form] += 1
            return False
        key = norm_key(form)
        if not key:
            return False
        holder = self.owner.get(key)
        if holder is not None and holder is not entry:
            return False
        if entry.curated and holder is None and verdict == "strict":
            return False  # a source may add aliases to a curated entry, never an ordinary word
        self.owner[key] = entry
        if form.lower() == entry.name.lower():
            if verdict == "strict" and not entry.curated:
                entry.strict.add(form)
            return True
        if form.lower() in entry.aliases:
            return True
        # aliases that equal another form but for case are redundant (matching ignores case)
        entry.aliases[form.lower()] = form
        if verdict == "strict":
            entry.strict.add(form)
        return True

    def add(self, cand: Candidate) -> Entry | None:
        if cand.name.strip().lower() in self.lex.denied:
            return None
        target = self.find(cand.name)
        if target is None:
            for extra in [*cand.match, *cand.stripped]:
                target = self.find(extra)
                if target is not None:
                    break
        if target is None and cand.match_by_alias:
            for alias in cand.aliases:
                hit = self.find(alias)
                if hit is not None and norm_key(hit.name) == norm_key(alias):
                    target = hit
                    break
        if target is not None:
            if cand.source == "esco" and target.category in TECH_CATEGORIES and (
                cand.name.islower() and len(words_of(cand.name)) == 1
            ):
                return None  # ESCO's "processing" is not linguist's Processing
            target.sources.add(cand.source)
            for form in [cand.name, *cand.aliases]:
                self._add_form(target, form, "field" if cand.field_name and form == cand.name
                               else "alias")
            for form in cand.stripped:
                self._add_form(target, form, "stripped")
            if not target.curated:
                target.implies |= set(cand.implies)
                target.soft = target.soft or cand.soft
            return target
        if cand.merge_only:
            return None
        forms = [cand.name, *cand.aliases]
        name = None
        # devicon and simple-icons name some entries by a slug or brand spelling: another form
        # may serve as the name. Elsewhere a rejected name ("DM", "Scheme") drops the entry.
        for form in forms if cand.source in {"devicon", "simple-icons"} else forms[:1]:
            kind = "field" if cand.field_name and form == cand.name else "alias"
            if self.judge(form, kind) is not None and norm_key(form) not in self.owner:
                name = form.strip()
                break
        if name is None:
            self.dropped[cand.name] += 1
            return None
        entry = Entry(
            name=re.sub(r"\s+", " ", name),
            category=cand.category,
            soft=cand.soft or cand.category == "soft",
            curated=False,
            implies=set(cand.implies),
            sources={cand.source},
        )
        self.entries.append(entry)
        for form in [name, *forms]:
            self._add_form(entry, form, "field" if cand.field_name and form == cand.name
                           else "alias")
        for form in cand.stripped:
            self._add_form(entry, form, "stripped")
        return entry

    # -- output -----------------------------------------------------------------------------

    def _drop_colliding_aliases(self) -> None:
        """The package indexes forms by its own token keys (jobmatch.vocabulary.key_of), which
        may join two forms that norm_key keeps apart: the earlier entry keeps such a key."""
        try:
            from jobmatch.vocabulary import key_of
        except ImportError:  # pragma: no cover - the build runs inside the project
            return
        seen: dict[tuple[str, ...], Entry] = {}
        for entry in self.entries:
            for form in [entry.name, *entry.aliases.values()]:
                seen.setdefault(key_of(form), entry)
        for entry in self.entries:
            if entry.curated:
                continue
            for lower, form in list(entry.aliases.items()):
                if seen.get(key_of(form)) is not entry:
                    del entry.aliases[lower]
                    entry.strict.discard(form)

    def finish(self) -> list[dict]:
        self._drop_colliding_aliases()
        by_name = {e.name: e for e in self.entries}
        skills = []
        for e in self.entries:
            if not e.curated:
                e.implies = {t for t in e.implies if t in by_name and t != e.name}
            strict = sorted(s for s in e.strict if s.lower() in {f.lower() for f in e.forms()})
            skills.append(
                {
                    "name": e.name,
                    "category": e.category,
                    "soft": e.soft,
                    "aliases": sorted(e.aliases.values(), key=lambda a: (a.lower(), a)),
                    "strict": strict,
                    "implies": sorted(e.implies),
                    "sources": [s for s in SOURCE_ORDER if s in e.sources],
                }
            )
        skills.sort(key=lambda s: (s["name"].lower(), s["name"]))
        return skills


# ---------------------------------------------------------------------------------------------
# curated


def load_curated(path: Path = CURATED) -> tuple[list[dict], list[str]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    stop = sorted({p.strip().lower() for p in data.get("stop", {}).get("phrases", [])})
    return data["skills"], stop


# ---------------------------------------------------------------------------------------------
# GitHub Linguist

# Data formats worth naming as skills; the other "data" entries are file types.
LINGUIST_DATA = {
    "JSON", "YAML", "XML", "CSV", "TOML", "GraphQL", "SQL", "Protocol Buffer", "SPARQL",
    "Regular Expression", "PlantUML", "Gradle", "HCL", "Graphviz (DOT)", "JSON5", "Jsonnet",
}
LINGUIST_PROSE = {"Markdown", "AsciiDoc", "reStructuredText", "RMarkdown"}
LINGUIST_SHORT_ALIASES = {"cpp", "jsp", "asm", "tsql", "plsql", "xhtml", "objc", "nasm", "perl6"}


def linguist_candidates(others: set[str], lex: Lexicon) -> Iterator[Candidate]:
    data = json.loads((SOURCES / "linguist" / "languages.json").read_text(encoding="utf-8"))
    for lang in data:
        name = re.sub(r"\s*\(.*?\)", "", lang["name"]).strip()
        kind = lang["type"]
        if kind == "data" and lang["name"] not in LINGUIST_DATA:
            continue
        if kind == "prose" and lang["name"] not in LINGUIST_PROSE:
            continue
        if not lang.get("extensions") and norm_key(name) not in others:
            continue  # file-name based types: Procfile, Earthfile, Julia REPL
        corroborated = norm_key(name) in others
        if not corroborated and len(words_of(name)) == 1 and (
            lex.is_common(name) or lex.is_proper(name)
        ):
            continue  # obscure language named by an ordinary word: Pan, Mint, Sway
        # linguist's aliases are mostly file-type ids ("rb", "ahk", "bsv"): keep the readable ones
        aliases = [
            a for a in lang.get("aliases", [])
            if len(a) >= 5 or a.lower() in LINGUIST_SHORT_ALIASES or a != a.lower()
        ]
        if len(words_of(name)) == 1 and name.lower() != name and (
            lex.is_common(name) or lex.is_proper(name)
        ):
            aliases.append(f"{name} language")
        category = "data" if kind == "data" else "language"
        implies = [lang["group"]] if lang.get("group") else []
        yield Candidate(name, category, "linguist", aliases=aliases, implies=implies)


# ---------------------------------------------------------------------------------------------
# devicon

DEVICON_SKIP_TAGS = {
    "social", "website", "brand", "browser", "iconset", "online-platform", "coding-platform",
}
# tag -> category, first match wins
DEVICON_TAG_CATEGORY = [
    ("testing", "testing"), ("test-runner", "testing"),
    ("machine-learning", "ml"), ("computer-vision", "ml"),
    ("database", "database"), ("nosql", "database"), ("db", "database"),
    ("language", "language"),
    ("cloud", "cloud"), ("hosting", "cloud"), ("serverless", "cloud"),
    ("cloud-computing-platform", "cloud"),
    ("continuous-delivery", "devops"), ("devops", "devops"), ("container", "devops"),
    ("kubernetes", "devops"), ("monitoring", "devops"), ("infrastructure-as-code", "devops"),
    ("deployment", "devops"), ("orchestrator", "devops"), ("observability", "devops"),
    ("integration", "devops"), ("gitops", "devops"), ("provisioning", "devops"),
    ("data-science", "data"), ("data-processing", "data"), ("streaming", "data"),
    ("big data", "data"), ("visualization", "data"), ("statistics", "data"),
    ("security", "security"), ("auth", "security"), ("authentication", "security"),
    ("os", "os"), ("linux", "os"), ("operating-system", "os"), ("distribution", "os"),
    ("framework", "framework"), ("cms", "platform"),
    ("library", "library"),
    ("design", "design"), ("graphic", "design"), ("vector", "design"), ("3d", "design"),
    ("video", "design"), ("animation", "design"),
    ("platform", "platform"),
]
# tags that name a technology the tagged one is built on (devicon: "nodejs" framework)
DEVICON_PARENT_TAGS = {
    "python": "Python", "java": "Java", "javascript": "JavaScript", "js": "JavaScript",
    "typescript": "TypeScript", "php": "PHP", "ruby": "Ruby", "nodejs": "Node.js",
    "go": "Go", "rust": "Rust", "kotlin": "Kotlin", "scala": "Scala", "elixir": "Elixir",
    "dotnet": ".NET", ".net": ".NET", "c#": "C#", "csharp": "C#", "c-sharp": "C#",
    "reactjs": "React", "react": "React", "vuejs": "Vue.js", "angular": "Angular",
    "laravel": "Laravel", "kubernetes": "Kubernetes", "docker": "Docker", "swift": "Swift",
    "dart": "Dart", "haskell": "Haskell", "clojure": "Clojure", "groovy": "Groovy",
    "lua": "Lua", "perl": "Perl", "r": "R", "android": "Android", "react-native": "React Native",
    "react native": "React Native", "azure": "Azure", "elastic": "Elasticsearch",
}
DEVICON_DISPLAY = {
    # slugs that no other source spells out
    "aarch64": "AArch64", "aftereffects": "Adobe After Effects", "akka": "Akka",
    "angularmaterial": "Angular Material", "appcelerator": "Appcelerator", "argocd": "Argo CD",
    "azuresqldatabase": "Azure SQL Database", "bevyengine": "Bevy Engine",
    "browserstack": "BrowserStack", "clojurescript": "ClojureScript", "cloudrun": "Cloud Run",
    "corejs": "core-js", "cosmosdb": "Azure Cosmos DB", "d3js": "D3.js",
    "dataspell": "DataSpell", "datatables": "DataTables", "denojs": "Deno",
    "detaspace": "Deta Space", "djangorest": "Django REST framework",
    "dotnetcore": ".NET Core", "dreamweaver": "Adobe Dreamweaver", "dropwizard": "Dropwizard",
    "dyalog": "Dyalog APL", "embeddedc": "Embedded C", "entityframeworkcore": "EF Core",
    "faunadb": "FaunaDB", "feathersjs": "FeathersJS", "filamentphp": "Filament",
    "firebird": "Firebird", "framermotion": "Framer Motion", "gazebo": "Gazebo",
    "gcc": "GCC", "githubcodespaces": "GitHub Codespaces", "godot": "Godot",
    "grails": "Grails", "hardhat": "Hardhat", "hyperv": "Hyper-V", "inertiajs": "Inertia.js",
    "intellij": "IntelliJ IDEA", "jaegertracing": "Jaeger", "jiraalign": "Jira Align",
    "kaldi": "Kaldi", "karatelabs": "Karate", "krakenjs": "Kraken.js", "kubeflow": "Kubeflow",
    "laminas": "Laminas", "laraveljetstream": "Laravel Jetstream", "libgdx": "libGDX",
    "love2d": "LÖVE", "magento": "Magento", "materializecss": "Materialize CSS",
    "materialui": "Material UI", "matplotlib": "Matplotlib", "maya": "Autodesk Maya",
    "microsoftsqlserver": "Microsoft SQL Server", "minitab": "Minitab", "mithril": "Mithril.js",
    "msdos": "MS-DOS", "netbeans": "NetBeans", "netbox": "NetBox", "networkx": "NetworkX",
    "nhibernate": "NHibernate", "nodewebkit": "NW.js", "nuxtjs": "Nuxt.js", "oauth": "OAuth",
    "objectivec": "Objective-C", "ohmyzsh": "Oh My Zsh", "openal": "OpenAL",
    "openapi": "OpenAPI", "opencl": "OpenCL", "photonengine": "Photon Engine",
    "photoshop": "Adobe Photoshop", "pixijs": "PixiJS", "premierepro": "Adobe Premiere Pro",
    "pyscript": "PyScript", "qodana": "Qodana", "qtest": "qTest",
    "reactnavigation": "React Navigation", "rollup": "Rollup", "rspec": "RSpec",
    "rstudio": "RStudio", "rxjs": "RxJS", "sonarqube": "SonarQube", "spicedb": "SpiceDB",
    "spyder": "Spyder", "sqldeveloper": "Oracle SQL Developer", "ssh": "SSH",
    "stenciljs": "Stencil", "threedsmax": "Autodesk 3ds Max", "titaniumsdk": "Titanium SDK",
    "tomcat": "Apache Tomcat", "tortoisegit": "TortoiseGit", "towergit": "Tower",
    "twilio": "Twilio", "unifiedmodelinglanguage": "UML", "uwsgi": "uWSGI",
    "veevalidate": "VeeValidate", "vertx": "Vert.x", "visualbasic": "Visual Basic",
    "visualstudio": "Visual Studio", "vitejs": "Vite", "vscode": "Visual Studio Code",
    "vsphere": "vSphere", "vuestorefront": "Vue Storefront", "wasm": "WebAssembly",
    "xamarin": "Xamarin", "xd": "Adobe XD", "yugabytedb": "YugabyteDB", "zustand": "Zustand",
    "cypressio": "Cypress", "jeet": "Jeet", "k3os": "k3OS", "amazonwebservices": "AWS",
    "azuredevops": "Azure DevOps", "dot-net": ".NET", "csharp": "C#", "css3": "CSS",
    "dynamodb": "DynamoDB", "couchdb": "CouchDB", "reactnative": "React Native",
    "powershell": "PowerShell", "oracle": "Oracle Database", "playwright": "Playwright",
    "salesforce": "Salesforce", "spss": "SPSS", "stata": "Stata", "tex": "TeX",
    "travis": "Travis CI", "unix": "Unix", "windows11": "Windows 11", "windows8": "Windows 8",
    "vyper": "Vyper", "sdl": "SDL", "apl": "APL", "awk": "AWK", "rexx": "REXX",
    "cobol": "COBOL", "matlab": "MATLAB", "grpc": "gRPC", "junit": "JUnit",
    "eclipse": "Eclipse IDE", "emacs": "Emacs", "atom": "Atom", "putty": "PuTTY",
    "nats": "NATS", "realm": "Realm", "ecto": "Ecto", "teleport": "Teleport",
    "terramate": "Terramate", "scalingo": "Scalingo", "shotgrid": "ShotGrid", "spack": "Spack",
    "sulu": "Sulu", "waku": "Waku", "zig": "Zig", "codeac": "Codeac", "discloud": "Discloud",
    "gardener": "Gardener", "harvester": "Harvester", "nimble": "Nimble", "norg": "Neorg",
    "sema": "Sema", "rect": "Rect", "reach": "Reach", "jule": "Jule", "fusion": "Fusion",
    "fiber": "Fiber", "foundation": "Foundation", "handlebars": "Handlebars.js",
    "knockout": "Knockout.js", "karma": "Karma", "pulsar": "Pulsar", "ember": "Ember.js",
    "phoenix": "Phoenix", "processing": "Processing", "maven": "Maven",
    "illustrator": "Adobe Illustrator", "solidjs": "SolidJS", "phalcon": "Phalcon",
    "carbon": "Carbon", "clarity": "Clarity", "cairo": "Cairo", "ceylon": "Ceylon",
    "ballerina": "Ballerina", "apex": "Apex", "angularjs": "AngularJS", "canva": "Canva",
    "hadoop": "Hadoop", "heroku": "Heroku", "memcached": "Memcached", "slack": "Slack",
    "twitter": "Twitter", "linkedin": "LinkedIn", "chrome": "Chrome", "ie10": "IE10",
}


def devicon_candidates(si_by_slug: dict[str, str], si_by_key: dict[str, str]) -> Iterator[
    Candidate
]:
    data = json.loads((SOURCES / "devicon" / "devicon_names.json").read_text(encoding="utf-8"))
    for item in data:
        slug = item["name"]
        tags = [t.lower() for t in item.get("tags", [])]
        if DEVICON_SKIP_TAGS & set(tags):
            continue
        alts = [a for a in item.get("altnames", []) if a]
        display = (
            DEVICON_DISPLAY.get(slug)
            or si_by_slug.get(slug)
            or si_by_key.get(norm_key(slug))
            or next((a for a in alts if a != a.lower() or " " in a), None)
            or slug[:1].upper() + slug[1:]
        )
        category = next((c for t, c in DEVICON_TAG_CATEGORY if t in tags), "tool")
        parents = sorted({DEVICON_PARENT_TAGS[t] for t in tags if t in DEVICON_PARENT_TAGS})
        implies = parents if len(parents) == 1 and category in {
            "framework", "library", "testing", "tool", "devops"
        } else []
        aliases = [a for a in alts if norm_key(a) != norm_key(display)]
        if norm_key(slug) != norm_key(display) and not any(
            norm_key(a) == norm_key(slug) for a in aliases
        ):
            aliases.append(slug)
        yield Candidate(display, category, "devicon", aliases=aliases, implies=implies,
                        match=[slug], match_by_alias=True)


# ---------------------------------------------------------------------------------------------
# O*NET technology examples

ONET_CATEGORY = {
    "Analytical or scientific software": "data",
    "Data base user interface and query software": "database",
    "Data base management system software": "database",
    "Object oriented data base management software": "database",
    "Data base reporting software": "data",
    "Business intelligence and data analysis software": "data",
    "Data mining software": "data",
    "Metadata management software": "data",
    "Categorization or classification software": "data",
    "Charting software": "data",
    "Medical software": "domain",
    "Financial analysis software": "business",
    "Accounting software": "business",
    "Tax preparation software": "business",
    "Enterprise resource planning ERP software": "business",
    "Human resources software": "business",
    "Time accounting software": "business",
    "Customer relationship management CRM software": "business",
    "Point of sale POS software": "business",
    "Procurement software": "business",
    "Sales and marketing software": "business",
    "Materials requirements planning logistics and supply chain software": "business",
    "Inventory management software": "business",
    "Project management software": "tool",
    "Compliance software": "business",
    "Risk management data and analysis software": "business",
    "Legal management software": "business",
    "Helpdesk or call center software": "business",
    "Contact center software": "business",
    "Facilities management software": "business",
    "Computer aided design CAD software": "design",
    "Computer aided manufacturing CAM software": "design",
    "Graphics or photo imaging software": "design",
    "Video creation and editing software": "design",
    "Music or sound editing software": "design",
    "Desktop publishing software": "design",
    "Pattern design software": "design",
    "Computer imaging software": "design",
    "Development environment software": "tool",
    "Compiler and decompiler software": "tool",
    "Program testing software": "testing",
    "Object or component oriented development software": "language",
    "Web platform development software": "framework",
    "Graphical user interface development software": "framework",
    "Web page creation and editing software": "tool",
    "Operating system software": "os",
    "Network operating system enhancement software": "os",
    "Network monitoring software": "devops",
    "Configuration management software": "devops",
    "Enterprise system management software": "devops",
    "Administration software": "devops",
    "Backup or archival software": "devops",
    "Clustering software": "devops",
    "Application server software": "devops",
    "Transaction server software": "devops",
    "Storage networking software": "cloud",
    "Cloud-based data access and sharing software": "cloud",
    "Cloud-based management software": "cloud",
    "Cloud-based protection or security software": "security",
    "Transaction security and virus protection software": "security",
    "Network security or virtual private network VPN management software": "security",
    "Network security and virtual private network VPN equipment software": "security",
    "Authentication server software": "security",
    "Enterprise application integration software": "devops",
    "Industrial control software": "domain",
    "Flight control software": "domain",
    "Map creation software": "domain",
    "Geographic information system": "domain",
    "Route navigation software": "domain",
    "Computer based training software": "tool",
    "Multi-media educational software": "tool",
    "Library software": "tool",
}
VENDORS = sorted(
    """
Microsoft|IBM|Oracle|SAP|Adobe|Apple|Google|Autodesk|Apache|Amazon|Amazon Web Services AWS|
Atlassian|Corel|Cisco|Cisco Systems|Dassault Systemes|ESRI|Esri|Intuit|The MathWorks|MathWorks|
National Instruments|Red Hat|Hewlett Packard|Hewlett-Packard|HP|Bentley|Bentley Systems|Trimble|
Siemens|Salesforce|Salesforce.com|GE Healthcare|LogMeIn|Qlik Tech|StataCorp|SAP BusinessObjects|
Avid Technology|Avid|Sun Microsystems|Embarcadero|PTC|Wolfram Research|Maplesoft|Mathsoft|Quest|
Informatica Corporation|Informatica|TIBCO|Talend|Unity Technologies|VMware|Veritas|McNeel|Maxon|
Systat Software|GraphPad Software|TechSmith|Mozilla|Rockwell|Rockwell Automation|AVEVA|Nuance|
Kronos|Thomson Reuters|Blackbaud|Leica Geosystems|MSC Software|Mentor Graphics|Delcam|
Vero Software|Golden Software|Caliper|RockWare|Dartware|EMC|Hyland Software|Hyland|
Iron Mountain|Perforce|SmugMug|iParadigms|NortonLifeLock|Symantec|Infor|Epicor|Deltek|Ceridian|
Lawson|Cadence|Allscripts|Cerner|Epic|Epic Systems|Graphisoft|Bloomberg|Econometric Software|
Quark|ACD Systems|Trend Micro|McAfee|Sage|BMC Software|Pitney Bowes|Minitab|Teradata|Wonderware|
NetSuite|Workday|ADP|Paychex|Zoho|Kofax|Nuance Communications|Xactware|Procore|Bizmatics
""".replace("\n", "").split("|"),
    key=lambda v: -len(v),
)
ACRONYM_RE = re.compile(r"^\(?([A-Z][A-Za-z0-9/.&+-]*[A-Z0-9])\)?$")
ONET_DROP = {
    "Facebook", "YouTube", "Twitter", "Instagram", "TikTok", "Pinterest", "LinkedIn", "Google",
    "GroupMe", "FaceTime", "Snapchat", "Web browser software", "Internet browser software",
    "Microsoft Internet Explorer", "Netscape Navigator", "Mozilla Firefox", "Google Chrome",
    "Apple Safari", "Social media sites", "Email software", "Word processing software",
    "Spreadsheet software", "Presentation software", "Operating system software",
    "Database software", "Graphics software", "Software development tools", "Software libraries",
    "Business software applications", "Online databases", "Microsoft operating system",
    "O*NET OnLine", "Career Zone", "Hand held spell checkers", "Handheld computer device software",
    "Image scanning software", "Scanning software", "Web application software",
    "Instant messaging software", "Data entry software", "Filing system software",
    "The General Store", "Kitty Hawk", "Eko", "Blink", "Appletree", "Tadpoles", "Litchi",
    "Interstate connection ICON", "Compris software", "Common Curriculum", "Seesaw", "Bloomz",
    "Operational databases", "Customer information databases", "Drawing software",
    "Calendar software", "Modeling software", "Reporting software",
}


def _split_acronym(text: str) -> tuple[str, str | None]:
    """"Structured query language SQL" -> ("Structured query language", "SQL")."""
    words = text.split()
    if len(words) < 2:
        return text, None
    m = ACRONYM_RE.match(words[-1])
    if not m:
        return text, None
    acro = m.group(1)
    letters = [c.lower() for c in acro if c.isalpha()]
    if len(letters) < 2 or sum(c.isupper() for c in acro) < 2:
        return text, None
    head = " ".join(words[:-1])
    # every letter of the acronym appears, in order, in the words before it
    pool = head.lower()
    pos = 0
    for letter in letters:
        pos = pool.find(letter, pos)
        if pos < 0:
            return text, None
        pos += 1
    return head, acro


def _strip_vendor(text: str) -> str | None:
    for vendor in VENDORS:
        if text.startswith(vendor + " ") and len(text) > len(vendor) + 1:
            rest = text[len(vendor) + 1:]
            return rest
    return None


ONET_PRODUCT_WORDS = {"Workday", "Blackboard"}

# an O*NET example that names its vendor before the product which repeats the vendor's word
_REPEATED_VENDOR = re.compile(r"(\w+)(?: (?:Software|Technology|Healthcare|Systems?))? (\1\b.+)")


def _product_word(word: str, lex: Lexicon) -> bool:
    """A product or vendor name ("HubSpot", "SAP", "Alteryx"), not a common noun ("Tax")."""
    return (
        word in ONET_PRODUCT_WORDS
        or any(ch.isupper() for ch in word[1:])
        or not lex.is_common(word.lower())
    )


def onet_candidates(lex: Lexicon) -> Iterator[Candidate]:
    path = SOURCES / "onet" / "technology_examples.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        hot = row["hot_technology"] == "Y" or row["in_demand"] == "Y"
        if not hot and int(row["n_occupations"]) < 3:
            continue
        example = row["example"].strip()
        if example in ONET_DROP:
            continue
        titles = row["commodity_titles"].split("|")
        category = next((ONET_CATEGORY[t] for t in titles if t in ONET_CATEGORY), "tool")
        text = re.sub(r"\s*\((.*?)\)\s*$", r" \1", example).strip()
        suffix = ""
        m = re.fullmatch(r"(.+?) (software|systems?)", text)
        if m and _split_acronym(m.group(1))[1]:
            text, suffix = m.group(1), m.group(2)  # "Geographic information system GIS software"
        head, acro = _split_acronym(text)
        first = head.split()[0]
        generic = not _product_word(first, lex) and all(
            w.islower() or w.isupper() for w in head.split()[1:]
        )
        if generic:
            head = head[:1].lower() + head[1:]
            if category in {"language", "framework", "database", "os", "cloud"}:
                category = "tool"
        forms: list[str] = []
        match: list[str] = []
        if head.endswith(" software") and not generic:
            base = head[: -len(" software")]
            forms.append(base)
            head = base
        forms.append(head)
        if suffix:
            forms.append(f"{head} {suffix}")
        stripped = _strip_vendor(head)
        if acro:
            if len(acro) >= 3:
                forms.insert(0, acro)
            else:
                forms.append(acro)
            match.append(acro)
        name = forms[0]
        repeated = _REPEATED_VENDOR.fullmatch(name)
        if repeated:
            # "GraphPad Software GraphPad Prism", "CPSI CPSI System": the product goes by its own name
            forms.append(name)
            name = repeated.group(2)
        aliases = [f for f in forms[1:] if f != name]
        if example != name and example not in aliases and not example.endswith(" software"):
            aliases.append(example)
        yield Candidate(name, category, "onet", aliases=aliases, match=match,
                        stripped=[stripped] if stripped else [])


# ---------------------------------------------------------------------------------------------
# simple-icons: only clear developer and business tools

SIMPLE_ICONS_ALLOW = """
1Password|Adminer|Airbyte|Airbrake|Airtable|Akamai|Algolia|Alibaba Cloud|Alpine Linux|
Alpine.js|Anaconda|Android Studio|Ant Design|Apache Ant|Apache Arrow|Apache Avro|
Apache CloudStack|Apache Cordova|Apache Doris|Apache Druid|Apache ECharts|Apache Flink|
Apache FreeMarker|Apache Kylin|Apache Lucene|Apache Maven|Apache NiFi|Apache Parquet|
Apache RocketMQ|Apache Storm|Apache Superset|Apache Tomcat|Apollo GraphQL|Appian|Appium|
AppSignal|Appsmith|AppVeyor|Appwrite|ArangoDB|ArcGIS|Archicad|Arch Linux|Arduino|Asana|
AssemblyScript|Auth0|AutoCAD|Autodesk Maya|Autodesk Revit|Axios|Backstage|Bazel|BigCommerce|
Bitrise|Blazor|Blender|Braintree|Buildkite|Bulma|Bun|Burp Suite|Caddy|CakePHP|Calendly|Camunda|
Canva|Capacitor|Ceph|Chakra UI|Chart.js|Checkmarx|Cilium|CircleCI|Cirrus CI|Citrix|ClickUp|
Clockify|Cloud Foundry|Cloudera|Cloudinary|CMake|CocoaPods|Codecov|Codefresh|Codemagic|Coda|
CodeIgniter|Composer|Conan|Concourse|containerd|Contentful|Couchbase|CorelDRAW|Craft CMS|CrateDB|
Cypress|D3|Dapr|Dask|Databricks|Dataiku|DataStax|DaVinci Resolve|DBeaver|Deno|Dependabot|Dgraph|
Dialogflow|Directus|Discourse|Docusaurus|Doxygen|Dropbox|Drupal|DuckDB|Dynatrace|Eclipse IDE|
Eclipse Jetty|Eclipse Mosquitto|Eclipse Vert.x|Elastic Cloud|Electron|Elementor|Eleventy|
Ember.js|esbuild|ESLint|etcd|Ethereum|Excalidraw|Expo|Fastify|Fastlane|Fastly|Fauna|FFmpeg|
FileZilla|Firebase|Flatpak|Fluent Bit|Fluentd|Flyway|Formik|Fortinet|Framer|FreeBSD|FreeCAD|
Gatsby|GDAL|GeoPandas|Gerrit|Gitea|GitHub Actions|GitHub Copilot|GitHub Pages|GitKraken|GitLab|
Gitpod|GNU Bash|GNU Emacs|GoCD|Godot Engine|GoLand|Google Ads|Google Analytics|
Google Apps Script|Google BigQuery|Google Bigtable|Google Cloud|Google Cloud Composer|
Google Cloud Spanner|Google Cloud Storage|Google Colab|Google Dataflow|Google Dataproc|
Google Docs|Google Drive|Google Forms|Google Gemini|Google Marketing Platform|Google Meet|
Google Pub/Sub|Google Search Console|Google Sheets|Google Slides|Google Tag Manager|
Google Classroom|GoToMeeting|Gradle|Grafana|Grammarly|GraphQL|Graylog|Greenhouse|GSAP|Gunicorn|
Gurobi|Gusto|H2 Database|Handlebars.js|HashiCorp|Hasura|Helm|Heroku|Hetzner|Hibernate|Homebrew|
Hotjar|HubSpot|Hugging Face|Hugo|IFTTT|ImageJ|InfluxDB|Inkscape|Insomnia|IntelliJ IDEA|Intercom|
Ionic|Istio|Jaeger|Jamstack|Jasmine|Jekyll|Jenkins|Jest|JetBrains|Jetpack Compose|JFrog|JHipster|
Jinja|Jira|Joomla|jQuery|JSON|JSON Web Tokens|JUnit5|Jupyter|K3s|k6|Kaggle|Kali Linux|Keras|
Keycloak|Kibana|KiCad|Knative|KNIME|Koa|Kong|Kotlin|Krita|Kubernetes|LabVIEW|LangChain|
LangGraph|Laravel|LaTeX|Leaflet|Lerna|Less|LibreOffice|LibreOffice Calc|LibreOffice Writer|
Lighthouse|Linear|Linkerd|Liquibase|Lit|LLVM|Locust|Lodash|Logstash|Looker|Loom|Lua|macOS|
MailChimp|Mailgun|Mantine|Mapbox|MariaDB|Markdown|Material Design|Matomo|Mattermost|Mautic|
Meilisearch|Mercurial|Mermaid|Metabase|Metasploit|Milvus|MinIO|Miro|Mixpanel|MLflow|MobX|Mocha|
MongoDB|Mongoose|Moodle|MQTT|MUI|Mural|MySQL|n8n|NativeScript|NATS.io|Neo4j|Neovim|NestJS|NetApp|
Netlify|New Relic|Next.js|Nextcloud|NGINX|ngrok|NgRx|NixOS|Node-RED|Node.js|Nodemon|Nomad|Notion|
npm|NuGet|Numba|NumPy|Nuxt|Nx|Obsidian|OCaml|Octopus Deploy|Odoo|Okta|Ollama|ONNX|OpenCV|
OpenFaaS|OpenGL|OpenID|OpenJDK|OpenSearch|OpenSSL|OpenStack|OpenTelemetry|OpenTofu|OpenVPN|
Opsgenie|Optuna|Overleaf|OWASP|Packer|pandas|Pandoc|PagerDuty|Palantir|Palo Alto Networks|PayPal|
Percy|Perforce|Phabricator|phpMyAdmin|PhpStorm|Pinia|Pivotal Tracker|PlanetScale|Platform.sh|
PlatformIO|Plotly|pnpm|PocketBase|Podman|Poetry|Polars|Portainer|PostCSS|PostgreSQL|PostHog|
Postman|Preact|Prefect|Presto|Prettier|PrimeFaces|PrimeNG|PrimeReact|Prisma|Prometheus|Protractor|
Proxmox|Pug|Pulumi|Puppet|Puppeteer|PureScript|PyCharm|Pydantic|PyPI|PyPy|Pytest|PyTorch|Qdrant|
QEMU|QGIS|Qiskit|Qlik|Qualtrics|Qualys|Quarkus|Quasar|QuickBooks|Qwik|RabbitMQ|Radix UI|Rancher|
Raspberry Pi|React Query|React Router|Recoil|Red Hat|Red Hat Open Shift|Redash|Redis|Redmine|
Redux|Redux-Saga|RedwoodJS|Relay|Remix|Renovate|Replit|ReScript|ReSharper|Retool|Rider|RocksDB|
Rocky Linux|Rollbar|rollup.js|ROS|RStudio IDE|RuboCop|Ruby on Rails|RubyGems|RubyMine|Ruff|
Rundeck|Sails.js|SageMath|Salt Project|Sanity|SAP|Sass|Sauce Labs|Scala|Scaleway|scikit-learn|
SciPy|Scrapy|Scratch|Selenium|Semantic UI|Semaphore CI|Semrush|Sentry|Sequelize|Serverless|
Shopify|Shopware|Sidekiq|SingleStore|Sitecore|Skaffold|Sketch|SketchUp|Snowflake|Snyk|Socket.io|
Solidity|SonarQube Cloud|SonarQube Server|Sonatype|Sourcetree|spaCy|Sphinx|Spinnaker|Splunk|
Spring|Spring Boot|Spring Security|Spyder IDE|SQLAlchemy|SQLite|Squarespace|StackBlitz|
Statuspage|Storybook|Strapi|Streamlit|Stripe|Stylus|Sublime Text|Subversion|Sumo Logic|Supabase|
SurrealDB|SurveyMonkey|SUSE|Svelte|SVG|Swagger|Symfony|SymPy|Tailscale|Tailwind CSS|Talend|Tauri|
TeamCity|TeamViewer|Tekton|Temporal|TensorFlow|Teradata|Terraform|TestCafe|Testing Library|
TestRail|Thanos|Three.js|Thymeleaf|TiDB|Tidyverse|Timescale|Tinkercad|tmux|Todoist|Toggl|Tokio|
TOML|Traefik Proxy|Travis CI|Trello|Tricentis|Trino|Trivy|tRPC|Turborepo|Typeform|TypeORM|
TypeScript|TYPO3|UiPath|Ubuntu|UIkit|UML|Umbraco|Unity|Unreal Engine|Upstash|Vaadin|Vagrant|
Vault|Vectorworks|Veeam|Vercel|Vim|VirtualBox|Visual Paradigm|Vite|Vitess|Vitest|VMware|Vonage|
Vue.js|Vuetify|Vulkan|Vultr|Wagtail|Wasmer|WebAssembly|WebdriverIO|Webex|Webflow|WebGL|Webpack|
WebRTC|WebStorm|WireGuard|Wireshark|Wix|Wolfram Mathematica|WooCommerce|WordPress|XAMPP|Xcode|
Xero|XML|YAML|Yarn|Yii|Yoast|Zapier|Zendesk|Zig|Zoho|Zotero|Zsh|Zod|Zulip|Brevo|Buffer|
Hootsuite|Paychex|Personio|Expensify|MYOB|ERPNext|Dolibarr|Akaunting|PrestaShop|Help Scout|
LiveChat|Campaign Monitor|SparkPost|Plausible Analytics|Similarweb|Basecamp|Egnyte|Storyblok|
Prismic|Ghost|Kentico|Contao|Statamic|Cinema 4D|Houdini|GIMP|Aseprite|Penpot|Lunacy|Proto.io|
Moqups|EasyEDA|LTspice|Multisim|Kdenlive|OBS Studio|Audacity|Pro Tools|Ardour|Bitwig|LMMS|
Kahoot!|Quizlet|Canvas|Padlet|Instructure|Mendeley|Bioconductor|Bitwarden|SonicWall|Falco|
pfSense|OPNsense|Snort|Confluence|Bitbucket|Atlassian|Docker|Datadog|Elasticsearch|Figma|Git|
GitHub|Apache Kafka|Apache Airflow|Apache Cassandra|Apache Spark|Apache Hadoop|Apache Hive|
Apache Solr|Apache Groovy|Apache JMeter|Apache HBase|Apache CouchDB|Apache Pulsar|Ansible|
Amazon Web Services|Cloudflare|DigitalOcean|Linode|Terraform|Traefik Mesh|Envoy Proxy|Consul|
Helm|Argo|Flux|Chef|Nagios|Zabbix|Icinga|Checkmk|Netdata|VictoriaMetrics|Graphite|Sensu|
Coveralls|Codacy|Code Climate|SonarQube for IDE|Dependabot|Snapcraft|AppImage|Chocolatey|
Homebrew|MacPorts|Conda-Forge|pipx|uv|Rye|PDM|Setuptools|Cookiecutter|pre-commit|commitlint|
semantic-release|Conventional Commits|SemVer|Keep a Changelog|Swiper|Immer|Zustand|XState|
styled-components|CSS Modules|Normalize.css|PurgeCSS|UnoCSS|daisyUI|shadcn/ui|Headless UI|
React Hook Form|React Table|Tanstack|TanStack|Turbo|Hotwire|Stimulus|htmx|Livewire|Inertia|
Laravel Nova|Laravel Horizon|Filament|Strapi|Payload CMS|Decap CMS|Netlify CMS|Hexo|Gridsome|
VitePress|Nextra|Docsify|Read the Docs|GitBook|MkDocs|Material for MkDocs|Sphinx|Jira Software|
Azure DevOps|Azure Pipelines|Azure Functions|Google Cloud Run|Cloud Run|Cloudflare Workers|
Cloudflare Pages|Deno Deploy|Fly.io|Render|Railway|Koyeb|Cloudways|Kinsta|WP Engine|Hostinger|
Contabo|OVH|Linode|UpCloud|Exoscale|Civo|Equinix Metal|OpenNebula|Harbor|Kaniko|Kubespray|
Longhorn|Rook|Velero|Crossplane|Skaffold|Tilt|Garden|Okteto|Lens|K9s|Kustomize|Kyverno|
Open Policy Agent|Gatekeeper|Cert-Manager|Let's Encrypt|Vault|Teleport|Boundary|Waypoint|
Dagster|Airbyte|Fivetran|Meltano|Great Expectations|dbt|Hex|Mode|Sigma|Amplitude|Segment|
Heap|FullStory|LogRocket|Sentry|Bugsnag|Honeybadger|Rollbar|Raygun|Instana|AppDynamics|
Lightstep|Honeycomb|Grafana Loki|Tempo|Mimir|Pyroscope|Parca|Pixie|Kiali|Weave|Calico|
""".replace("\n", "").split("|")


SIMPLE_ICONS_CATEGORY = [
    (r"Cloud|Hosting|Deploy|Functions|Pages|Workers|Vercel|Netlify|Heroku|Hetzner|Vultr|"
     r"Scaleway|Linode|OVH|Fly\.io|Render|Railway|Koyeb|Kinsta|Civo|UpCloud|Exoscale", "cloud"),
    (r"DB\b|SQL|Database|Base\b|Bigtable|Spanner|Cassandra|Couch|Redis|Mongo|Neo4j|Qdrant|"
     r"Milvus|Timescale|Cockroach|Fauna|Dgraph|ArangoDB|Meilisearch|TiDB|Supabase", "database"),
    (r"Linux|BSD|\bOS\b|macOS|Ubuntu|SUSE|Fedora|NixOS", "os"),
    (r"CMS|WordPress|Drupal|Joomla|Shopify|WooCommerce|Magento|Wix|Squarespace|Webflow|Ghost|"
     r"Strapi|Sanity|Contentful|Storyblok|Prismic|Umbraco|Sitecore|TYPO3|Kentico", "platform"),
    (r"CI\b|Actions|Jenkins|GoCD|Concourse|Buildkite|Travis|Semaphore|Bitrise|Codefresh|"
     r"Codemagic|Octopus|Spinnaker|Tekton|Argo|Flux|Helm|Terraform|Pulumi|Packer|Vagrant|"
     r"Ansible|Puppet|Chef|Salt|Kubernetes|K3s|Rancher|Nomad|Docker|Podman|containerd|"
     r"Prometheus|Grafana|Thanos|Datadog|Dynatrace|New Relic|Sentry|Rollbar|Opsgenie|"
     r"PagerDuty|Graylog|Fluent|Jaeger|OpenTelemetry|Nagios|Zabbix|Icinga|Checkmk|Netdata|"
     r"Istio|Linkerd|Envoy|Consul|Traefik|NGINX|Caddy|Kong|Knative|Skaffold|Portainer", "devops"),
    (r"Okta|Auth0|Keycloak|Vault|OpenSSL|WireGuard|OpenVPN|Burp|Metasploit|Snyk|Trivy|"
     r"Checkmarx|Qualys|Fortinet|Palo Alto|SonicWall|Snort|Falco|OWASP|1Password|Bitwarden|"
     r"pfSense|OPNsense|Kali|JSON Web Tokens|OpenID|Let's Encrypt|Teleport", "security"),
    (r"Test|Jest|Vitest|Mocha|Jasmine|Cypress|Playwright|Puppeteer|Selenium|Appium|"
     r"WebdriverIO|Protractor|Sauce Labs|Percy|k6|Locust|TestCafe|TestRail|Tricentis", "testing"),
    (r"TensorFlow|PyTorch|Keras|scikit|Hugging Face|LangChain|LangGraph|Ollama|ONNX|spaCy|"
     r"MLflow|Optuna|Qiskit|Gemini|Copilot|OpenCV", "ml"),
    (r"Kafka|Spark|Flink|Airflow|Superset|Metabase|Redash|Dask|Polars|pandas|NumPy|SciPy|"
     r"Databricks|Dataiku|KNIME|Talend|Airbyte|Fivetran|Dagster|Prefect|Trino|Presto|Druid|"
     r"Parquet|Arrow|Avro|NiFi|Storm|Kylin|Plotly|Looker|Qlik|Tableau|Mixpanel|Amplitude|"
     r"PostHog|Matomo|Hotjar|Analytics|Jupyter|Colab|Kaggle|Streamlit|R\b", "data"),
    (r"\.js$|JS$|React|Vue|Angular|Svelte|Next|Nuxt|Remix|Gatsby|Astro|Laravel|Symfony|"
     r"Django|Flask|FastAPI|Spring|Rails|Express|Fastify|Koa|NestJS|Quarkus|Blazor|"
     r"Electron|Tauri|Ionic|Capacitor|Expo|Flutter|Qt|UI\b|UIkit|Bulma|Tailwind|Bootstrap|"
     r"Chakra|Mantine|Vuetify|Quasar|Prime|MUI|Ant Design|Material", "framework"),
    (r"Figma|Sketch|Canva|Blender|GIMP|Inkscape|Krita|CorelDRAW|Framer|Penpot|Lunacy|"
     r"AutoCAD|Revit|Maya|SketchUp|Archicad|FreeCAD|Tinkercad|KiCad|Vectorworks|Cinema 4D|"
     r"Houdini|DaVinci|Kdenlive|OBS|Audacity|Pro Tools|Aseprite|Excalidraw|Miro|Mural", "design"),
    (r"HubSpot|Salesforce|Zendesk|Intercom|Mailchimp|MailChimp|Brevo|Hootsuite|Buffer|"
     r"Semrush|Stripe|PayPal|Braintree|QuickBooks|Xero|MYOB|Expensify|Gusto|Paychex|"
     r"Personio|Odoo|ERPNext|Dolibarr|Akaunting|Zoho|SAP|Calendly|SurveyMonkey|Typeform|"
     r"Qualtrics|Google Ads|Marketing|Search Console|Tag Manager|Campaign Monitor|"
     r"Help Scout|LiveChat|BigCommerce|PrestaShop|Shopware", "business"),
]


def simple_icons_data() -> list[dict]:
    return json.loads(
        (SOURCES / "simple-icons" / "simple_icons_titles.json").read_text(encoding="utf-8")
    )


def simple_icons_candidates(allowed: set[str]) -> Iterator[Candidate]:
    for item in simple_icons_data():
        title = item["title"]
        aliases: list[str] = []
        for kind, values in (item.get("aliases") or {}).items():
            if kind in {"aka", "old"} and isinstance(values, list):
                aliases += [v for v in values if isinstance(v, str)]
        category = next((c for rx, c in SIMPLE_ICONS_CATEGORY if re.search(rx, title)), "tool")
        yield Candidate(title, category, "simple-icons", aliases=aliases,
                        merge_only=title not in allowed, match_by_alias=True)


# ---------------------------------------------------------------------------------------------
# ESCO

ESCO_HINT_CATEGORY = {
    "computer programming": "language",
    "penetration testing tool": "security",
    "learning management systems": "tool",
    "tools for software configuration management": "devops",
    "digital game creation systems": "tool",
    "integrated development environment software": "tool",
    "graphics editor software": "design",
    "database management systems": "database",
    "mobile operating systems": "os",
    "service-oriented modelling": "concept",
}
ESCO_HINT_ALIAS = {
    "computer programming": "{} programming",
    "learning management systems": "{} LMS",
}
# ESCO knowledge labels too generic to name a skill in a posting
ESCO_DROP = frozenset("""
business processes|business process|business knowledge|company policies|business model|
business models|office equipment|own management skills|management skills|application process|
personal development|test procedures|documentation types|design principles|geographic areas|
political parties|food labels|quality standards|business strategy concepts|company products|
product comprehension|products comprehension|office software|computer equipment|
marketing principles|stay alert|legal requirements|health and safety|safety regulations|
working conditions|work environment|communication principles|engineering processes|
job market offers|sporting events|recreation activities|category specific expertise|
training subject expertise|assessment processes|innovation processes|production processes|
design drawings|information structure|last types|performance diagnosis|first response|
rates of growth assessment|sizes of paper|variety of beers
""".replace("\n", "").split("|"))
ESCO_MAX_ALIASES = 4
ESCO_ALT_SKIP_PREFIXES = (
    "principles of ", "foundations of ", "study of ", "types of ", "kinds of ", "science of ",
    "scope of ", "field of ", "basics of ", "methods of ", "methods for ", "techniques of ",
    "techniques for ", "approaches to ", "cultivation of ", "growing of ", "process of ",
    "processes of ", "theory of ", "concepts of ", "elements of ", "fundamentals of ",
    "knowledge of ", "understanding of ", "range of ", "variety of ", "categories of ",
)
ESCO_SKIP_PREFIXES = (
    "types of ", "type of ", "characteristics of ", "features of ", "range of ", "aspects of ",
    "principles of ", "components of ", "parts of ", "functionalities of ", "properties of ",
)
ESCO_BUSINESS = re.compile(
    r"\b(account\w*|audit\w*|financ\w*|tax\w*|marketing|sales|selling|business\w*|econom\w*|"
    r"insurance|bank\w*|invest\w*|budget\w*|procurement|purchas\w*|logistic\w*|supply|"
    r"commerc\w*|trade|trading|retail|customer\w*|payroll|human resource\w*|recruit\w*|"
    r"law|legal|legislation|contract\w*|management|pricing|advertis\w*|brand\w*|e-commerce)\b"
)
ESCO_DESIGN = re.compile(
    r"\b(design\w*|graphic\w*|drawing|illustration|photograph\w*|typograph\w*|animation|"
    r"visual|video|film|audio|music\w*|art|arts|artistic|fashion|3d)\b"
)
ESCO_TECH = re.compile(
    r"\b(ict|software|programming|computer|digital|web|internet|database\w*|network\w*|cloud|"
    r"cyber|algorithm\w*|data|information systems?|online|app|apps|coding|it)\b"
)
ESCO_SECURITY = re.compile(r"\b(security|cyber\w*|encryption|firewall\w*|malware)\b")
# Verbs and nouns that may stand around a known skill without changing what it names:
# ESCO's "manage payroll" and "accounting techniques" are payroll and accounting.
FILLER_WORDS = frozenset("""
manage managing perform performing apply applying use using utilise utilize conduct conducting
carry out practise practice provide undertake execute handle administer implement operate
techniques technique principles methods method methodology methodologies practices procedures
processes process systems system software tools tool skills knowledge concepts standards theory
of the a an in
""".split())


def _esco_rows() -> list[dict]:
    path = SOURCES / "esco" / "skills_en_short.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def spoken_languages(rows: Iterable[dict]) -> set[str]:
    names = set()
    for row in rows:
        m = re.fullmatch(r"(?:interact verbally in|understand spoken|understand written|write) "
                         r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)", row["preferredLabel"])
        if m:
            names.add(m.group(1))
    return names


def esco_category(label: str, languages: set[str]) -> str:
    if label in languages:
        return "spoken_language"
    lower = label.lower()
    if ESCO_SECURITY.search(lower):
        return "security"
    if ESCO_TECH.search(lower):
        return "concept"
    if ESCO_BUSINESS.search(lower):
        return "business"
    if ESCO_DESIGN.search(lower):
        return "design"
    return "domain"


# Transversal (soft) skills as ESCO words them -> the soft skill they are (curated names).
ESCO_SOFT = {
    "show initiative": "self-motivation",
    "think critically": "critical thinking",
    "think analytically": "analytical skills",
    "think creatively": "creativity",
    "think proactively": "self-motivation",
    "think quickly": "quick thinking",
    "adapt to change": "adaptability",
    "adapt to changing situations": "adaptability",
    "cope with stress": "resilience under pressure",
    "cope with pressure": "resilience under pressure",
    "cope with uncertainty": "tolerance for ambiguity",
    "manage time": "time management",
    "meet commitments": "work ethic",
    "act reliably": "work ethic",
    "accept criticism and guidance": "receptiveness to feedback",
    "assume responsibility": "ownership",
    "show determination": "perseverance",
    "exercise patience": "patience",
    "manage frustration": "self-control",
    "exercise self-control": "self-control",
    "exercise self-reflection": "self-reflection",
    "show commitment": "commitment",
    "demonstrate curiosity": "curiosity",
    "approach challenges positively": "positive attitude",
    "use questioning techniques": "active listening",
    "motivate others": "motivating others",
    "lead others": "leadership",
    "work in teams": "teamwork",
    "work independently": "self-motivation",
    "work efficiently": "working efficiently",
    "listen actively": "active listening",
    "solve problems": "problem solving",
    "make decisions": "decision making",
    "present arguments persuasively": "persuasion",
    "negotiate compromises": "negotiation",
    "build networks": "networking skills",
    "entrepreneurship": "entrepreneurial mindset",
    "develop professional network": "networking skills",
    "show empathy": "empathy",
    "show intercultural awareness": "cultural awareness",
    "demonstrate intercultural competence": "cultural awareness",
    "build rapport with people from different cultural backgrounds": "cultural awareness",
    "demonstrate willingness to learn": "willingness to learn",
    "manage personal professional development": "continuous learning",
    "plan teamwork": "teamwork",
    "coach employees": "mentoring",
    "mentor individuals": "mentoring",
    "delegate activities": "delegation",
    "motivate employees": "motivating others",
    "give constructive feedback": "giving feedback",
    "provide feedback": "giving feedback",
    "resolve conflicts": "conflict resolution",
    "apply conflict management": "conflict resolution",
    "handle conflicts": "conflict resolution",
    "communicate with customers": "customer service",
    "communicate with stakeholders": "stakeholder management",
    "show impartiality": "impartiality",
    "demonstrate professional attitude to clients": "professionalism",
    "interact professionally in research and professional environments": "professionalism",
    "think holistically": "systems thinking",
    "manage quality": "quality orientation",
    "attend to detail": "attention to detail",
    "pay attention to detail": "attention to detail",
    "demonstrate leadership": "leadership",
    "show entrepreneurial spirit": "entrepreneurial mindset",
    "maintain a positive attitude": "positive attitude",
    "develop strategies": "strategic thinking",
    "think strategically": "strategic thinking",
    "apply strategic thinking": "strategic thinking",
    "work under pressure": "resilience under pressure",
    "manage stress": "resilience under pressure",
    "use communication techniques": "communication",
    "write reports": "report writing",
    "write work-related reports": "report writing",
    "teamwork principles": "teamwork",
    "conflict management": "conflict resolution",
    "persuade others": "persuasion",
    "inspire others": "motivating others",
    "support colleagues": "teamwork",
    "respect diversity": "diversity and inclusion",
    "promote inclusion": "diversity and inclusion",
    "comply with ethical code of conduct": "integrity",
    "act ethically": "integrity",
    "manage a team": "leadership",
    "manage staff": "leadership",
    "plan": "planning skills",
    "organise information": "organizational skills",
    "prioritise requests": "time management",
    "set priorities": "time management",
    "multitask": "time management",
    "perform multiple tasks at the same time": "time management",
    "build team spirit": "team building",
    "facilitate teamwork": "team building",
    "demonstrate trustworthiness": "integrity",
    "show confidence": "self-confidence",
    "speak in public": "public speaking",
    "deliver presentations": "presentation skills",
    "make presentations": "presentation skills",
}


def esco_candidates(vocab: Vocab, lex: Lexicon) -> Iterator[Candidate]:
    rows = _esco_rows()
    languages = spoken_languages(rows)
    form_index = _form_index(vocab)
    for row in rows:
        label = row["preferredLabel"].strip()
        hint = None
        m = re.fullmatch(r"(.*?)\s*\((.*?)\)", label)
        if m:
            label, hint = m.group(1).strip(), m.group(2).strip()
        if not label:
            continue
        alts = [a.strip() for a in row["altLabels"].split("\n") if a.strip()]
        alts = [re.sub(r"\s*\(.*?\)\s*$", "", a) for a in alts]
        alts = [a for a in alts if a and len(words_of(a)) <= 4]
        lower = label.lower()
        soft_target = ESCO_SOFT.get(lower)
        if soft_target:
            yield Candidate(soft_target, "soft", "esco", aliases=[label], soft=True,
                            merge_only=True)
            continue
        if lower.startswith(ESCO_SKIP_PREFIXES) or len(words_of(label)) > 4 or lower in ESCO_DROP:
            continue
        head = _absorbing_skill(label, form_index)
        if head is not None:
            yield Candidate(head, "domain", "esco", aliases=[label], merge_only=True)
            continue
        if row["skillType"] != "knowledge":
            # verb phrases ("manage musical staff") are not names a posting gives a skill
            continue
        category = ESCO_HINT_CATEGORY.get(hint or "", "") or esco_category(label, languages)
        # ESCO's alternative labels include broader and related terms ("wind farm" for
        # "offshore constructions and facilities"): keep those that share a distinctive word
        # with the label, and acronyms of it
        aliases = [
            a for a in alts
            if _esco_synonym(label, a) and a.lower() not in ESCO_DROP
            and not a.lower().startswith(ESCO_ALT_SKIP_PREFIXES)
        ]
        aliases = sorted(aliases, key=lambda a: (len(a), a))[:ESCO_MAX_ALIASES]
        if hint in ESCO_HINT_ALIAS:
            aliases.insert(0, ESCO_HINT_ALIAS[hint].format(label))
        if category == "spoken_language":
            aliases = [f"{label} language"] + [a for a in aliases if a[:1].isupper()]
        field_name = len(words_of(label)) == 1 and label.islower()
        yield Candidate(label, category, "esco", aliases=aliases, field_name=field_name)


_STEM_STOP = GENERIC_WORDS | {"and", "of", "the", "for", "in", "to", "with", "on", "a", "an"}


def _stems(text: str) -> set[str]:
    return {
        w[:5] for w in re.findall(r"[a-z0-9]+", text.lower())
        if w not in _STEM_STOP and _fold(w) not in _STEM_STOP and len(w) > 2
    }


def _esco_synonym(label: str, alt: str) -> bool:
    if alt.isupper() and len(alt) >= 2:
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", label)).upper()
        return all(ch in initials for ch in alt if ch.isalpha())
    return bool(_stems(label) & _stems(alt))


def _form_index(vocab: Vocab) -> dict[tuple[str, ...], Entry]:
    index: dict[tuple[str, ...], Entry] = {}
    for entry in vocab.entries:
        if not entry.curated:
            continue
        for form in entry.forms():
            toks = tuple(_fold(w) for w in words_of(form.lower()))
            if toks and _alnum_len(form) > 2 and form.lower() not in {"lead", "led", "leading"}:
                index.setdefault(toks, entry)
    return index


def _fold(word: str) -> str:
    word = word.strip(".,;:")
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_FOLDED_FILLER = frozenset(_fold(w) for w in FILLER_WORDS)


def _absorbing_skill(label: str, index: dict[tuple[str, ...], Entry]) -> str | None:
    """The curated skill that `label` names with filler words around it, if any."""
    toks = [_fold(w) for w in words_of(label.lower())]
    best: tuple[int, Entry] | None = None
    for i in range(len(toks)):
        for j in range(len(toks), i, -1):
            entry = index.get(tuple(toks[i:j]))
            if entry is None:
                continue
            rest = toks[:i] + toks[j:]
            filler = all(w in FILLER_WORDS or w in _FOLDED_FILLER for w in rest)
            if rest and filler and (best is None or j - i > best[0]):
                best = (j - i, entry)
            break
    return best[1].name if best else None


# ---------------------------------------------------------------------------------------------
# build


def validate(skills: list[dict]) -> None:
    """Raise ValueError listing every duplicate name and every implication of an unknown skill."""
    names = {s["name"] for s in skills}
    problems: list[str] = []
    seen: set[str] = set()
    for s in skills:
        if s["name"].lower() in seen:
            problems.append(f"duplicate skill {s['name']!r}")
        seen.add(s["name"].lower())
        problems += [f"{s['name']}: implies unknown skill {t!r}" for t in s["implies"] if t not in names]
    if problems:
        raise ValueError("; ".join(problems))


def build(stats: dict | None = None) -> dict:
    lex = load_lexicon()
    vocab = Vocab(lex)
    curated, stop = load_curated()
    for raw in curated:
        vocab.add_curated(raw)

    si_items = simple_icons_data()
    si_by_slug = {x["slug"]: x["title"] for x in si_items}
    si_by_key: dict[str, str] = {}
    for x in si_items:
        si_by_key.setdefault(norm_key(x["title"]), x["title"])
    onet_keys = set()
    for cand in onet_candidates(lex):
        onet_keys |= {norm_key(f) for f in [cand.name, *cand.aliases, *cand.match]}
    devicon_keys = set()
    for cand in devicon_candidates(si_by_slug, si_by_key):
        devicon_keys |= {norm_key(f) for f in [cand.name, *cand.aliases, *cand.match]}
    # languages that another technical source also names ("corroborated"): O*NET, devicon,
    # ESCO's "(computer programming)" entries and the simple-icons allow-list
    esco_keys = {
        norm_key(re.sub(r"\s*\(.*?\)", "", r["preferredLabel"])) for r in _esco_rows()
        if "(computer programming)" in r["preferredLabel"]
    }
    allowed_si = {norm_key(t) for t in SIMPLE_ICONS_ALLOW}
    others = onet_keys | devicon_keys | esco_keys | allowed_si | set(vocab.owner)

    per_source: Counter[str] = Counter()

    def run(cands: Iterable[Candidate]) -> None:
        for cand in cands:
            vocab.add(cand)

    run(linguist_candidates(others, lex))
    run(devicon_candidates(si_by_slug, si_by_key))
    run(onet_candidates(lex))
    run(simple_icons_candidates(set(SIMPLE_ICONS_ALLOW)))
    run(esco_candidates(vocab, lex))

    skills = vocab.finish()
    validate(skills)
    for s in skills:
        for src in s["sources"]:
            per_source[src] += 1
    if stats is not None:
        stats["per_source"] = per_source
        stats["dropped"] = vocab.dropped
    ordinary = ordinary_near_names(skills, stop, lex)
    return {"format": 1, "skills": skills, "stop_phrases": stop, "ordinary_words": ordinary}


def ordinary_near_names(skills: list[dict], stop: list[str], lex: Lexicon) -> list[str]:
    """The English words (lowercase SCOWL words) that the extractor's typo matching would read
    as a misspelling of a name, and that are another word, not another form of that name:
    "medication" (mediation), "tracking" (tracing), "timelines" (timeliness), "spelling"
    (selling); not "negotiated" (negotiation) nor "pythons". The extractor leaves them alone
    (Vocabulary.ordinary_words). Found with the extractor's own matcher, so the list holds
    exactly the words it would misread."""
    from rapidfuzz import fuzz

    from jobmatch.config import MATCHING
    from jobmatch.extract import _fuzzy_lookup
    from jobmatch.vocabulary import Vocabulary

    built = Vocabulary(skills, stop)
    out = []
    for word in sorted(lex.common):
        if len(word) < MATCHING.fuzzy_min_length or not word.isalpha():
            continue
        hit = _fuzzy_lookup(word, built)
        if hit is None:
            continue
        forms = [f.lower() for f in (hit[0].name, *hit[0].aliases)]
        nearest = max(forms, key=lambda f: fuzz.ratio(word, f))
        if not same_word(word, nearest):
            out.append(word)
    return out


# endings that make another form of the same word ("negotiated", "negotiation")
_WORD_ENDINGS = (
    "s es ies ed ing ion ions ation ations ly ally y e er ers or ors al ive ic ics ical ity ism ness ment ments "
    "ate ated ates ating ize"
).split()
_BRITISH = (
    ("isa", "iza"), ("ise", "ize"), ("isi", "izi"), ("ae", "e"), ("yse", "yze"),
    ("despatch", "dispatch"), ("extravert", "extrovert"),  # spellings no rule derives
)
# irregular past forms at the end of a word, with their present ("troubleshot": troubleshoot)
_IRREGULAR = (
    ("shot", "shoot"), ("taught", "teach"), ("sold", "sell"), ("wrote", "write"), ("built", "build"),
    ("bought", "buy"), ("brought", "bring"), ("thought", "think"), ("drove", "drive"), ("grew", "grow"),
    ("drew", "draw"), ("spoke", "speak"), ("spent", "spend"), ("held", "hold"), ("kept", "keep"),
    ("found", "find"), ("took", "take"), ("gave", "give"), ("began", "begin"), ("became", "become"),
)


def _word_stems(word: str) -> set[str]:
    for british, american in _BRITISH:
        word = word.replace(british, american)
    for past, present in _IRREGULAR:
        if word.endswith(past):
            word = word[: -len(past)] + present
            break
    stems = {word}
    if word.endswith("ed") or word.endswith("d") and word[-2:-1] == "e":
        stems.add(word[:-1])  # "mediated" -> "mediate" (not "linkerd" -> "linker")
    for ending in _WORD_ENDINGS:
        if ending == "s" and word.endswith(("ss", "us", "is")):
            continue  # "timeliness" is no plural of "timeline"
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stems.add(word[: -len(ending)])
    return stems | {s[:-1] for s in stems if s.endswith("e")}


def same_word(a: str, b: str) -> bool:
    """Whether two words are forms of one word: one stem once each ending is taken off
    ("orchestrating"/"orchestration", "paediatric"/"pediatrics"); "medication"/"mediation" are not."""
    return bool(_word_stems(a) & _word_stems(b))


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def summary(data: dict, stats: dict) -> str:
    skills = data["skills"]
    soft = sum(s["soft"] for s in skills)
    lines = [f"{len(skills)} skills: {len(skills) - soft} hard, {soft} soft"]
    cats = Counter(s["category"] for s in skills)
    lines.append("per category: " + ", ".join(f"{c} {n}" for c, n in sorted(cats.items())))
    only = Counter(s["sources"][0] for s in skills if len(s["sources"]) == 1)
    lines.append(
        "per source (entries naming it / only source): "
        + ", ".join(f"{src} {stats['per_source'][src]}/{only[src]}" for src in SOURCE_ORDER)
    )
    lines.append(
        f"strict forms: {sum(len(s['strict']) for s in skills)}, aliases: "
        f"{sum(len(s['aliases']) for s in skills)}, implications: "
        f"{sum(len(s['implies']) for s in skills)}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped file is stale")
    parser.add_argument("--dropped", action="store_true", help="list the forms the filters drop")
    args = parser.parse_args(argv)
    stats: dict = {}
    data = build(stats)
    text = render(data)
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run `make vocab`", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text.encode()):,} bytes)")
    print(summary(data, stats))
    if args.dropped:
        for form in sorted(stats["dropped"]):
            print(f"dropped: {form}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
