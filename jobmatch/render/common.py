"""Wording shared by the report formats (table, markdown, html, csv), so that they all say the
same thing the same way. Pure functions of result values, no styling."""

from __future__ import annotations

import re

from jobmatch.config import SCORING
from jobmatch.models import (
    CheckStatus,
    Knockout,
    MatchResult,
    Method,
    Posting,
    RequirementMatch,
    ScorePart,
    Tier,
    YearsCheck,
)
from jobmatch.report import CheckChange, Coverage, Entry, Fix, Gap, PartChange, PostingDiff, Rewording, label

FIXES_SHOWN = 5  # fixes listed per posting without --explain (JSON always has all)
KNOCKOUT_NAMES = ("experience", "degree")


def pct(value: float) -> str:
    return f"{value * 100:.0f}%"


def num(value: float | None) -> str:
    """1.0 -> "1", 8.5 -> "8.5"."""
    if value is None:
        return "-"
    return f"{value:g}"


def title_of(entry: Entry) -> str:
    return entry.result.posting.title or "(untitled)"


def count(coverage: Coverage, *, ats: bool = False) -> str:
    """'9/19': met (or ATS-exact) of total, '-' when the tier is empty."""
    if not coverage.total:
        return "-"
    return f"{num(coverage.ats_met if ats else coverage.met)}/{num(coverage.total)}"


def knockout(entry: Entry, name: str) -> Knockout | None:
    return knockout_of(entry.result, name)


def knockout_of(result: MatchResult, name: str) -> Knockout | None:
    """The result's knock-out check of that name (the first), or None."""
    return next((k for k in result.knockouts if k.name == name), None)


def degree_name(level: str) -> str:
    """A degree level as a reader writes it: 'high school', 'bachelor'."""
    return level.replace("_", " ")


def _asked(check: Knockout, field: str | None = None) -> str:
    if check.name != "experience":
        return degree_name(str(check.asked))
    return f"{check.asked}+ years" + (f" of {field}" if field else "")


def years_field(result: MatchResult | None) -> tuple[str | None, bool]:
    """The field the posting's overall years are about ("2+ years of emergency nursing
    experience": "emergency nursing"), and whether the resume's years were counted in it (its
    jobs in that field) rather than over all its jobs (none of them read as that field)."""
    if result is None:
        return None, False
    overall = next((c for c in result.checks if c.kind == "overall"), None)
    if overall is not None and overall.field:
        return overall.field, True
    return result.posting.min_years_field, False


def knockout_text(check: Knockout | None, result: MatchResult | None = None) -> str:
    """'5+ years asked, resume: 3' / 'bachelor asked, resume: master' / '..., resume: unknown';
    with the result, the field the years are about: '2+ years of emergency nursing asked, resume:
    4.4 years', or '..., resume: 6.5 years in all (no job read as emergency nursing)'."""
    if check is None or check.status is CheckStatus.NOT_ASKED:
        return "not asked"
    field, counted = years_field(result) if check.name == "experience" else (None, False)
    asked = _asked(check, field)
    if check.found is None:
        found = "unknown"
    elif check.name == "experience":
        found = f"{num(float(check.found))} years"
        if field and not counted:
            found += f" in all (no job read as {field})"
    else:
        found = degree_name(str(check.found))
    return f"{asked} asked, resume: {found}"


def knockout_mark(check: Knockout | None) -> str:
    """A one-word status: met / NOT MET / unknown / -."""
    if check is None or check.status is CheckStatus.NOT_ASKED:
        return "-"
    return {CheckStatus.MET: "met", CheckStatus.NOT_MET: "NOT MET", CheckStatus.UNKNOWN: "unknown"}[check.status]


def checks_summary(entry: Entry) -> str:
    """'5+ years: met, bachelor: unknown', or '' when the posting asks neither (short: a ranking's
    line; the breakdown names the field the years are about)."""
    parts = []
    for name in KNOCKOUT_NAMES:
        check = knockout(entry, name)
        if check is not None and check.status is not CheckStatus.NOT_ASKED:
            parts.append(f"{_asked(check)}: {knockout_mark(check)}")
    return ", ".join(parts)


def part_value(entry: Entry, part: ScorePart) -> str:
    """How a part's value was reached: '9/18 = 0.500', 'coverage 0.210 -> 0.350', a check."""
    if part.name in ("required", "preferred"):
        if not part.total:
            return "none asked"
        return f"{num(part.met)}/{num(part.total)} = {part.value:.3f}"
    if part.name == "similarity":
        return f"coverage {entry.result.similarity:.3f} -> {part.value:.3f}"
    check = knockout(entry, part.name)
    text = knockout_text(check, entry.result)
    if check is not None and check.status in (CheckStatus.MET, CheckStatus.NOT_MET):
        return f"{text} = {part.value:.3f}"
    return text


def ats_value(entry: Entry, part: ScorePart) -> str:
    """The ATS-exact coverage beside a coverage part: '7.5/18 = 0.417' ('' for other parts)."""
    if part.name not in ("required", "preferred"):
        return ""
    c = entry.coverage[Tier(part.name)]
    if not c.total:
        return ""
    return f"{num(c.ats_met)}/{num(c.total)} = {c.ats_exact:.3f}"


def formula(entry: Entry) -> str:
    """'required 30.0 + preferred 4.3 + similarity 7.0 = 41.3' (parts with weight only)."""
    r = entry.result
    parts = " + ".join(f"{p.name} {p.points:.1f}" for p in r.parts if p.weight)
    return f"{parts} = {r.score:.1f}"


def how_met(m: RequirementMatch) -> str:
    """'exact', 'alias (Postgres)', 'fuzzy (Kubernates)', 'implied by Django', or 'missing'."""
    if not m.matched or m.evidence is None:
        return "missing"
    ev = m.evidence
    if ev.method is Method.IMPLIED:
        if ev.via == m.matched_by:
            # implied by the resume itself, not by a skill: "Bilingual English/Spanish" is met in
            # part by a resume written in English ("implied by English" read as a riddle)
            return f"implied: the resume is written in {ev.via}"
        return f"implied by {ev.via}"
    if ev.method in (Method.ALIAS, Method.FUZZY):
        return f"{ev.method.value} ({ev.surface})"
    return ev.method.value


def evidence_text(m: RequirementMatch) -> str:
    """The resume line that shows a requirement, or why none does."""
    if m.matched and m.evidence is not None:
        return f"line {m.evidence.line}: {m.evidence.text}"
    names = m.requirement.any_of
    if len(names) == 1:
        return f"not found: the resume names neither {names[0]} nor a skill that implies it"
    # ("names neither any of Terraform, CloudFormation nor ..." was not English)
    return f"not found: the resume names none of {', '.join(names)}, nor a skill that implies one of them"


def requirement_name(m: RequirementMatch) -> str:
    name = label(m.requirement.any_of)
    if m.matched_by is not None and len(m.requirement.any_of) > 1:
        name += f" -> {m.matched_by}"
    return name + (" (soft)" if m.requirement.soft else "")


def fix_text(fix: Fix) -> str:
    """'PostgreSQL / MySQL (required)', 'Apache Airflow (required; the posting writes "Airflow")'."""
    words = [w for w, name in zip(fix.wording, fix.any_of, strict=False) if w.casefold() != name.casefold()]
    quoted = ", ".join(f'"{w}"' for w in words)
    writes = f"; the posting writes {quoted}" if words else ""
    return f"{fix.label} ({fix.tier.value}{', soft skill' if fix.soft else ''}{writes})"


def fixes_shown(entry: Entry, explain: bool) -> tuple[Fix, ...]:
    return entry.fixes if explain else entry.fixes[:FIXES_SHOWN]


def rewording_text(w: Rewording) -> str:
    """'write "CI/CD" as the posting does (the resume shows it only through GitHub Actions, line 20)'."""
    if w.method is Method.IMPLIED:
        how = f"the resume shows it only through {w.resume_words}"
    elif w.method is Method.FUZZY:
        how = f'the resume spells it "{w.resume_words}"'
    else:
        how = f'the resume writes "{w.resume_words}"'
    return f'write "{w.posting_words}" as the posting does ({how}, line {w.line})'


def gap_text(gap: Gap, noun: str = "posting") -> str:
    """'missing in 4 of 5 postings (required in 3)'; a ranking counts candidates."""
    text = f"missing in {gap.missing_in} of {gap.postings} {noun}{'s' if gap.postings != 1 else ''}"
    return text + (f" (required in {gap.required_in})" if gap.required_in else "")


def tier_heading(entry: Entry, tier: Tier, matches: list[RequirementMatch]) -> str:
    """'Required: 3 of 5 met', and when the score counts them otherwise than one each, how, so that
    the breakdown's "3/4" above is not a riddle: 'Required: 3 of 5 met (3/4 in the score: a soft
    skill counts half)'."""
    met = sum(1 for m in matches if m.matched)
    text = f"{tier.value.capitalize()}: {met} of {len(matches)} met"
    part = entry.result.part(tier.value)
    if part is None or part.met is None or part.total is None or (part.met == met and part.total == len(matches)):
        return text
    why = []
    if any(m.requirement.soft for m in matches):
        why.append("a soft skill counts half" if SCORING.soft_weight == 0.5 else "a soft skill counts less")
    if any(c.kind == "skill" and c.tier is tier and c.status == "short" for c in entry.result.checks):
        why.append("a skill short of the years asked counts in part")
    score = f"{num(part.met)}/{num(part.total)} in the score"
    return f"{text} ({score}: {', '.join(why)})" if why else f"{text} ({score})"


def tier_matches(entry: Entry, tier: Tier) -> list[RequirementMatch]:
    """A tier's requirements, met first (stable within each group)."""
    matches = [m for m in entry.result.matches if m.requirement.tier is tier]
    return sorted(matches, key=lambda m: not m.matched)


def delta_text(delta: float) -> str:
    return f"{delta:+.1f}" if delta else "0.0"


def candidate_skills(skills: int) -> str:
    return f"{skills} skill{'s' if skills != 1 else ''} found"


def posting_label(title: str | None, path: str) -> str:
    return f"{title or '(untitled)'} ({path})"


MATRIX_COLUMNS = 8  # postings shown as columns of a matrix table (csv and json have them all)


def posting_asks(posting: object) -> str:
    """What a posting asks, in one line: '18 required, 14 preferred, 5+ years, bachelor'."""
    if not isinstance(posting, Posting):
        return ""
    required = len({frozenset(r.any_of) for r in posting.requirements if r.tier is Tier.REQUIRED})
    preferred = len({frozenset(r.any_of) for r in posting.requirements if r.tier is Tier.PREFERRED})
    parts = [f"{required} required", f"{preferred} preferred"]
    if posting.min_years:
        parts.append(f"{posting.min_years}+ years")
    if posting.degree:
        parts.append(degree_name(posting.degree))
    return ", ".join(parts)


def unasked_note(required: float, preferred: float) -> str:
    """A caution for a posting in which no required skill was understood (a posting without
    headings in words jobmatch does not read, or in a field its vocabulary barely covers): its
    score then rests on the preferred skills and the text similarity alone, and a high one means
    little. '' when the posting has a required skill."""
    if required:
        return ""
    rests = "its preferred skills and text similarity" if preferred else "text similarity alone"
    return f"No required skill was understood in this posting: the score rests on {rests}. Read the posting."


def entry_note(entry: Entry) -> str:
    """:func:`unasked_note` for a report's entry."""
    return unasked_note(entry.coverage[Tier.REQUIRED].total, entry.coverage[Tier.PREFERRED].total)


def posting_note(posting: object) -> str:
    """:func:`unasked_note` for a ranking's posting."""
    if not isinstance(posting, Posting):
        return ""
    tiers = [r.tier for r in posting.requirements]
    return unasked_note(tiers.count(Tier.REQUIRED), tiers.count(Tier.PREFERRED))


# -- names: file names are user text that no parser cleaned ----------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with every control character (a newline, an ESC starting a terminal sequence)
    written escaped, as Python writes it in a string ("esc\\x1b[31m.md"), as the CLI writes names
    on stderr: a crafted file name can neither recolour the terminal nor break a table row."""
    if text.isprintable():  # the common case: nothing to do
        return text
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


# -- years per skill ---------------------------------------------------------------------------------


def skill_checks(result: MatchResult) -> list[YearsCheck]:
    """The years the posting asks of a skill ("5+ years of Python"), in the posting's order."""
    return [c for c in result.checks if c.kind == "skill"]


def years_check_text(check: YearsCheck) -> str:
    """'5+ years of Python: short, the resume shows 1.6' / '...: met, the resume shows 7' /
    '...: short, the resume shows none' / '...: unknown, no dated jobs'. What the resume shows is
    said as such: "short, 1.6 of 5" read as a score, "0 of 1" as a count."""
    status = check.status
    if check.actual is None:
        found = "no dated jobs"
    else:
        years = round(check.actual, 1)
        found = f"the resume shows {num(years) if years else 'none'}"
    return f"{check.required}+ years of {check.subject}: {status}, {found}"


def years_checks_text(result: MatchResult) -> str:
    """Every skill's years check in one line, '; ' between them ('' when the posting asks none)."""
    return "; ".join(years_check_text(c) for c in skill_checks(result))


# -- diff: why a score moved ---------------------------------------------------------------------


def _status_word(change: CheckChange, status: str) -> str:
    if change.kind == "years":
        return status
    return {"met": "met", "not_met": "NOT MET", "unknown": "unknown", "not_asked": "not asked"}.get(status, status)


def _found_word(change: CheckChange, found: float | str | None) -> str:
    if found is None:
        return "unknown" if change.kind == "knockout" else "no dated jobs"
    if isinstance(found, str):
        return degree_name(found)
    return f"{num(round(float(found), 1))} years"


def check_change_text(change: CheckChange, *, separator: str = "; ") -> str:
    """'experience check: unknown -> met (5+ years asked; resume: unknown -> 7.4 years)',
    '5+ years of Python (required): short -> met (resume: 1.6 years -> 5 years)'. ``separator``
    goes between what is asked and what the resume shows (CSV, which lists checks with "; ",
    gives ", ")."""
    if change.kind == "years":
        tier = f" ({change.tier.value})" if change.tier is not None else ""
        name = f"{change.asked}+ years of {change.name}{tier}"
        asked = ""
    else:
        name = f"{change.name} check"
        if change.asked is None:
            asked = ""
        elif change.name == "experience":
            asked = f"{change.asked}+ years asked{separator}"
        else:
            asked = f"{degree_name(str(change.asked))} asked{separator}"
    flow = f"{_status_word(change, change.old_status)} -> {_status_word(change, change.new_status)}"
    found = f"{_found_word(change, change.old_found)} -> {_found_word(change, change.new_found)}"
    return f"{name}: {flow} ({asked}resume: {found})"


def part_change_text(change: PartChange) -> str:
    """'experience 0.0 -> 10.0 (+10.0)'."""
    return f"{change.name} {change.old_points:.1f} -> {change.new_points:.1f} ({delta_text(change.delta)})"


def parts_changed_text(d: PostingDiff) -> str:
    """The parts of the score that moved, in one line: 'required 20.0 -> 30.0 (+10.0), ...'."""
    return ", ".join(part_change_text(p) for p in d.parts)


def flipped_text(d: PostingDiff) -> str:
    """The summary column: '+1 -0', and the checks that changed: '+1 -0, 2 checks'."""
    gained = sum(f.now_met for f in d.flips)
    text = f"+{gained} -{len(d.flips) - gained}"
    if d.checks:
        text += f", {len(d.checks)} check{'s' if len(d.checks) != 1 else ''}"
    return text
