"""Build jobmatch/data/skills.json, the vocabulary the package reads.

Inputs: vocab/curated.toml (the hand-written core: names, aliases, strict forms, implications).
Output: jobmatch/data/skills.json, sorted and deterministic, so `git diff` shows what changed.

Run `make vocab` (or `python scripts/build_vocab.py`); `--check` exits 1 when the shipped file is
out of date (the test suite runs it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "vocab" / "curated.toml"
OUTPUT = ROOT / "jobmatch" / "data" / "skills.json"

CATEGORIES = {
    "language", "framework", "library", "database", "cloud", "devops", "data", "ml", "testing",
    "tool", "platform", "concept", "methodology", "security", "os", "design", "business",
    "domain", "certification", "soft", "spoken_language",
}


def _entry(raw: dict, source: str) -> dict:
    name = raw["name"].strip()
    category = raw.get("cat") or raw.get("category")
    if category not in CATEGORIES:
        raise ValueError(f"{name}: unknown category {category!r}")
    # Matching ignores case, so aliases that differ from the name (or each other) only in case
    # are dropped; `strict` forms keep their case because it is what they match on.
    aliases: dict[str, str] = {}
    for alias in raw.get("aliases", []):
        alias = alias.strip()
        if alias and alias.lower() != name.lower():
            aliases.setdefault(alias.lower(), alias)
    strict = sorted({s.strip() for s in raw.get("strict", [])})
    known = {name.lower(), *aliases}
    for form in strict:
        if form.lower() not in known:
            raise ValueError(f"{name}: strict form {form!r} is neither the name nor an alias")
    return {
        "name": name,
        "category": category,
        "soft": bool(raw.get("soft", category == "soft")),
        "aliases": sorted(aliases.values()),
        "strict": strict,
        "implies": sorted(set(raw.get("implies", []))),
        "sources": [source],
    }


def load_curated(path: Path = CURATED) -> tuple[list[dict], list[str]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    skills = [_entry(raw, "curated") for raw in data["skills"]]
    stop = sorted({p.strip().lower() for p in data.get("stop", {}).get("phrases", [])})
    return skills, stop


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


def build() -> dict:
    skills, stop = load_curated()
    validate(skills)
    skills.sort(key=lambda s: s["name"].lower())
    return {"format": 1, "skills": skills, "stop_phrases": stop}


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped file is stale")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run `make vocab`", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(data['skills'])} skills")
    return 0


if __name__ == "__main__":
    sys.exit(main())
