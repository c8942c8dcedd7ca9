"""Report -> Markdown: a report to paste into an issue, a note or a chat, or to save.

User text is escaped so that it never becomes Markdown syntax (a posting line with ``|`` or
``*`` stays as written inside tables and lists).
"""

from __future__ import annotations

import re

from jobmatch.models import Tier
from jobmatch.render import common
from jobmatch.report import DiffReport, Entry, MatrixReport, Ranking, Report, best_score

_SPECIAL = re.compile(r"([\\`*_\[\]<|~])")


def esc(text: str) -> str:
    """Escape Markdown syntax in user text; line breaks become spaces, other control characters
    are written escaped (:func:`~jobmatch.render.common.printable`)."""
    return _SPECIAL.sub(r"\\\1", common.printable(" ".join(text.split())))


def code(text: str, *, cell: bool = False) -> str:
    """A file name as a code span: control characters written escaped (a newline in a name would
    end the table row), a fence longer than any run of backticks in it; in a table ``cell``, a
    ``|`` escaped so that it does not end the cell."""
    text = common.printable(text)
    if cell:
        text = text.replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _table(header: list[str], rows: list[list[str]], align: str) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(":---" if a == "l" else "---:" for a in align) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def render_report(report: Report) -> str:
    lines = ["# jobmatch report", ""]
    if report.resume is not None:
        lines.append(f"Resume: {code(report.resume_path)} ({len(report.resume.skills)} skills found)")
        lines.append("")
    if report.entries:
        lines += ["## Ranking", ""]
        rows = []
        for e in report.entries:
            r = e.result
            posting = f"{esc(common.title_of(e))}<br>{code(r.posting.path, cell=True)}"
            rows.append(
                [
                    str(e.rank),
                    f"**{r.score:.1f}%**",
                    posting,
                    common.count(e.coverage[Tier.REQUIRED]),
                    common.count(e.coverage[Tier.REQUIRED], ats=True),
                    common.count(e.coverage[Tier.PREFERRED]),
                    esc(common.checks_summary(e) or "-"),
                ]
            )
        lines += _table(["#", "Score", "Posting", "Required", "ATS-exact", "Preferred", "Checks"], rows, "rrlrrrl")
        lines.append("")
        if len(report.entries) < report.scored:
            lines += [f"{len(report.entries)} of {report.scored} postings shown.", ""]
        if report.gaps and len(report.entries) > 1:
            lines += ["## Missing in several postings", ""]
            lines += _table(["Skill", "Missing in"], [[esc(g.label), common.gap_text(g)] for g in report.gaps], "ll")
            lines.append("")
        for e in report.entries:
            lines += _entry(e, report.explain)
    elif report.scored:
        lines += [f"No posting of {report.scored} passes the filters.", ""]
    if report.errors:
        lines += ["## Skipped", ""]
        lines += [f"- {code(e.path)}: {esc(e.message)}" for e in report.errors]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _entry(e: Entry, explain: bool, *, title: str | None = None, subtitle: str | None = None) -> list[str]:
    # a ranking (candidates named by ``title``) says it once, of its posting
    note = common.entry_note(e) if title is None else ""
    r = e.result
    title = common.title_of(e) if title is None else title
    subtitle = code(r.posting.path) if subtitle is None else subtitle
    lines = [f"## {e.rank}. {esc(title)}: {r.score:.1f}%", "", subtitle, ""]
    if note:
        lines += [f"> {esc(note)}", ""]
    rows = []
    for part in r.parts:
        name = f"{part.name} check" if part.name in common.KNOCKOUT_NAMES else part.name
        rows.append(
            [
                name,
                f"{part.weight:.2f}" if part.weight else "-",
                esc(common.part_value(e, part)),
                esc(common.ats_value(e, part)),
                f"{part.points:.1f}" if part.weight else "-",
            ]
        )
    rows.append(["**score**", "", "", "", f"**{r.score:.1f}**"])
    lines += _table(["Part", "Weight", "Value (understood)", "ATS-exact", "Points"], rows, "lrllr")
    lines.append("")
    years = common.years_checks_text(r)
    if years:
        lines += [f"**Years asked**: {esc(years)}", ""]
    fixes = common.fixes_shown(e, explain)
    if fixes:
        lines += ["**Fix first**", ""]
        lines += [f"- +{f.points:.1f} points: {esc(common.fix_text(f))}" for f in fixes]
        if len(e.fixes) > len(fixes):
            lines.append(f"- ... {len(e.fixes) - len(fixes)} more (`--explain` lists all)")
        lines.append("")
    if e.rewordings:
        lines += ["**Use the posting's words**", ""]
        lines += [f"- {esc(common.rewording_text(w))}" for w in e.rewordings]
        lines.append("")
    if explain:
        for tier in (Tier.REQUIRED, Tier.PREFERRED):
            matches = common.tier_matches(e, tier)
            if not matches:
                continue
            lines += [f"**{esc(common.tier_heading(e, tier, matches))}**", ""]
            rows = [
                [
                    "yes" if m.matched else "**no**",
                    esc(common.requirement_name(m)),
                    esc(common.how_met(m)) + ("" if not m.matched else " (ATS-exact)" if m.ats_exact else ""),
                    esc(common.evidence_text(m)),
                ]
                for m in matches
            ]
            lines += _table(["Met", "Requirement", "How", "Evidence"], rows, "llll")
            lines.append("")
    return lines


def render_diff(report: DiffReport) -> str:
    lines = ["# jobmatch diff", "", f"Old: {code(report.old_path)}  ", f"New: {code(report.new_path)}", ""]
    if report.postings:
        rows = []
        for d in report.postings:
            rows.append(
                [
                    f"{esc(d.new.posting.title or '(untitled)')}<br>{code(d.new.posting.path, cell=True)}",
                    f"{d.old.score:.1f}",
                    f"{d.new.score:.1f}",
                    f"**{common.delta_text(d.delta)}**",
                    common.flipped_text(d),
                ]
            )
        lines += _table(["Posting", "Old", "New", "Change", "Flipped"], rows, "lrrrr")
        lines.append("")
    for d in report.postings:
        if not d.changed:
            continue
        lines += [f"## {esc(d.new.posting.title or '(untitled)')}: {common.delta_text(d.delta)}", ""]
        lines += [code(d.new.posting.path), ""]
        for f in d.flips:
            m = f.new if f.now_met else f.old
            what = "now met" if f.now_met else "no longer met"
            name = esc(common.requirement_name(m))
            lines.append(f"- **{what}**: {name} ({m.requirement.tier.value}); {esc(common.evidence_text(m))}")
        lines += [f"- **check**: {esc(common.check_change_text(c))}" for c in d.checks]
        if d.parts:
            lines.append(f"- **score parts** (points): {esc(common.parts_changed_text(d))}")
        lines.append("")
    lines += _skipped(report.errors)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_ranking(ranking: Ranking) -> str:
    lines = ["# jobmatch ranking", ""]
    p = ranking.posting
    if p is not None:
        title = esc(p.title or "(untitled)")
        lines += [f"Posting: {title} ({code(ranking.posting_path)})  ", f"Asks: {common.posting_asks(p)}", ""]
        note = common.posting_note(p)
        if note:
            lines += [f"> {esc(note)}", ""]
    if ranking.candidates:
        rows = []
        for c in ranking.candidates:
            e = c.entry
            rows.append(
                [
                    str(e.rank),
                    f"**{e.result.score:.1f}%**",
                    f"{code(c.path, cell=True)}<br>{common.candidate_skills(c.skills)}",
                    common.count(e.coverage[Tier.REQUIRED]),
                    common.count(e.coverage[Tier.REQUIRED], ats=True),
                    common.count(e.coverage[Tier.PREFERRED]),
                    esc(common.checks_summary(e) or "-"),
                ]
            )
        lines += ["## Candidates", ""]
        lines += _table(["#", "Score", "Resume", "Required", "ATS-exact", "Preferred", "Checks"], rows, "rrlrrrl")
        lines.append("")
        if len(ranking.candidates) < ranking.scored:
            lines += [f"{len(ranking.candidates)} of {ranking.scored} candidates shown.", ""]
        if ranking.gaps and len(ranking.candidates) > 1:
            lines += ["## Missing in several candidates", ""]
            gap_rows = [[esc(g.label), common.gap_text(g, "candidate")] for g in ranking.gaps]
            lines += _table(["Skill", "Missing in"], gap_rows, "ll")
            lines.append("")
        for c in ranking.candidates:
            lines += _entry(c.entry, ranking.explain, title=c.path, subtitle=common.candidate_skills(c.skills))
    elif ranking.scored:
        lines += [f"No candidate of {ranking.scored} passes the filters.", ""]
    lines += _skipped(ranking.errors)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_matrix(report: MatrixReport) -> str:
    shown = report.postings  # a file to keep: every column (the terminal shows the first few)
    lines = ["# jobmatch scores", "", f"{report.scored} resumes x {len(report.postings)} postings.", ""]
    if report.rows:
        header = ["Resume", "Best", *(f"P{i}" for i in range(1, len(shown) + 1))]
        rows = [
            [code(r.path, cell=True), f"**{best_score(r):.1f}**", *(f"{s:.1f}" for s in r.scores)]
            for r in report.rows
        ]
        lines += _table(header, rows, "l" + "r" * (len(header) - 1))
        lines.append("")
    lines += [f"- P{i}: {esc(common.posting_label(p.title, p.path))}" for i, p in enumerate(shown, 1)]
    lines.append("")
    lines += _skipped(report.errors)
    return "\n".join(lines).rstrip("\n") + "\n"


def _skipped(errors: tuple) -> list[str]:
    if not errors:
        return []
    return ["## Skipped", "", *(f"- {code(e.path)}: {esc(e.message)}" for e in errors), ""]
