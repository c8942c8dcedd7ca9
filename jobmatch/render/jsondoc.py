"""Result values -> JSON documents (plain dicts), the versioned contract for scripts.

The schema is ``jobmatch/data/schema.json``; README "JSON output" documents every field.
SCHEMA_VERSION changes its major number only for a breaking change; new fields bump the minor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from jobmatch.models import (
    InputError,
    MatchResult,
    Posting,
    RequirementMatch,
    ResumeProfile,
    Tier,
)
from jobmatch.vocabulary import Vocabulary

SCHEMA_VERSION = "1.0"


def dumps(document: dict[str, Any], *, indent: int | None = 2) -> str:
    return json.dumps(document, indent=indent, ensure_ascii=False, sort_keys=False)


def errors_doc(errors: Iterable[InputError]) -> list[dict[str, str]]:
    return [{"path": e.path, "error": e.message} for e in errors]


def requirement_match_doc(m: RequirementMatch) -> dict[str, Any]:
    r = m.requirement
    evidence = None
    if m.evidence is not None:
        evidence = {
            "line": m.evidence.line,
            "text": m.evidence.text,
            "method": m.evidence.method.value,
            "via": m.evidence.via,
            "surface": m.evidence.surface,
        }
    return {
        "tier": r.tier.value,
        "any_of": list(r.any_of),
        "soft": r.soft,
        "text": r.text,
        "line": r.line,
        "min_years": r.min_years,
        "matched": m.matched,
        "matched_by": m.matched_by,
        "evidence": evidence,
    }


def label(any_of: Iterable[str]) -> str:
    """How a requirement is named in reports: its alternatives joined by " / "."""
    return " / ".join(any_of)


def result_doc(result: MatchResult, rank: int) -> dict[str, Any]:
    p = result.posting
    breakdown: dict[str, Any] = {}
    for part in result.parts:
        entry: dict[str, Any] = {"weight": part.weight, "value": part.value, "points": part.points}
        if part.name == "similarity":
            entry["cosine"] = round(result.similarity, 4)
        else:
            entry["met"] = part.met
            entry["total"] = part.total
        breakdown[part.name] = entry
    missing = {
        tier.value: [
            label(m.requirement.any_of) for m in result.matches if m.requirement.tier is tier and not m.matched
        ]
        for tier in (Tier.REQUIRED, Tier.PREFERRED)
    }
    return {
        "rank": rank,
        "posting": {"path": p.path, "title": p.title, "min_years": p.min_years, "degree": p.degree},
        "score": result.score,
        "breakdown": breakdown,
        "requirements": [requirement_match_doc(m) for m in result.matches],
        "missing": missing,
    }


def match_doc(
    resume_path: str, profile: ResumeProfile | None, results: Iterable[MatchResult], errors: Iterable[InputError]
) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "match",
        "resume": {"path": resume_path, "skills": len(profile.skills) if profile else None},
        "results": [result_doc(r, i) for i, r in enumerate(results, 1)],
        "errors": errors_doc(errors),
    }


def match_lines(
    resume_path: str, results: Iterable[MatchResult], errors: Iterable[InputError]
) -> Iterator[dict[str, Any]]:
    """NDJSON: one object per posting, then one per failed input."""
    for i, r in enumerate(results, 1):
        yield {"schema_version": SCHEMA_VERSION, "type": "result", "resume": resume_path, **result_doc(r, i)}
    for e in errors:
        yield {"schema_version": SCHEMA_VERSION, "type": "error", "path": e.path, "error": e.message}


def posting_doc(p: Posting) -> dict[str, Any]:
    return {
        "path": p.path,
        "title": p.title,
        "min_years": p.min_years,
        "degree": p.degree,
        "preferred_degree": p.preferred_degree,
        "sections": [{"heading": s.heading, "kind": s.kind, "line": s.line} for s in p.sections],
        "requirements": [
            {
                "tier": r.tier.value,
                "any_of": list(r.any_of),
                "soft": r.soft,
                "text": r.text,
                "line": r.line,
                "section": r.section,
                "min_years": r.min_years,
            }
            for r in p.requirements
        ],
    }


def resume_doc(profile: ResumeProfile) -> dict[str, Any]:
    return {
        "path": profile.path,
        "skills": [
            {
                "name": s.skill.name,
                "category": s.skill.category,
                "soft": s.skill.soft,
                "evidence": [
                    {
                        "line": m.line,
                        "text": profile.lines[m.line - 1].strip(),
                        "surface": m.surface,
                        "method": m.method.value,
                    }
                    for m in s.mentions
                ],
            }
            for s in profile.skills
        ],
    }


def documents_doc(command: str, documents: list[dict[str, Any]], errors: Iterable[InputError]) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "command": command, "documents": documents, "errors": errors_doc(errors)}


def document_lines(
    command: str, documents: list[dict[str, Any]], errors: Iterable[InputError]
) -> Iterator[dict[str, Any]]:
    for d in documents:
        yield {"schema_version": SCHEMA_VERSION, "type": command, **d}
    for e in errors:
        yield {"schema_version": SCHEMA_VERSION, "type": "error", "path": e.path, "error": e.message}


def vocab_doc(query: str, vocab: Vocabulary, names: list[str]) -> dict[str, Any]:
    results = []
    for name in names:
        skill = vocab.get(name)
        if skill is None:
            continue
        results.append(
            {
                "name": skill.name,
                "category": skill.category,
                "soft": skill.soft,
                "aliases": list(skill.aliases),
                "strict": sorted(vocab.strict_forms(skill)),
                "implies": sorted(vocab.implied(skill.name)),
                "implied_by": vocab.implied_by(skill.name),
            }
        )
    return {"schema_version": SCHEMA_VERSION, "command": "vocab", "query": query, "results": results}
