"""Report -> one self-contained HTML file: inline CSS, no scripts, no external assets, so that it
opens the same anywhere (a browser, an attachment, an archive).

Every posting gets a score bar split into the parts of its score (each segment as wide as the
points it adds), its breakdown table, its knock-out checks, what to fix first and the wording to
use. All user text goes through ``html.escape``. ``make test-browser`` renders the file in
headless Chromium and checks what it shows.
"""

from __future__ import annotations

import html

from jobmatch.models import CheckStatus, Tier
from jobmatch.render import common
from jobmatch.report import DiffReport, Entry, MatrixReport, Ranking, Report, best_score

CSS = """
:root { --ink: #1f2328; --dim: #59636e; --line: #d1d9e0; --bg: #ffffff; --soft: #f6f8fa;
  --required: #1f6feb; --preferred: #8250df; --similarity: #1a7f37; --experience: #bf8700;
  --degree: #1b7c83; --good: #1a7f37; --mid: #9a6700; --bad: #cf222e; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: var(--bg); margin: 0 auto; padding: 24px; max-width: 1000px; }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { font-size: 1.25em; margin: 32px 0 4px; }
h3 { font-size: 1em; margin: 16px 0 4px; }
.dim, .path { color: var(--dim); }
.path { font-family: ui-monospace, monospace; font-size: .85em; overflow-wrap: anywhere; }
.note { border-left: 3px solid var(--mid); padding-left: .5em; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-weight: 600; } td.num, th.num { text-align: right; white-space: nowrap; }
.bar { position: relative; height: 14px; min-width: 120px; background: var(--soft);
  border: 1px solid var(--line); border-radius: 3px; display: flex; overflow: hidden; }
.seg { height: 100%; }
.seg.required { background: var(--required); } .seg.preferred { background: var(--preferred); }
.seg.similarity { background: var(--similarity); } .seg.experience { background: var(--experience); }
.seg.degree { background: var(--degree); }
.key { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: 4px; }
.score { font-weight: 700; font-size: 1.1em; white-space: nowrap; }
.good { color: var(--good); } .mid { color: var(--mid); } .bad { color: var(--bad); }
.met { color: var(--good); } .notmet { color: var(--bad); font-weight: 600; } .unknown { color: var(--dim); }
ul { margin: 4px 0; padding-left: 22px; }
section.posting { border-top: 2px solid var(--line); margin-top: 28px; }
.legend span { margin-right: 14px; white-space: nowrap; }
"""


def escape(text: str) -> str:
    """User text for HTML: markup escaped, and control characters written escaped as on stderr
    (:func:`~jobmatch.render.common.printable`), so that ``cat report.html`` cannot drive the terminal."""
    return html.escape(common.printable(text))


_YEARS_CLASS = {"met": "met", "short": "notmet", "unknown": "unknown"}


def _score_class(score: float) -> str:
    return "good" if score >= 70 else "mid" if score >= 40 else "bad"


def _bar(entry: Entry) -> str:
    """The score as a bar of segments, one per part, each as wide as its points."""
    r = entry.result
    segs = "".join(
        f'<div class="seg {p.name}" style="width:{p.points:.1f}%" title="{p.name} {p.points:.1f}"></div>'
        for p in r.parts
        if p.points > 0
    )
    return (
        f'<div class="bar" role="img" data-score="{r.score:.1f}" aria-label="score {r.score:.1f} of 100">{segs}</div>'
    )


def _legend() -> str:
    keys = "".join(
        f'<span><i class="key seg {name}"></i>{name}</span>'
        for name in ("required", "preferred", "similarity", "experience", "degree")
    )
    return f'<p class="legend dim">{keys}</p>'


def _page(title: str, body: list[str]) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _check_html(entry: Entry, name: str) -> str:
    check = common.knockout(entry, name)
    text = escape(common.knockout_text(check, entry.result))
    if check is None or check.status is CheckStatus.NOT_ASKED:
        return f'<span class="unknown">{text}</span>'
    css = {CheckStatus.MET: "met", CheckStatus.NOT_MET: "notmet", CheckStatus.UNKNOWN: "unknown"}[check.status]
    return f'<span class="{css}">{escape(common.knockout_mark(check))}</span>: {text}'


def render_report(report: Report) -> str:
    body = ["<h1>jobmatch report</h1>"]
    if report.resume is not None:
        body.append(
            f'<p>Resume <span class="path">{escape(report.resume_path)}</span>: '
            f"{len(report.resume.skills)} skills found</p>"
        )
    if report.entries:
        body += ["<h2>Ranking</h2>", _legend(), '<table class="ranking">']
        body.append(
            '<tr><th class="num">#</th><th>Posting</th><th class="num">Score</th><th>Breakdown</th>'
            '<th class="num">Required</th><th class="num">ATS-exact</th><th class="num">Preferred</th></tr>'
        )
        for e in report.entries:
            r = e.result
            checks = common.checks_summary(e)
            checks_html = f'<br><span class="dim">checks: {escape(checks)}</span>' if checks else ""
            body.append(
                f'<tr><td class="num">{e.rank}</td>'
                f'<td><a href="#p{e.rank}">{escape(common.title_of(e))}</a><br>'
                f'<span class="path">{escape(r.posting.path)}</span>{checks_html}</td>'
                f'<td class="num score {_score_class(r.score)}">{r.score:.1f}%</td><td>{_bar(e)}</td>'
                f'<td class="num">{common.count(e.coverage[Tier.REQUIRED])}</td>'
                f'<td class="num">{common.count(e.coverage[Tier.REQUIRED], ats=True)}</td>'
                f'<td class="num">{common.count(e.coverage[Tier.PREFERRED])}</td></tr>'
            )
        body.append("</table>")
        if len(report.entries) < report.scored:
            body.append(f'<p class="dim">{len(report.entries)} of {report.scored} postings shown</p>')
        if report.gaps and len(report.entries) > 1:
            body += ["<h2>Missing in several postings</h2>", '<table class="gaps">']
            body.append("<tr><th>Skill</th><th>Missing in</th></tr>")
            body += [f"<tr><td>{escape(g.label)}</td><td>{escape(common.gap_text(g))}</td></tr>" for g in report.gaps]
            body.append("</table>")
        for e in report.entries:
            body += _entry(e, report.explain)
    elif report.scored:
        body.append(f"<p>No posting of {report.scored} passes the filters.</p>")
    body += _errors(report.errors)
    return _page("jobmatch report", body)


def _entry(e: Entry, explain: bool, *, title: str | None = None, subtitle: str | None = None) -> list[str]:
    # a ranking (candidates named by ``title``) says it once, of its posting
    note = common.entry_note(e) if title is None else ""
    r = e.result
    title = common.title_of(e) if title is None else title
    subtitle = r.posting.path if subtitle is None else subtitle
    out = [
        f'<section class="posting" id="p{e.rank}">',
        f'<h2>#{e.rank} {escape(title)}: <span class="score {_score_class(r.score)}">'
        f"{r.score:.1f}%</span></h2>",
        f'<p class="path">{escape(subtitle)}</p>',
        *([f'<p class="note">{escape(note)}</p>'] if note else []),
        _bar(e),
        '<table class="breakdown">',
        '<tr><th>Part</th><th class="num">Weight</th><th>Value (understood)</th><th>ATS-exact</th>'
        '<th class="num">Points</th></tr>',
    ]
    for part in r.parts:
        knockout = part.name in common.KNOCKOUT_NAMES
        value = _check_html(e, part.name) if knockout else escape(common.part_value(e, part))
        if knockout and part.weight:
            value += f" = {part.value:.3f}"
        out.append(
            f'<tr><td><i class="key seg {part.name}"></i>{part.name}{" check" if knockout else ""}</td>'
            f'<td class="num">{f"{part.weight:.2f}" if part.weight else "-"}</td><td>{value}</td>'
            f"<td>{escape(common.ats_value(e, part))}</td>"
            f'<td class="num">{f"{part.points:.1f}" if part.weight else "-"}</td></tr>'
        )
    out.append(f'<tr><th>score</th><th></th><th></th><th></th><th class="num">{r.score:.1f}</th></tr>')
    out.append("</table>")
    checks = common.skill_checks(r)
    if checks:
        items = "; ".join(
            f'<span class="{_YEARS_CLASS[c.status]}">{escape(common.years_check_text(c))}</span>'
            for c in checks
        )
        out.append(f'<p class="years"><b>Years asked:</b> {items}</p>')
    fixes = common.fixes_shown(e, explain)
    if fixes:
        out += ["<h3>Fix first</h3>", '<ul class="fixes">']
        out += [f"<li><b>+{f.points:.1f}</b> {escape(common.fix_text(f))}</li>" for f in fixes]
        if len(e.fixes) > len(fixes):
            out.append(f'<li class="dim">... {len(e.fixes) - len(fixes)} more (--explain lists all)</li>')
        out.append("</ul>")
    if e.rewordings:
        out += ["<h3>Use the posting's words</h3>", '<ul class="wording">']
        out += [f"<li>{escape(common.rewording_text(w))}</li>" for w in e.rewordings]
        out.append("</ul>")
    if explain:
        for tier in (Tier.REQUIRED, Tier.PREFERRED):
            matches = common.tier_matches(e, tier)
            if not matches:
                continue
            out += [f"<h3>{escape(common.tier_heading(e, tier, matches))}</h3>", '<table class="explain">']
            out.append("<tr><th></th><th>Requirement</th><th>How</th><th>Evidence</th></tr>")
            for m in matches:
                mark = '<span class="met">&#10003;</span>' if m.matched else '<span class="notmet">&#10007;</span>'
                how = common.how_met(m) + ("" if not m.matched else " (ATS-exact)" if m.ats_exact else "")
                out.append(
                    f"<tr><td>{mark}</td><td>{escape(common.requirement_name(m))}</td><td>{escape(how)}</td>"
                    f'<td class="dim">{escape(common.evidence_text(m))}</td></tr>'
                )
            out.append("</table>")
    out.append("</section>")
    return out


def _errors(errors: tuple) -> list[str]:
    if not errors:
        return []
    items = "".join(f'<li><span class="path">{escape(e.path)}</span>: {escape(e.message)}</li>' for e in errors)
    return ["<h2>Skipped</h2>", f"<ul>{items}</ul>"]


def render_diff(report: DiffReport) -> str:
    body = [
        "<h1>jobmatch diff</h1>",
        f'<p>Old <span class="path">{escape(report.old_path)}</span><br>'
        f'New <span class="path">{escape(report.new_path)}</span></p>',
    ]
    if report.postings:
        body.append('<table class="diff">')
        body.append(
            '<tr><th>Posting</th><th class="num">Old</th><th class="num">New</th><th class="num">Change</th>'
            '<th class="num">Flipped</th></tr>'
        )
        for d in report.postings:
            css = "good" if d.delta > 0 else "bad" if d.delta < 0 else ""
            body.append(
                f"<tr><td>{escape(d.new.posting.title or '(untitled)')}<br>"
                f'<span class="path">{escape(d.new.posting.path)}</span></td>'
                f'<td class="num">{d.old.score:.1f}</td><td class="num">{d.new.score:.1f}</td>'
                f'<td class="num score {css}">{common.delta_text(d.delta)}</td>'
                f'<td class="num">{escape(common.flipped_text(d))}</td></tr>'
            )
        body.append("</table>")
    for d in report.postings:
        if not d.changed:
            continue
        body.append(f"<h2>{escape(d.new.posting.title or '(untitled)')}: {common.delta_text(d.delta)}</h2>")
        body += [f'<p class="path">{escape(d.new.posting.path)}</p>', "<ul>"]
        for f in d.flips:
            m = f.new if f.now_met else f.old
            what = '<span class="met">now met</span>' if f.now_met else '<span class="notmet">no longer met</span>'
            body.append(
                f"<li>{what}: {escape(common.requirement_name(m))} ({m.requirement.tier.value}); "
                f'<span class="dim">{escape(common.evidence_text(m))}</span></li>'
            )
        body += [f'<li class="check">check: {escape(common.check_change_text(c))}</li>' for c in d.checks]
        if d.parts:
            body.append(f'<li class="parts dim">score parts (points): {escape(common.parts_changed_text(d))}</li>')
        body.append("</ul>")
    body += _errors(report.errors)
    return _page("jobmatch diff", body)


def render_ranking(ranking: Ranking) -> str:
    body = ["<h1>jobmatch ranking</h1>"]
    p = ranking.posting
    if p is not None:
        body.append(
            f"<p>Posting {escape(p.title or '(untitled)')} "
            f'<span class="path">{escape(ranking.posting_path)}</span><br>'
            f'<span class="dim">Asks: {escape(common.posting_asks(p))}</span></p>'
        )
        note = common.posting_note(p)
        if note:
            body.append(f'<p class="note">{escape(note)}</p>')
    if ranking.candidates:
        body += ["<h2>Candidates</h2>", _legend(), '<table class="ranking">']
        body.append(
            '<tr><th class="num">#</th><th>Resume</th><th class="num">Score</th><th>Breakdown</th>'
            '<th class="num">Required</th><th class="num">ATS-exact</th><th class="num">Preferred</th></tr>'
        )
        for c in ranking.candidates:
            e = c.entry
            r = e.result
            checks = common.checks_summary(e)
            checks_html = f'<br><span class="dim">checks: {escape(checks)}</span>' if checks else ""
            body.append(
                f'<tr><td class="num">{e.rank}</td>'
                f'<td><a href="#p{e.rank}" class="path">{escape(c.path)}</a><br>'
                f'<span class="dim">{common.candidate_skills(c.skills)}</span>{checks_html}</td>'
                f'<td class="num score {_score_class(r.score)}">{r.score:.1f}%</td><td>{_bar(e)}</td>'
                f'<td class="num">{common.count(e.coverage[Tier.REQUIRED])}</td>'
                f'<td class="num">{common.count(e.coverage[Tier.REQUIRED], ats=True)}</td>'
                f'<td class="num">{common.count(e.coverage[Tier.PREFERRED])}</td></tr>'
            )
        body.append("</table>")
        if len(ranking.candidates) < ranking.scored:
            body.append(f'<p class="dim">{len(ranking.candidates)} of {ranking.scored} candidates shown</p>')
        if ranking.gaps and len(ranking.candidates) > 1:
            body += ["<h2>Missing in several candidates</h2>", '<table class="gaps">']
            body.append("<tr><th>Skill</th><th>Missing in</th></tr>")
            body += [
                f"<tr><td>{escape(g.label)}</td><td>{escape(common.gap_text(g, 'candidate'))}</td></tr>"
                for g in ranking.gaps
            ]
            body.append("</table>")
        for c in ranking.candidates:
            body += _entry(c.entry, ranking.explain, title=c.path, subtitle=common.candidate_skills(c.skills))
    elif ranking.scored:
        body.append(f"<p>No candidate of {ranking.scored} passes the filters.</p>")
    body += _errors(ranking.errors)
    return _page("jobmatch ranking", body)


def render_matrix(report: MatrixReport) -> str:
    shown = report.postings  # a file to keep: every column (the terminal shows the first few)
    body = ["<h1>jobmatch scores</h1>", f"<p>{report.scored} resumes x {len(report.postings)} postings</p>"]
    if report.rows:
        body.append('<table class="matrix">')
        heads = "".join(f'<th class="num" title="{escape(p.path)}">P{i}</th>' for i, p in enumerate(shown, 1))
        body.append(f'<tr><th>Resume</th><th class="num">Best</th>{heads}</tr>')
        for r in report.rows:
            cells = "".join(f'<td class="num {_score_class(s)}">{s:.1f}</td>' for s in r.scores)
            best = best_score(r)
            body.append(
                f'<tr><td class="path">{escape(r.path)}</td>'
                f'<td class="num score {_score_class(best)}">{best:.1f}</td>{cells}</tr>'
            )
        body.append("</table>")
    items = "".join(f"<li>P{i}: {escape(common.posting_label(p.title, p.path))}</li>" for i, p in enumerate(shown, 1))
    body.append(f'<ul class="dim">{items}</ul>')
    body += _errors(report.errors)
    return _page("jobmatch scores", body)
