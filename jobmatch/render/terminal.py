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

from jobmatch.models import InputError, MatchResult, Posting, RequirementMatch, ResumeProfile, Tier
from jobmatch.render.jsondoc import label
from jobmatch.vocabulary import Vocabulary


def make_console(file: IO[str], *, width: int | None = None) -> Console:
    return Console(file=file, highlight=False, emoji=False, width=width, soft_wrap=False)


def _count(result: MatchResult, tier: Tier) -> str:
    matches = [m for m in result.matches if m.requirement.tier is tier]
    if not matches:
        return "-"
    return f"{sum(m.matched for m in matches)}/{len(matches)}"


def render_match(
    console: Console,
    resume_path: str,
    profile: ResumeProfile | None,
    results: list[MatchResult],
    errors: Iterable[InputError],
) -> None:
    if profile is not None:
        console.print(Text(f"Resume: {resume_path}  ({len(profile.skills)} skills found)", style="bold"))
    if results:
        table = Table(box=box.SIMPLE_HEAD, title="Ranking", title_justify="left", title_style="bold")
        table.add_column("#", justify="right")
        table.add_column("Score", justify="right")
        table.add_column("Posting", overflow="fold", ratio=1)
        table.add_column("Required", justify="right")
        table.add_column("Preferred", justify="right")
        for rank, r in enumerate(results, 1):
            posting = Text(r.posting.title or "(untitled)")
            posting.append("\n" + r.posting.path, style="dim")
            table.add_row(
                str(rank),
                Text(f"{r.score:.1f}%", style=_score_style(r.score)),
                posting,
                _count(r, Tier.REQUIRED),
                _count(r, Tier.PREFERRED),
            )
        console.print(table)
        for rank, r in enumerate(results, 1):
            _render_result(console, rank, r)
    for e in errors:
        console.print(Text(f"skipped {e.path}: {e.message}", style="yellow"))


def _score_style(score: float) -> str:
    return "bold green" if score >= 70 else "bold yellow" if score >= 40 else "bold red"


def _render_result(console: Console, rank: int, r: MatchResult) -> None:
    title = Text(f" #{rank} {r.posting.title or '(untitled)'} - {r.score:.1f}% ")
    console.print(Rule(title, align="left"))
    console.print(Text(r.posting.path, style="dim"))
    for tier in (Tier.REQUIRED, Tier.PREFERRED):
        matches = [m for m in r.matches if m.requirement.tier is tier]
        if not matches:
            continue
        met = sum(1 for m in matches if m.matched)
        console.print(Text(f"{tier.value.capitalize()}: {met} of {len(matches)} met", style="bold"))
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
        table.add_column("", no_wrap=True)
        table.add_column("requirement", overflow="fold", ratio=2)
        table.add_column("how", no_wrap=True)
        table.add_column("evidence", overflow="fold", ratio=3)
        for m in sorted(matches, key=lambda m: not m.matched):
            table.add_row(*_match_row(m))
        console.print(table)
    parts = " + ".join(f"{p.name} {p.points:.1f}" for p in r.parts if p.weight)
    console.print(Text(f"Score: {parts} = {r.score:.1f}", style="dim"))
    console.print()


def _match_row(m: RequirementMatch) -> list[Text]:
    name = label(m.requirement.any_of)
    soft = " (soft)" if m.requirement.soft else ""
    if not m.matched or m.evidence is None:
        return [Text("✗", style="red"), Text(name + soft), Text("missing", style="red"), Text("")]
    how = m.evidence.method.value
    if m.evidence.method.value == "implied":
        how += f" by {m.evidence.via}"
    shown = (name if m.matched_by == name else f"{name} -> {m.matched_by}") + soft
    return [
        Text("✓", style="green"),
        Text(shown),
        Text(how, style="cyan"),
        Text(f"line {m.evidence.line}: {m.evidence.text}", style="dim"),
    ]


def render_postings(console: Console, postings: list[Posting], errors: Iterable[InputError]) -> None:
    for p in postings:
        console.print(Rule(Text(f" {p.title or '(untitled)'} "), align="left"))
        facts = [p.path]
        facts.append(f"min years: {p.min_years if p.min_years is not None else '-'}")
        degree = p.degree or "-"
        if p.preferred_degree:
            degree += f" ({p.preferred_degree} preferred)"
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
            for r in reqs:
                name = label(r.any_of) + (" (soft)" if r.soft else "")
                table.add_row(str(r.line), Text(name), str(r.min_years or ""), Text(r.text, style="dim"))
            console.print(table)
    for e in errors:
        console.print(Text(f"skipped {e.path}: {e.message}", style="yellow"))


def render_resumes(console: Console, profiles: list[ResumeProfile], errors: Iterable[InputError]) -> None:
    for profile in profiles:
        console.print(Rule(Text(f" Resume: {len(profile.skills)} skills found "), align="left"))
        console.print(Text(profile.path, style="dim"))
        table = Table(box=box.SIMPLE_HEAD)
        table.add_column("skill", overflow="fold")
        table.add_column("category")
        table.add_column("lines", overflow="fold")
        table.add_column("first evidence", overflow="fold", ratio=3)
        for s in profile.skills:
            first = s.mentions[0]
            lines = ", ".join(dict.fromkeys(str(m.line) for m in s.mentions))
            table.add_row(
                Text(s.skill.name),
                s.skill.category,
                lines,
                Text(profile.lines[first.line - 1].strip(), style="dim"),
            )
        console.print(table)
    for e in errors:
        console.print(Text(f"skipped {e.path}: {e.message}", style="yellow"))


def render_vocab(console: Console, query: str, vocab: Vocabulary, names: list[str]) -> None:
    if not names:
        console.print(Text(f"{query!r} is not in the vocabulary"))
        return
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
