"""Result values -> JSON documents (plain dicts), the versioned contract for scripts.

The schema is ``jobmatch/data/schema.json``; README "JSON output" documents every field.
SCHEMA_VERSION changes its major number only for a breaking change; new fields bump the minor.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring
from typing import Any

from jobmatch.match import evidence_text
from jobmatch.models import (
    Candidate,
    InputError,
    Knockout,
    MatchResult,
    MatrixRow,
    Posting,
    RequirementMatch,
    ResumeProfile,
    ResumeSkill,
    Tier,
)
from jobmatch.report import (
    CheckChange,
    DiffReport,
    Entry,
    Fix,
    Flip,
    Gap,
    MatrixReport,
    PostingDiff,
    RankedCandidate,
    Ranking,
    Report,
    coverage_of,
    fix_fields,
    fix_plan,
    label,
    rewordings_of,
)
from jobmatch.vocabulary import Vocabulary

SCHEMA_VERSION = "1.8"


def dumps(document: dict[str, Any], *, indent: int | None = 2) -> str:
    return valid_utf8(json.dumps(document, indent=indent, ensure_ascii=False, sort_keys=False))


# A file name that is not valid UTF-8 (a Latin-1 name from an old archive) reaches Python as
# surrogate escapes (os.fsdecode: b"caf\xe9.md" -> "caf\udce9.md"). JSON is UTF-8, which cannot
# hold them as they are: each is written as JSON's escape "\udce9", which keeps the document valid
# UTF-8 and which json.loads reads back as the same name, so that os.fsencode gives the exact bytes
# of the name (jq reads a lone surrogate as U+FFFD). Other formats write the bytes as they are.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def valid_utf8(text: str) -> str:
    """JSON text with every lone surrogate written as a \\uXXXX escape. Surrogates only occur in
    JSON strings, where the escape means the same code point; ASCII text is returned at once."""
    if text.isascii():
        return text
    return _SURROGATE.sub(_surrogate_escape, text)


def _surrogate_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


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
        "wording": list(m.wording or r.any_of),
        "ats_exact": m.ats_exact,
    }


def _knockout_doc(check: Knockout | None) -> dict[str, Any]:
    if check is None:
        return {"status": "not_asked", "asked": None, "found": None}
    return {"status": check.status.value, "asked": check.asked, "found": check.found}


def breakdown_doc(result: MatchResult) -> dict[str, Any]:
    """Every part of the score with its weight, value and points; the points sum to the score."""
    knockouts = {k.name: k for k in result.knockouts}
    breakdown: dict[str, Any] = {}
    for part in result.parts:
        entry: dict[str, Any] = {"weight": part.weight, "value": part.value, "points": part.points}
        if part.name == "similarity":
            entry["coverage"] = round(result.similarity, 4)
            entry["cosine"] = entry["coverage"]  # deprecated (1.3): the same value, named before it was a coverage
        elif part.name in ("required", "preferred"):
            entry["met"] = part.met
            entry["total"] = part.total
        else:
            entry.update(_knockout_doc(knockouts.get(part.name)))
        breakdown[part.name] = entry
    return breakdown


def fix_doc(f: Fix) -> dict[str, Any]:
    return {
        "tier": f.tier.value,
        "any_of": list(f.any_of),
        "wording": list(f.wording),
        "soft": f.soft,
        "points": f.points,
    }


def result_doc(entry: Entry, *, encoded: bool = False) -> dict[str, Any]:
    """One result's document. ``encoded``: its requirements and fixes as their JSON texts (an
    :class:`_Encoded` list each), for :func:`_dumps_line`; the same document once written."""
    result = entry.result
    p = result.posting
    missing = {
        tier.value: [
            label(m.requirement.any_of) for m in result.matches if m.requirement.tier is tier and not m.matched
        ]
        for tier in (Tier.REQUIRED, Tier.PREFERRED)
    }
    return {
        "rank": entry.rank,
        "posting": {"path": p.path, "title": p.title, "min_years": p.min_years, "degree": p.degree},
        "score": result.score,
        "breakdown": breakdown_doc(result),
        "coverage": {
            tier.value: {
                "understood": round(c.understood, 4),
                "ats_exact": round(c.ats_exact, 4),
                "met": c.met,
                "ats_met": c.ats_met,
                "total": c.total,
            }
            for tier, c in entry.coverage.items()
        },
        "requirements": (
            _Encoded(map(_requirement_json, result.matches))
            if encoded
            else [requirement_match_doc(m) for m in result.matches]
        ),
        "missing": missing,
        "fixes": _Encoded(map(_fix_json, entry.fixes)) if encoded else [fix_doc(f) for f in entry.fixes],
        "rewordings": [
            {
                "tier": w.tier.value,
                "posting_words": w.posting_words,
                "resume_words": w.resume_words,
                "method": w.method.value,
                "line": w.line,
            }
            for w in entry.rewordings
        ],
        **({"checks": checks_doc(result)} if result.checks else {}),
    }


def gaps_doc(gaps: Iterable[Gap]) -> list[dict[str, Any]]:
    return [
        {"skills": list(g.skills), "missing_in": g.missing_in, "required_in": g.required_in, "postings": g.postings}
        for g in gaps
    ]


def report_doc(report: Report) -> dict[str, Any]:
    """``jobmatch match -f json``: the whole report as one document."""
    profile = report.resume
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "match",
        "resume": {"path": report.resume_path, "skills": len(profile.skills) if profile else None},
        "scored": report.scored,
        "results": [result_doc(e) for e in report.entries],
        "recurring_gaps": gaps_doc(report.gaps),
        "errors": errors_doc(report.errors),
    }


def report_lines(report: Report) -> Iterator[dict[str, Any]]:
    """``jobmatch match -f ndjson``: one object per posting, then one per failed input."""
    for e in report.entries:
        yield {"schema_version": SCHEMA_VERSION, "type": "result", "resume": report.resume_path, **result_doc(e)}
    yield from _error_lines(report.errors)


def _error_lines(errors: Iterable[InputError]) -> Iterator[dict[str, Any]]:
    for e in errors:
        yield {"schema_version": SCHEMA_VERSION, "type": "error", "path": e.path, "error": e.message}


def _flip_doc(flip: Flip) -> dict[str, Any]:
    shown = flip.new if flip.now_met else flip.old
    r = shown.requirement
    evidence = requirement_match_doc(shown)["evidence"]
    return {
        "tier": r.tier.value,
        "any_of": list(r.any_of),
        "text": r.text,
        "now_met": flip.now_met,
        "evidence": evidence,
    }


def posting_diff_doc(d: PostingDiff) -> dict[str, Any]:
    p = d.new.posting
    return {
        "posting": {"path": p.path, "title": p.title, "min_years": p.min_years, "degree": p.degree},
        "old_score": d.old.score,
        "new_score": d.new.score,
        "delta": d.delta,
        "flips": [_flip_doc(f) for f in d.flips],
        "check_changes": [_check_change_doc(c) for c in d.checks],
        "part_changes": [
            {"name": p.name, "old_points": p.old_points, "new_points": p.new_points, "delta": p.delta}
            for p in d.parts
        ],
    }


def _check_change_doc(c: CheckChange) -> dict[str, Any]:
    """A check whose status changed (since 1.7): a knock-out check or the years of a skill."""
    return {
        "name": c.name,
        "kind": c.kind,
        "tier": c.tier.value if c.tier is not None else None,
        "asked": c.asked,
        "old": {"status": c.old_status, "found": c.old_found},
        "new": {"status": c.new_status, "found": c.new_found},
    }


def diff_doc(report: DiffReport) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "diff",
        "old": report.old_path,
        "new": report.new_path,
        "results": [posting_diff_doc(d) for d in report.postings],
        "errors": errors_doc(report.errors),
    }


def diff_lines(report: DiffReport) -> Iterator[dict[str, Any]]:
    """NDJSON: one object per posting, then one per failed input."""
    for d in report.postings:
        yield {
            "schema_version": SCHEMA_VERSION,
            "type": "diff",
            "old": report.old_path,
            "new": report.new_path,
            **posting_diff_doc(d),
        }
    yield from _error_lines(report.errors)


def posting_doc(p: Posting) -> dict[str, Any]:
    return {
        "path": p.path,
        "title": p.title,
        "min_years": p.min_years,
        "degree": p.degree,
        "preferred_degree": p.preferred_degree,
        "degree_field": p.degree_field,
        "degree_or_experience": p.degree_or_experience,
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
    """``jobmatch resume -f json``: one resume's structure and skills."""
    best = profile.highest_education
    return {
        "path": profile.path,
        "as_of": _month(profile.as_of) if profile.as_of else None,
        "total_years": profile.total_years,
        "total_months": profile.total_months,
        "degree": {"level": best.degree, "field": best.field} if best else None,
        "sections": [
            {"heading": s.heading, "kind": s.kind, "line": s.line, "end_line": s.end_line} for s in profile.sections
        ],
        "jobs": [
            {
                "title": j.title,
                "employer": j.employer,
                "location": j.location,
                "dates": j.period.text,
                "start": _month(j.period.start),
                "end": _month(_previous(j.period.end)),
                "present": j.period.present,
                "months": j.months,
                "years": round(j.months / 12, 1),
                "internship": j.internship,
                "line": j.line,
                "end_line": j.end_line,
                "skills": list(j.skills),
            }
            for j in profile.jobs
        ],
        "education": [
            {
                "degree": e.degree,
                "field": e.field,
                "institution": e.institution,
                "year": e.year,
                "text": e.text,
                "line": e.line,
            }
            for e in profile.education
        ],
        "skills": [_resume_skill_doc(profile, s) for s in profile.skills],
    }


def _resume_skill_doc(profile: ResumeProfile, s: ResumeSkill) -> dict[str, Any]:
    used = profile.skill_experience(s.skill.name)
    return {
        "name": s.skill.name,
        "category": s.skill.category,
        "soft": s.skill.soft,
        "years": used.years if used else None,
        "jobs": list(used.jobs) if used else [],
        "evidence": [
            {
                "line": m.line,
                "text": evidence_text(m, profile.lines),
                "surface": m.surface,
                "method": m.method.value,
            }
            for m in s.mentions
        ],
    }


def _month(ym: tuple[int, int]) -> str:
    return f"{ym[0]:04d}-{ym[1]:02d}"


def _previous(ym: tuple[int, int]) -> tuple[int, int]:
    """The month before: a period's end is exclusive, the JSON shows its last month."""
    return (ym[0], ym[1] - 1) if ym[1] > 1 else (ym[0] - 1, 12)


def checks_doc(result: MatchResult) -> list[dict[str, Any]]:
    """Years asked (overall, per skill) against the resume's timeline: ``results[].checks``."""
    return [
        {
            "subject": c.subject,
            "kind": c.kind,
            "tier": c.tier.value if c.tier else None,
            "line": c.line,
            "required": c.required,
            "actual": c.actual,
            "met": c.met,
            "field": c.field,
            "jobs": list(c.jobs),
        }
        for c in result.checks
    ]


def documents_doc(command: str, documents: list[dict[str, Any]], errors: Iterable[InputError]) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "command": command, "documents": documents, "errors": errors_doc(errors)}


def document_lines(
    command: str, documents: list[dict[str, Any]], errors: Iterable[InputError]
) -> Iterator[dict[str, Any]]:
    for d in documents:
        yield {"schema_version": SCHEMA_VERSION, "type": command, **d}
    yield from _error_lines(errors)


def vocab_doc(query: str, vocab: Vocabulary, names: list[str], *, exact: bool = True) -> dict[str, Any]:
    """``jobmatch vocab``: the skill the query names (``exact``), or the closest skills."""
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
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "vocab",
        "query": query,
        "exact": exact and bool(results),
        "results": results,
    }


# -- streamed lines: rendered as each result is computed (in the worker that computed it) ----------


def result_line(resume_path: str, result: MatchResult) -> tuple[float, str]:
    """``jobmatch match -f ndjson``, streamed: the line of one result, written in input order as
    soon as it is computed. Its ``rank`` is null (the ranking needs every result: ``--sort score``
    or ``--top`` asks for it). Returns (score, line) for the caller's filters."""
    head = {"schema_version": SCHEMA_VERSION, "type": "result", "resume": resume_path}
    return result.score, _streamed_line(head, result)


def candidate_line(candidate: Candidate) -> tuple[float, str]:
    """``jobmatch rank -f ndjson``, streamed: a result line (as ``match`` writes for the same
    pair) with ``skills``, the number of skills found in the resume; ``rank`` null."""
    head = {"schema_version": SCHEMA_VERSION, "type": "result", "resume": candidate.path, "skills": candidate.skills}
    return candidate.result.score, _streamed_line(head, candidate.result)


def _streamed_line(head: dict[str, Any], result: MatchResult) -> str:
    """The line of ``head`` and the document of the result's entry (``entry_of(1, result)``),
    ``rank`` null. The fixes are written from the fix plan: no Fix is made (making them was
    half of the fixes' time)."""
    entry = Entry(1, result, coverage_of(result), (), rewordings_of(result))
    doc = {**head, **result_doc(entry, encoded=True)}
    doc["fixes"] = _Encoded([_fix_json_of(*fix_fields(planned)) for planned in fix_plan(result)])
    doc["rank"] = None
    return _dumps_line(doc)


# -- a line's JSON, its requirements and fixes from cut templates ------------------------------------
#
# A result line is mostly its requirements and fixes, and postings ask for the same skills in the
# same words: a requirement's JSON differs from one posting to the next only by its text and line
# (a fix's by its points). Each is written from a template cut around those values, made once
# (the cache is bounded); the rest of the line is encoded as usual. The text is the same as
# ``dumps(doc, indent=None)`` gives (tests/test_perf_score.py checks it).

_encoder = json.JSONEncoder(ensure_ascii=False)
_encode = _encoder.encode  # what dumps(doc, indent=None) does

try:
    from _json import make_encoder
except ImportError:  # (a Python without the C accelerator)
    _dict_json: Callable[[dict[str, Any]], str] = _encode
else:
    # JSONEncoder.encode makes its C encoder afresh at every call (a few us: a line encodes three
    # runs of values): the C encoder it makes, made once, with the same parameters but for the
    # check for circular references (a document is made of fresh values, never holds itself)
    _dict_chunks = make_encoder(None, _encoder.default, encode_basestring, None, ": ", ", ", False, False, True)

    def _dict_json(doc: dict[str, Any]) -> str:
        """``_encode(doc)`` of a dict."""
        return "".join(_dict_chunks(doc, 0))


class _Encoded(list[str]):
    """A list whose items are already JSON texts."""


def _dumps_line(doc: dict[str, Any]) -> str:
    """``dumps(doc, indent=None)`` for a document whose values may be :class:`_Encoded` lists:
    the runs of other values are encoded a run at a time."""
    pieces = []
    run: dict[str, Any] = {}
    for key, value in doc.items():
        if type(value) is _Encoded:
            if run:
                pieces.append(_dict_json(run)[1:-1])
                run = {}
            pieces.append(f"{encode_basestring(key)}: [{', '.join(value)}]")  # (a key is text)
        else:
            run[key] = value
    if run:
        pieces.append(_dict_json(run)[1:-1])
    return valid_utf8("{" + ", ".join(pieces) + "}")


def _value_json(value: Any) -> str:
    """The JSON of a text, a whole number or a finite float without the encoder's set-up."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)  # what the encoder writes for it
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    return _encode(value)


def _cut(doc: dict[str, Any], varying: tuple[str, ...]) -> tuple[str, ...]:
    """The JSON of ``doc`` cut around the values of the keys ``varying`` (in the document's
    order): the texts before, between and after them."""
    assert tuple(k for k in doc if k in varying) == varying, (list(doc), varying)
    pieces = ["{"]
    for i, (key, value) in enumerate(doc.items()):
        head = f"{', ' if i else ''}{_encode(key)}: "
        if key in varying:
            pieces[-1] += head
            pieces.append("")
        else:
            pieces[-1] += head + _encode(value)
    pieces[-1] += "}"
    return tuple(pieces)


_TEMPLATES_SIZE = 1 << 12
_requirement_templates: dict[tuple[Any, ...], tuple[str, ...]] = {}
_fix_templates: dict[tuple[Any, ...], tuple[str, ...]] = {}


def _requirement_json(m: RequirementMatch) -> str:
    """``dumps(requirement_match_doc(m))``: from its template, all of it but the text and line."""
    r = m.requirement
    # everything requirement_match_doc writes but the text and the line
    key = (r.tier, r.any_of, r.soft, r.min_years, m.matched_by, m.evidence, m.wording, m.ats_term)
    template = _requirement_templates.get(key)
    if template is None:
        if len(_requirement_templates) >= _TEMPLATES_SIZE:
            _requirement_templates.clear()
        template = _requirement_templates[key] = _cut(requirement_match_doc(m), ("text", "line"))
    before, between, after = template
    text, line = r.text, r.line
    # _value_json inlined for the two (a call each costs as much as the rest)
    text_json = encode_basestring(text) if type(text) is str else _encode(text)
    line_json = int.__repr__(line) if type(line) is int else _encode(line)
    return f"{before}{text_json}{between}{line_json}{after}"


def _fix_json(f: Fix) -> str:
    """``dumps(fix_doc(f))``: from its template, all of it but the points."""
    return _fix_json_of(f.tier, f.any_of, f.wording, f.soft, f.points)


def _fix_json_of(tier: Tier, any_of: tuple[str, ...], wording: tuple[str, ...], soft: bool, points: float) -> str:
    """:func:`_fix_json` of ``Fix(tier, any_of, wording, soft, points)``, without the Fix."""
    key = (tier, any_of, wording, soft)  # everything fix_doc writes but the points
    template = _fix_templates.get(key)
    if template is None:
        if len(_fix_templates) >= _TEMPLATES_SIZE:
            _fix_templates.clear()
        template = _fix_templates[key] = _cut(fix_doc(Fix(tier, any_of, wording, soft, points)), ("points",))
    before, after = template
    return f"{before}{_value_json(points)}{after}"


def error_line(error: InputError) -> str:
    return dumps(next(_error_lines([error])), indent=None)


# -- rank ---------------------------------------------------------------------------------------------


def _posting_ref(p: Posting | None, path: str) -> dict[str, Any]:
    if p is None:
        return {"path": path, "title": None, "min_years": None, "degree": None}
    return {"path": p.path, "title": p.title, "min_years": p.min_years, "degree": p.degree}


def ranked_doc(c: RankedCandidate) -> dict[str, Any]:
    return {"resume": {"path": c.path, "skills": c.skills}, **result_doc(c.entry)}


def ranking_doc(ranking: Ranking) -> dict[str, Any]:
    """``jobmatch rank -f json``: the posting, then one result per candidate (best first unless
    ``--sort``), each the result ``match`` gives for the pair plus the resume."""
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "rank",
        "posting": _posting_ref(ranking.posting, ranking.posting_path),
        "scored": ranking.scored,
        "results": [ranked_doc(c) for c in ranking.candidates],
        "recurring_gaps": gaps_doc(ranking.gaps),
        "errors": errors_doc(ranking.errors),
    }


def ranking_lines(ranking: Ranking) -> Iterator[dict[str, Any]]:
    """``jobmatch rank -f ndjson --sort ...``: one ranked line per candidate, then the errors."""
    for c in ranking.candidates:
        yield {
            "schema_version": SCHEMA_VERSION,
            "type": "result",
            "resume": c.path,
            "skills": c.skills,
            **result_doc(c.entry),
        }
    yield from _error_lines(ranking.errors)


# -- the resume x posting matrix -------------------------------------------------------------------


def matrix_scores(posting_paths: tuple[str, ...], row: MatrixRow) -> dict[str, float]:
    return dict(zip(posting_paths, row.scores, strict=True))


def matrix_line(posting_paths: tuple[str, ...], row: MatrixRow) -> str:
    """``jobmatch rank --matrix -f ndjson``: a resume's scores against every posting, by path."""
    doc = {
        "schema_version": SCHEMA_VERSION,
        "type": "scores",
        "resume": {"path": row.path, "skills": row.skills},
        "scores": matrix_scores(posting_paths, row),
    }
    return dumps(doc, indent=None)


def matrix_doc(report: MatrixReport) -> dict[str, Any]:
    """``jobmatch rank --matrix -f json``: the postings (the columns), then a row per resume."""
    paths = tuple(p.path for p in report.postings)
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "rank",
        "matrix": True,
        "postings": [_posting_ref(p, p.path) for p in report.postings],
        "scored": report.scored,
        "resumes": [
            {"path": r.path, "skills": r.skills, "scores": matrix_scores(paths, r)} for r in report.rows
        ],
        "errors": errors_doc(report.errors),
    }
