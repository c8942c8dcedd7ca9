"""The vocabulary build (scripts/build_vocab.py) and the shipped jobmatch/data/skills.json."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "jobmatch" / "data" / "skills.json"

# Ordinary English words that sources use as technology names: each must be absent, or strict
# (exact capitalisation in a technical context) wherever a hard skill uses it.
AMBIGUOUS = """
Go Make Shell Express Spring Rest Lead Excel Chef Puppet Salt Swift Rust Ruby Dart Elm Julia
Flask Mode Box Notion Zoom Teams Word Access Office Sketch Loom Linear Basecamp Ionic Meteor
Ember Backbone Polymer Gatsby Nest Hug Bottle Falcon Pyramid Crystal Red Io Pony Processing
Logo Scheme Factor Self Clean Pure Ring Joy Wren Harbour Objective Alice Common Standard Basic
""".split()
# More of them, among the skills that the open sources add (the curated file decides its own)
AMBIGUOUS_ADDED = """
Maven Presto Prefect Druid Vault Sentry Helm Packer Consul Envoy Bamboo Karma Jasmine Mocha
Cypress Postman Ghost Unity Tower Render Railway Poetry Composer Electron Expo Lens Source
Windows Greenhouse Workday Passport Foundation Fusion Realm Relay Temporal Sanity Buffer Coda
Middleware Spring Summer Winter Apple Orange
""".split()
NON_SOFTWARE = [
    "GAAP", "patient care", "lead generation", "SEO", "Figma", "lesson planning",
    "inventory management", "accounts payable", "wound care", "classroom management",
    "supply chain management", "forklift operation", "medical terminology", "special education",
    "freight forwarding", "video editing", "welding", "food safety", "talent acquisition", "CAD",
]


def _load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_vocab():
    return _load_module("build_vocab", ROOT / "scripts" / "build_vocab.py")


@pytest.fixture(scope="module")
def built(build_vocab) -> str:
    return build_vocab.render(build_vocab.build())


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def skills(data) -> list[dict]:
    return data["skills"]


@pytest.fixture(scope="module")
def owners(skills) -> dict[str, list[dict]]:
    """lowercased name or alias -> the skills that use it."""
    out: dict[str, list[dict]] = {}
    for skill in skills:
        for form in [skill["name"], *skill["aliases"]]:
            out.setdefault(form.lower(), []).append(skill)
    return out


def _find(owners, form: str) -> list[str]:
    return [s["name"] for s in owners.get(form.lower(), [])]


# -- the build ----------------------------------------------------------------------------------


def test_build_is_deterministic_and_shipped_file_is_current(build_vocab, built):
    assert build_vocab.render(build_vocab.build()) == built
    assert SHIPPED.read_text(encoding="utf-8") == built, "run `python scripts/build_vocab.py`"
    assert build_vocab.main(["--check"]) == 0


def test_build_reads_only_project_files(build_vocab):
    for path in (build_vocab.CURATED, build_vocab.DENYLIST, build_vocab.SOURCES,
                 build_vocab.SKILLSPAN, build_vocab.FIXTURE_POSTINGS, build_vocab.OUTPUT):
        assert path.resolve().is_relative_to(ROOT), path
    text = (ROOT / "scripts" / "build_vocab.py").read_text(encoding="utf-8")
    assert "shared" not in text  # never the material folder beside the project, at build time


def test_sources_are_copied_with_licences():
    sources = ROOT / "vocab" / "sources"
    for folder, licence in [("linguist", "LICENSE.upstream"), ("devicon", "LICENSE.upstream"),
                            ("simple-icons", "LICENSE.upstream.md"), ("esco", "NOTICE.upstream"),
                            ("onet", "README.upstream.txt"), ("scowl", "COPYRIGHT.upstream")]:
        assert (sources / folder / licence).is_file(), f"{folder}: licence missing"
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    for attribution in (
        "This product includes information from O*NET 29.2 Database by the U.S. Department of "
        "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
        "license. O*NET is a trademark of USDOL/ETA.",
        "ESCO classification, European Commission, used under CC BY 4.0.",
        "SkillSpan",
        "modified",
    ):
        assert attribution in " ".join(notice.split()), attribution


def test_output_is_small(built):
    assert len(built.encode("utf-8")) < 3_000_000


# -- counts and structure ---------------------------------------------------------------------


def test_counts(skills):
    soft = [s for s in skills if s["soft"]]
    assert len(skills) - len(soft) >= 3000
    assert len(soft) >= 100
    assert all(s["category"] in ("soft", "trait") for s in soft)
    assert {s["name"] for s in soft if s["category"] == "trait"} >= {"self-motivation", "integrity"}


def test_every_source_contributes(skills):
    per_source: dict[str, int] = {}
    for skill in skills:
        for source in skill["sources"]:
            per_source[source] = per_source.get(source, 0) + 1
    assert set(per_source) == {"curated", "linguist", "devicon", "onet", "simple-icons", "esco"}
    assert all(n >= 100 for n in per_source.values()), per_source


def test_categories_are_known(build_vocab, skills):
    assert {s["category"] for s in skills} <= build_vocab.CATEGORIES
    assert len({s["category"] for s in skills}) >= 18


def test_names_are_unique(skills):
    names = [s["name"].lower() for s in skills]
    assert len(names) == len(set(names))


def test_no_denylisted_name_or_alias(build_vocab, skills):
    denied = build_vocab.load_denylist()
    assert {"team", "teams", "office", "access", "experience"} <= denied  # "Word": a strict curated alias
    for skill in skills:
        for form in [skill["name"], *skill["aliases"]]:
            assert form.lower() not in denied, (skill["name"], form)


def test_strict_forms_are_names_or_aliases(skills):
    for skill in skills:
        forms = {f.lower() for f in [skill["name"], *skill["aliases"]]}
        for form in skill["strict"]:
            assert form.lower() in forms, (skill["name"], form)


def test_implications_exist(skills):
    names = {s["name"] for s in skills}
    for skill in skills:
        for target in skill["implies"]:
            assert target in names, (skill["name"], target)
            assert target != skill["name"]


def test_short_names_only_curated(skills):
    for skill in skills:
        if "curated" in skill["sources"]:
            continue
        for form in [skill["name"], *skill["aliases"]]:
            assert sum(ch.isalnum() for ch in form) > 2, (skill["name"], form)


def test_generic_nouns_only_curated(build_vocab, skills):
    for skill in skills:
        if "curated" in skill["sources"]:
            continue
        for form in [skill["name"], *skill["aliases"]]:
            assert form.lower() not in build_vocab.GENERIC_WORDS, (skill["name"], form)


# -- false positives ----------------------------------------------------------------------------


@pytest.mark.parametrize("word", AMBIGUOUS)
def test_ambiguous_words_are_strict_or_absent(owners, word):
    for skill in owners.get(word.lower(), []):
        if skill["soft"]:
            continue  # soft skills are not matched as technologies ("lead" -> leadership)
        assert any(f.lower() == word.lower() for f in skill["strict"]), (word, skill["name"])


@pytest.mark.parametrize("word", AMBIGUOUS_ADDED)
def test_ambiguous_words_added_by_sources_are_strict_or_absent(owners, word):
    for skill in owners.get(word.lower(), []):
        if skill["soft"] or "curated" in skill["sources"]:
            continue
        assert any(f.lower() == word.lower() for f in skill["strict"]), (word, skill["name"])


def test_ordinary_word_rule(build_vocab):
    vocab = build_vocab.Vocab(build_vocab.load_lexicon())
    assert vocab.judge("Flask") == "strict"  # an English word with a capital: exact case only
    assert vocab.judge("flask") is None  # the same word in lowercase names nothing
    assert vocab.judge("Kubernetes") == "keep"
    assert vocab.judge("Julia") == "strict"  # a proper noun
    assert vocab.judge("TOC") == "strict"  # three-letter acronyms mean many things
    assert vocab.judge("Go") is None  # two letters: only the curated file may name it
    assert vocab.judge("management") is None  # generic noun
    assert vocab.judge("Teams") is None  # denylisted
    assert vocab.judge("Professional", "stripped") is None  # "Bloomberg Professional"
    assert vocab.judge("Visual Studio", "stripped") is None  # both words ordinary
    assert vocab.judge("QlikView", "stripped") == "keep"
    assert vocab.judge("carpentry", "field") == "keep"  # an ESCO field of knowledge


# -- merges and coverage ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "form, name",
    [
        ("Golang", "Go"),
        ("Go", "Go"),
        ("Postgres", "PostgreSQL"),
        ("PostgreSQL", "PostgreSQL"),
        ("k8s", "Kubernetes"),
        ("Amazon Web Services", "AWS"),
        ("amazon-web-services", "AWS"),
        ("csharp", "C#"),
        ("NodeJS", "Node.js"),
        ("Apache Kafka", "Kafka"),
        ("Oracle Java", "Java"),
        ("Structured query language", "SQL"),
    ],
)
def test_merges(owners, form, name):
    assert _find(owners, form) == [name]


def test_sources_merge_into_curated_entries(skills):
    by_name = {s["name"]: s for s in skills}
    assert {"curated", "linguist", "devicon"} <= set(by_name["Go"]["sources"])
    assert {"curated", "onet", "devicon"} <= set(by_name["PostgreSQL"]["sources"])
    assert "esco" in by_name["accounting"]["sources"]


@pytest.mark.parametrize("name", NON_SOFTWARE)
def test_non_software_skills_exist(owners, name):
    assert _find(owners, name), name


def test_soft_skills_include_transversal_ones(skills):
    soft = {s["name"] for s in skills if s["soft"]}
    assert {"communication", "teamwork", "critical thinking", "adaptability",
            "time management", "willingness to learn", "integrity"} <= soft
    by_name = {s["name"]: s for s in skills}
    assert "think critically" in {a.lower() for a in by_name["critical thinking"]["aliases"]}
    assert "esco" in by_name["critical thinking"]["sources"]


def test_spoken_languages(skills):
    languages = {s["name"] for s in skills if s["category"] == "spoken_language"}
    assert {"German", "French", "Spanish", "Danish"} <= languages
    # English too: a strict form (a language cue must stand by it), and a resume written in
    # English shows it (tests/test_resume.py)
    by_name = {s["name"]: s for s in skills}
    assert "English" in languages and by_name["English"]["strict"] == ["English"]


def test_devicon_tags_imply_parents(skills):
    by_name = {s["name"]: s for s in skills}
    assert "Python" in by_name["pytest"]["implies"] or "Python" in by_name["Django"]["implies"]
    assert "PHP" in by_name["CodeIgniter"]["implies"]  # devicon tags: php, framework


def test_extractor_finds_added_skills(vocab):
    from jobmatch.extract import extract_skills

    text = "Experience with Golang, Postgres, k8s and QuickBooks; GAAP, IFRS and SOX; Canva."
    found = {m.skill.name for m in extract_skills(text, vocab)}
    assert {"Go", "PostgreSQL", "Kubernetes", "QuickBooks", "GAAP", "Canva"} <= found
    prose = "We make a box of salt and go to the office; the red ring in the scheme of things."
    assert not [m.skill.name for m in extract_skills(prose, vocab) if not m.skill.soft]


def test_skillspan_precision_guard():
    """A loose regression guard: the full figures are in scripts/eval_skillspan.py."""
    evaluate = _load_module("eval_skillspan", ROOT / "scripts" / "eval_skillspan.py").evaluate
    result = evaluate()
    assert result["recall"] >= 0.9
    assert result["precision_annotated_lines"] >= 0.75
    assert result["by_origin"]["added"]["extracted"] < 0.15 * result["extracted"]


def test_two_curated_skills_cannot_claim_one_form(build_vocab):
    # the first would own it silently ("CDL" was both a driver's licence and the CDL certification)
    vocab = build_vocab.Vocab(build_vocab.Lexicon(common=set(), corpus=set(), proper=set(), denied=set()))
    vocab.add_curated({"name": "CDL", "cat": "certification", "aliases": ["commercial driver's license"]})
    with pytest.raises(ValueError, match="already names 'CDL'"):
        vocab.add_curated({"name": "driver's license", "cat": "domain", "aliases": ["commercial driver's license"]})
    # a form that only normalises like another skill's is no claim ("Security+" beside "security")
    vocab.add_curated({"name": "security", "cat": "security", "aliases": []})
    vocab.add_curated({"name": "CompTIA Security+", "cat": "certification", "aliases": ["Security+"]})
