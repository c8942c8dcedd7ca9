"""Result values -> a rich terminal report. Owns rich.

User text (file names, posting lines, skill names) is always wrapped in ``Text`` so that it is
never read as rich markup ("[red]x[/red].txt" prints as written). Colour only when the console
is a terminal; rich honours NO_COLOR and the terminal width.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from rich import box
from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from jobmatch.match import evidence_text
from jobmatch.models import CheckStatus, InputError, Posting, ResumeProfile, ScorePart, Tier
from jobmatch.render import common
from jobmatch.report import DiffReport, Entry, MatrixReport, PostingDiff, Ranking, Report, best_score, label
from jobmatch.vocabulary import Vocabulary


def make_console(file: IO[str], *, width: int | None = None, plain: bool = False) -> Console:
    """A console for ``file``: colour and width from the terminal (and NO_COLOR); ``plain``
    never colours, whatever the environment says (files, golden tests)."""
    if plain:
        return Console(
            file=file,
            highlight=False,
            emoji=False,
            width=width,
            soft_wrap=False,
            color_system=None,
            force_terminal=False,
        )
    return Console(file=file, highlight=False, emoji=False, width=width, soft_wrap=False)


def render_match(console: Console, report: Report) -> None:
    """The ranking, the recurring gaps, then per posting: the breakdown, the knock-out checks,
    the two coverages, what to fix first and the wording to use (with ``explain``: every
    requirement with how it was met and the resume line, or why it was not)."""
    if report.resume is not None:
        found = f"({len(report.resume.skills)} skills found)"
        console.print(Text(f"Resume: {common.printable(report.resume_path)}  {found}", style="bold"))
    if report.entries:
        console.print(_ranking(report, console.width))
        if len(report.entries) < report.scored:
            console.print(Text(f"{len(report.entries)} of {report.scored} postings shown", style="dim"))
        if report.gaps and len(report.entries) > 1:
            console.print(_gaps(report))
        for entry in report.entries:
            _render_entry(console, entry, report.explain)
    elif report.scored:
        console.print(Text(f"no posting of {report.scored} passes the filters"))
    _skipped(console, report.errors)


def _skipped(console: Console, errors: Iterable[InputError]) -> None:
    for e in errors:
        console.print(Text(f"skipped {common.printable(e.path)}: {common.printable(e.message)}", style="yellow"))


def render(console: Console, report: Report | DiffReport | Ranking | MatrixReport) -> None:
    """Any report value, drawn by the renderer for its kind."""
    if isinstance(report, DiffReport):
        render_diff(console, report)
    elif isinstance(report, Ranking):
        render_ranking(console, report)
    elif isinstance(report, MatrixReport):
        render_matrix(console, report)
    else:
        render_match(console, report)


NARROW = 76  # columns below which a ranking stacks its counts under the name (the name and score always show)


def _score_table(title: str, subject: str, width: int) -> Table:
    """The ranking table's columns, for postings (match) or candidates (rank). Below ``NARROW``
    columns only the rank, the score and the name keep a column each; the counts go under the
    name (:func:`_score_row`)."""
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", title_style="bold")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column(subject, overflow="fold", ratio=1, min_width=16)
    if width >= NARROW:
        table.add_column("Required", justify="right", no_wrap=True)
        table.add_column("ATS-exact", justify="right", no_wrap=True)
        table.add_column("Preferred", justify="right", no_wrap=True)
    return table


def _score_row(table: Table, entry: Entry, name: Text) -> None:
    """One row of a :func:`_score_table`: the counts in their columns, or stacked under the name."""
    counts = (
        common.count(entry.coverage[Tier.REQUIRED]),
        common.count(entry.coverage[Tier.REQUIRED], ats=True),
        common.count(entry.coverage[Tier.PREFERRED]),
    )
    score = entry.result.score
    cells: tuple[str, ...] = counts
    if len(table.columns) == 3:
        name.append(f"\nrequired {counts[0]}, ATS-exact {counts[1]}, preferred {counts[2]}", style="dim")
        cells = ()
    table.add_row(str(entry.rank), Text(f"{score:.1f}%", style=_score_style(score)), name, *cells)


def _ranking(report: Report, width: int) -> Table:
    table = _score_table("Ranking", "Posting", width)
    for entry in report.entries:
        r = entry.result
        posting = Text(common.printable(common.title_of(entry)))
        posting.append("\n" + common.printable(r.posting.path), style="dim")
        checks = common.checks_summary(entry)
        if checks:
            posting.append("\nchecks: " + checks, style="red" if "NOT MET" in checks else "dim")
        _score_row(table, entry, posting)
    return table


def _gaps_table(title: str) -> Table:
    """Recurring gaps: the skill keeps a column however narrow the terminal (the count wraps)."""
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", title_style="bold")
    table.add_column("Skill", overflow="fold", ratio=1)
    table.add_column("Missing in", overflow="fold", ratio=1)
    return table


def _gaps(report: Report) -> Table:
    table = _gaps_table("Missing in several postings")
    for gap in report.gaps:
        table.add_row(Text(gap.label), common.gap_text(gap))
    return table


def _score_style(score: float) -> str:
    return "bold green" if score >= 70 else "bold yellow" if score >= 40 else "bold red"


def _render_entry(
    console: Console, entry: Entry, explain: bool, *, title: str | None = None, subtitle: str | None = None
) -> None:
    """One posting's details (a ranking's: one candidate's, named by ``title`` and ``subtitle``)."""
    # a ranking (candidates named by ``title``) says it once, of its posting
    note = common.entry_note(entry) if title is None else ""
    r = entry.result
    title = common.printable(common.title_of(entry) if title is None else title)
    console.print(Rule(Text(f" #{entry.rank} {title} - {r.score:.1f}% "), align="left"))
    console.print(Text(common.printable(r.posting.path if subtitle is None else subtitle), style="dim"))
    if note:
        console.print(Text(note, style="yellow"))
    console.print(_breakdown(entry, console.width))
    years = common.years_checks_text(r)
    if years:
        text = Text("Years asked: ", style="bold")
        text.append(years, style="red" if any(not c.met for c in common.skill_checks(r)) else "")
        console.print(text)
    fixes = common.fixes_shown(entry, explain)
    if fixes:
        console.print(Text("Fix first", style="bold"))
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
        table.add_column("points", justify="right", no_wrap=True)
        table.add_column("requirement", overflow="fold")
        for fix in fixes:
            table.add_row(Text(f"+{fix.points:.1f}", style="green"), Text(common.fix_text(fix)))
        console.print(table)
        if len(entry.fixes) > len(fixes):
            console.print(Text(f"  ... {len(entry.fixes) - len(fixes)} more (--explain lists all)", style="dim"))
    if entry.rewordings:
        console.print(Text("Use the posting's words", style="bold"))
        for w in entry.rewordings:
            console.print(Text(f"  {common.rewording_text(w)}"))
    if explain:
        for tier in (Tier.REQUIRED, Tier.PREFERRED):
            _render_requirements(console, entry, tier)
    console.print()


def _breakdown(entry: Entry, width: int) -> Table:
    """The parts of the score, with weight, value and points, adding up to the score; the
    ATS-exact coverage beside the understood one. Below ``NARROW`` columns the five columns do not
    fit (the numbers would show as "…"): see :func:`_narrow_breakdown`."""
    if width < NARROW:
        return _narrow_breakdown(entry)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("Part", no_wrap=True)
    table.add_column("Weight", justify="right", no_wrap=True)
    table.add_column("Value (understood)", overflow="fold", ratio=3, min_width=21)
    table.add_column("ATS-exact", overflow="fold", ratio=2)
    table.add_column("Points", justify="right", no_wrap=True)
    for part in entry.result.parts:
        name, value, points = _part_cells(entry, part)
        table.add_row(
            name, f"{part.weight:.2f}" if part.weight else "-", value, common.ats_value(entry, part), points
        )
    table.add_row(Text("score", style="bold"), "", "", "", Text(f"{entry.result.score:.1f}", style="bold"))
    return table


def _part_cells(entry: Entry, part: ScorePart) -> tuple[str, Text, str]:
    """A part's name ("experience check" for a knockout), its value (red when the check is not
    met) and its points, as both breakdowns show them."""
    value = Text(common.part_value(entry, part))
    check = common.knockout(entry, part.name)
    if check is not None and check.status is CheckStatus.NOT_MET:
        value.stylize("red")
    name = f"{part.name} check" if part.name in common.KNOCKOUT_NAMES else part.name
    return name, value, f"{part.points:.1f}" if part.weight else "-"


def _narrow_breakdown(entry: Entry) -> Table:
    """The breakdown in two columns: each part's points keep a column of their own, never cut;
    its weight, value and ATS-exact coverage go under its name, wrapped at spaces like prose."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("Part", overflow="fold", ratio=1)
    table.add_column("Points", justify="right", no_wrap=True)
    for part in entry.result.parts:
        label, value, points = _part_cells(entry, part)
        name = Text(label + "\n")
        if part.weight:
            name.append(f"weight {part.weight:.2f}; ", style="dim")
        name.append(value)
        ats = common.ats_value(entry, part)
        if ats:
            name.append(f"; ATS-exact {ats}", style="dim")
        table.add_row(name, points)
    table.add_row(Text("score", style="bold"), Text(f"{entry.result.score:.1f}", style="bold"))
    return table


def _render_requirements(console: Console, entry: Entry, tier: Tier) -> None:
    matches = common.tier_matches(entry, tier)
    if not matches:
        return
    console.print(Text(common.tier_heading(entry, tier, matches), style="bold"))
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
    table.add_column("", no_wrap=True)
    table.add_column("requirement", overflow="fold", ratio=2)
    table.add_column("how", overflow="fold", ratio=1)
    table.add_column("evidence", overflow="fold", ratio=3)
    for m in matches:
        ok = m.matched
        ats = "" if not ok else (", ATS-exact" if m.ats_exact else ", not ATS-exact")
        table.add_row(
            Text("✓", style="green") if ok else Text("✗", style="red"),
            Text(common.requirement_name(m)),
            Text(common.how_met(m) + ats, style="cyan" if ok else "red"),
            Text(common.evidence_text(m), style="dim"),
        )
    console.print(table)


def render_diff(console: Console, report: DiffReport) -> None:
    """Per posting: the score before and after, then why it moved: the requirements that flipped,
    the checks whose status changed and the parts of the score that moved. Below ``NARROW``
    columns the old and new scores go under the posting's name."""
    old_path, new_path = common.printable(report.old_path), common.printable(report.new_path)
    console.print(Text(f"Old: {old_path}\nNew: {new_path}", style="bold"))
    narrow = console.width < NARROW
    if report.postings:
        table = Table(box=box.SIMPLE_HEAD, title="Score change", title_justify="left", title_style="bold")
        table.add_column("Posting", overflow="fold", ratio=1, min_width=16)
        if not narrow:
            table.add_column("Old", justify="right", no_wrap=True)
            table.add_column("New", justify="right", no_wrap=True)
        table.add_column("Change", justify="right", no_wrap=True)
        if not narrow:
            table.add_column("Flipped", justify="right", no_wrap=True)
        for d in report.postings:
            posting = Text(common.printable(d.new.posting.title or "(untitled)"))
            posting.append("\n" + common.printable(d.new.posting.path), style="dim")
            style = "green" if d.delta > 0 else "red" if d.delta < 0 else ""
            change = Text(common.delta_text(d.delta), style=style)
            if narrow:
                scores = f"{d.old.score:.1f} -> {d.new.score:.1f}"
                posting.append(f"\n{scores}, flipped {common.flipped_text(d)}", style="dim")
                table.add_row(posting, change)
            else:
                table.add_row(posting, f"{d.old.score:.1f}", f"{d.new.score:.1f}", change, common.flipped_text(d))
        console.print(table)
    for d in report.postings:
        if d.changed:
            _render_posting_diff(console, d, narrow)
    _skipped(console, report.errors)


def _render_posting_diff(console: Console, d: PostingDiff, narrow: bool) -> None:
    title = common.printable(d.new.posting.title or "(untitled)")
    console.print(Rule(Text(f" {title}: {common.delta_text(d.delta)} "), align="left"))
    console.print(Text(common.printable(d.new.posting.path), style="dim"))
    if d.flips:
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
        table.add_column("", no_wrap=True)
        table.add_column("requirement", overflow="fold", ratio=2)
        if not narrow:
            table.add_column("evidence", overflow="fold", ratio=3)
        for f in d.flips:
            m = f.new if f.now_met else f.old
            mark = Text("+ now met", style="green") if f.now_met else Text("- no longer met", style="red")
            name = Text(f"{common.requirement_name(m)} ({m.requirement.tier.value})")
            evidence = Text(common.evidence_text(m), style="dim")
            if narrow:
                table.add_row(mark, name.append("\n").append_text(evidence))
            else:
                table.add_row(mark, name, evidence)
        console.print(table)
    for c in d.checks:
        improved = _check_rank(c.new_status) > _check_rank(c.old_status)
        mark = Text("+ " if improved else "- ", style="green" if improved else "red")
        console.print(mark.append_text(Text(common.check_change_text(c))))
    if d.parts:
        console.print(Text("Score parts (points): " + common.parts_changed_text(d), style="dim"))
    console.print()


def _check_rank(status: str) -> int:
    """Worse to better, to mark a check's change as a gain or a loss."""
    return {"not_met": 0, "short": 0, "unknown": 1, "not_asked": 2, "met": 3}.get(status, 1)


def render_postings(console: Console, postings: list[Posting], errors: Iterable[InputError]) -> None:
    for p in postings:
        console.print(Rule(Text(f" {p.title or '(untitled)'} "), align="left"))
        facts = [common.printable(p.path)]
        facts.append(f"min years: {p.min_years if p.min_years is not None else '-'}")
        degree = common.degree_name(p.degree) if p.degree else "-"
        if p.degree_field:
            degree += f" in {p.degree_field}"
        if p.degree_or_experience:
            degree += " or equivalent experience"
        if p.preferred_degree:
            degree += f" ({common.degree_name(p.preferred_degree)} preferred)"
        facts.append(f"degree: {degree}")
        console.print(Text("   ".join(facts), style="dim"))
        sections = Table(box=box.SIMPLE_HEAD, title="Sections", title_justify="left")
        sections.add_column("line", justify="right")
        sections.add_column("heading", overflow="fold")
        sections.add_column("class")
        for s in p.sections:
            sections.add_row(str(s.line), Text(s.heading or "(start)"), s.kind)
        console.print(sections)
        for tier in (Tier.REQUIRED, Tier.PREFERRED, Tier.CONTEXT):
            reqs = p.by_tier(tier)
            if not reqs:
                continue
            table = Table(box=box.SIMPLE_HEAD, title=f"{tier.value.capitalize()} ({len(reqs)})", title_justify="left")
            table.add_column("line", justify="right")
            table.add_column("any of", overflow="fold", ratio=2)
            table.add_column("years", justify="right")
            table.add_column("source", overflow="fold", ratio=3)
            previous: tuple[int, str] | None = None
            for r in reqs:
                name = label(r.any_of) + (" (soft)" if r.soft else "")
                # a keyword line ("Python, Go, Kubernetes, Terraform") gives several requirements:
                # its text is shown on the first of them, the others say "same line"
                source = Text("(same line)" if (r.line, r.text) == previous else r.text, style="dim")
                previous = (r.line, r.text)
                table.add_row(str(r.line), Text(name), str(r.min_years or ""), source)
            console.print(table)
    _skipped(console, errors)


def render_resumes(console: Console, profiles: list[ResumeProfile], errors: Iterable[InputError]) -> None:
    """``jobmatch resume``: per resume its experience and education, sections, dated jobs, and
    every skill with its years at work and the lines that show it."""
    for profile in profiles:
        console.print(Rule(Text(f" Resume: {len(profile.skills)} skills found "), align="left"))
        console.print(Text(common.printable(profile.path), style="dim"))
        console.print(_resume_facts(profile))
        if profile.sections:
            console.print(_sections_table(profile, console.width))
        if profile.jobs:
            console.print(_jobs_table(profile, console.width))
        console.print(_skills_table(profile, console.width))
    _skipped(console, errors)


def _sections_table(profile: ResumeProfile, width: int) -> Table:
    """One row per section: its lines, heading and kind. Below 50 columns the kind goes under the
    heading (a column of its own would cut it: "certif…")."""
    narrow = width < 50
    sections = Table(box=box.SIMPLE_HEAD, title="Sections", title_justify="left", title_style="bold")
    sections.add_column("lines", justify="right", no_wrap=True)
    sections.add_column("heading", overflow="fold", ratio=1)
    if not narrow:
        sections.add_column("kind")
    for sec in profile.sections:
        heading = Text(sec.heading or "(top)")
        if narrow:
            heading.append(f"\n{sec.kind}", style="dim")
            sections.add_row(f"{sec.line}-{sec.end_line}", heading)
        else:
            sections.add_row(f"{sec.line}-{sec.end_line}", heading, sec.kind)
    return sections


def _jobs_table(profile: ResumeProfile, width: int) -> Table:
    """One row per dated job: its line, dates, years, title and employer. Below ``NARROW`` columns
    the years keep a column of their own and the rest goes in one, wrapped at spaces: five columns
    would cut the years to "ye…" and the title to a few letters a line."""
    jobs = Table(box=box.SIMPLE_HEAD, title="Jobs", title_justify="left", title_style="bold")
    narrow = width < NARROW
    if narrow:
        jobs.add_column("years", justify="right", no_wrap=True)
        jobs.add_column("job", overflow="fold", ratio=1)
    else:
        jobs.add_column("line", justify="right")
        jobs.add_column("dates", no_wrap=True)
        jobs.add_column("years", justify="right")
        jobs.add_column("title", overflow="fold", ratio=2)
        jobs.add_column("employer", overflow="fold", ratio=2)
    for job in profile.jobs:
        years = f"{job.months / 12:.1f}"
        title = Text(job.title or "-")
        if job.internship:
            title.append("  (not counted)", style="dim")
        if narrow:
            title.append(f"\n{job.employer or '-'}")
            title.append(f"\n{job.period.text}, line {job.line}", style="dim")
            jobs.add_row(years, title)
        else:
            jobs.add_row(str(job.line), Text(job.period.text), years, title, Text(job.employer or "-"))
    return jobs


def _skills_table(profile: ResumeProfile, width: int) -> Table:
    """One row per skill: its name, years at work, the lines naming it and the first of them, cut
    with an ellipsis to the width left (``-f json`` has every line in full). The category shows
    from 100 columns, the lines from 60: the evidence keeps room to be read; it shows from 40
    (narrower, it would be no more than "…")."""
    table = Table(box=box.SIMPLE_HEAD, title="Skills", title_justify="left", title_style="bold", expand=True)
    # a long name ("medical-surgical nursing") wraps in a narrow terminal rather than leave the
    # evidence a few letters
    table.add_column("skill", overflow="fold", max_width=20 if width >= 60 else max(10, width // 3 + 1))
    if width >= 100:
        table.add_column("category", no_wrap=True, overflow="ellipsis", max_width=14)
    table.add_column("years", justify="right", no_wrap=True)
    if width >= 60:
        table.add_column("lines", overflow="fold", max_width=10)
    if width >= 40:
        table.add_column("first evidence", no_wrap=True, overflow="ellipsis", ratio=1)
    for s in profile.skills:
        used = profile.skill_experience(s.skill.name)
        cells: list[str | Text] = [Text(s.skill.name)]
        if width >= 100:
            cells.append(s.skill.category)
        cells.append(f"{used.years:.1f}" if used else "-")
        if width >= 60:
            cells.append(", ".join(dict.fromkeys(str(m.line) for m in s.mentions)))
        if width >= 40:
            cells.append(Text(evidence_text(s.mentions[0], profile.lines), style="dim"))
        table.add_row(*cells)
    return table


def _resume_facts(profile: ResumeProfile) -> Text:
    """Experience: 7.4 years ... / Education: bachelor, Computer Science ..."""
    facts = Text()
    facts.append("Experience: ", style="bold")
    if profile.total_years is None:
        facts.append("no dated jobs found")
    else:
        as_of = f"{profile.as_of[0]:04d}-{profile.as_of[1]:02d}" if profile.as_of else "today"
        facts.append(f"{profile.total_years:.1f} years")
        facts.append(f"  (as of {as_of}; internships not counted, overlaps once)", style="dim")
    facts.append("\nEducation: ", style="bold")
    best = profile.highest_education
    if best is None:
        facts.append("no degree found")
    else:
        facts.append(", ".join(x for x in (common.degree_name(best.degree or ""), best.field, best.institution) if x))
        if best.year:
            facts.append(f" ({best.year})")
        facts.append(f"  line {best.line}", style="dim")
    return facts


def render_vocab(console: Console, query: str, vocab: Vocabulary, names: list[str], *, exact: bool = True) -> None:
    if not names:
        console.print(Text(f"{query!r} is not in the vocabulary"))
        return
    if not exact:
        console.print(Text(f"{query!r} is no skill name or alias; the closest:"))
        console.print()
    for name in names:
        skill = vocab.get(name)
        if skill is None:
            continue
        table = Table(box=None, show_header=False, padding=(0, 1))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(overflow="fold")
        table.add_row("name", Text(skill.name))
        table.add_row("category", Text(skill.category + (" (soft skill)" if skill.soft else "")))
        table.add_row("aliases", Text(", ".join(skill.aliases) or "-"))
        strict = sorted(vocab.strict_forms(skill))
        if strict:
            table.add_row("strict", Text(", ".join(strict) + "  (exact case, technical context only)"))
        table.add_row("implies", Text(", ".join(sorted(vocab.implied(skill.name))) or "-"))
        table.add_row("implied by", Text(", ".join(vocab.implied_by(skill.name)) or "-"))
        console.print(table)
        console.print()


# -- rank ----------------------------------------------------------------------------------------------


def render_ranking(console: Console, ranking: Ranking) -> None:
    """Candidates for one posting: the ranking, the requirements most of them miss, then per
    candidate the breakdown a ``match`` report gives for the pair."""
    p = ranking.posting
    if p is not None:
        path = common.printable(ranking.posting_path)
        console.print(Text(f"Posting: {p.title or '(untitled)'}  ({path})", style="bold"))
        console.print(Text(f"Asks: {common.posting_asks(p)}", style="dim"))
        note = common.posting_note(p)
        if note:
            console.print(Text(note, style="yellow"))
    if ranking.candidates:
        table = _score_table("Candidates", "Resume", console.width)
        for c in ranking.candidates:
            e = c.entry
            resume = Text(common.printable(c.path))
            resume.append("\n" + common.candidate_skills(c.skills), style="dim")
            checks = common.checks_summary(e)
            if checks:
                resume.append("\nchecks: " + checks, style="red" if "NOT MET" in checks else "dim")
            _score_row(table, e, resume)
        console.print(table)
        if len(ranking.candidates) < ranking.scored:
            console.print(Text(f"{len(ranking.candidates)} of {ranking.scored} candidates shown", style="dim"))
        if ranking.gaps and len(ranking.candidates) > 1:
            gaps = _gaps_table("Missing in several candidates")
            for gap in ranking.gaps:
                gaps.add_row(Text(gap.label), common.gap_text(gap, "candidate"))
            console.print(gaps)
        for c in ranking.candidates:
            _render_entry(console, c.entry, ranking.explain, title=c.path, subtitle=common.candidate_skills(c.skills))
    elif ranking.scored:
        console.print(Text(f"no candidate of {ranking.scored} passes the filters"))
    _skipped(console, ranking.errors)


def render_matrix(console: Console, report: MatrixReport) -> None:
    """Every resume against every posting: a row per resume (best first), a column per posting
    (the first few; ``-f csv`` has them all), then which posting each column is."""
    shown = report.postings[: common.MATRIX_COLUMNS]
    console.print(Text(f"Scores: {report.scored} resumes x {len(report.postings)} postings", style="bold"))
    if report.rows:
        table = Table(box=box.SIMPLE_HEAD)
        table.add_column("Resume", overflow="fold", ratio=1)
        table.add_column("Best", justify="right", no_wrap=True)
        for i, _p in enumerate(shown, 1):
            table.add_column(f"P{i}", justify="right", no_wrap=True)
        for row in report.rows:
            table.add_row(
                Text(common.printable(row.path)),
                Text(f"{best_score(row):.1f}", style=_score_style(best_score(row))),
                *(Text(f"{s:.1f}", style=_score_style(s).replace("bold ", "")) for s in row.scores[: len(shown)]),
            )
        console.print(table)
        if len(report.rows) < report.scored:
            console.print(Text(f"{len(report.rows)} of {report.scored} resumes shown", style="dim"))
    for i, p in enumerate(shown, 1):
        console.print(Text(f"P{i}  {common.printable(common.posting_label(p.title, p.path))}", style="dim"))
    if len(report.postings) > len(shown):
        more = len(report.postings) - len(shown)
        console.print(Text(f"... {more} more postings (-f csv or -f json has every score)", style="dim"))
    _skipped(console, report.errors)
