"""The result rows' fast paths give what the plain definitions give: the fix plan is the fixes in
their order (ties kept in the groups' order), and a CSV row's fix_first cell, made from the plan
without the fixes, is the cell the report's row shows."""

from __future__ import annotations

from dataclasses import replace

from jobmatch.models import RequirementMatch, Tier
from jobmatch.render import csvout
from jobmatch.report import build_report, fix_plan, fixes_of


def test_the_plan_is_the_fixes_in_their_order(results):
    for result in results:
        fixes = fixes_of(result)
        plan = fix_plan(result)
        assert [(f.tier is not Tier.REQUIRED, f.points, f.any_of) for f in fixes] == [
            (preferred, points, first.requirement.any_of) for preferred, _, _, points, first in plan
        ]


def _unmet(result, tier: Tier, skill: str, soft: bool = False) -> RequirementMatch:
    template = next(m for m in result.matches if not m.matched)
    requirement = replace(template.requirement, any_of=(skill,), tier=tier, soft=soft, text=skill)
    return replace(template, requirement=requirement, wording=(skill,), ats_term=None)


def _with_ties(results):
    """A result with many groups of equal points, asked in an order their names do not sort in."""
    result = next(r for r in results if any(not m.matched for m in r.matches))
    names = ["Zeta", "Alpha", "Mu", "Beta", "Omega", "Delta"]
    added = [_unmet(result, Tier.PREFERRED, n) for n in names]
    added += [_unmet(result, Tier.REQUIRED, n + "2", soft=n < "N") for n in names]
    return replace(result, matches=(*result.matches, *added))


def test_fixes_with_equal_points_keep_the_order_they_are_asked_in(results):
    changed = _with_ties(results)
    fixes = fixes_of(changed)
    by_key: dict[tuple[bool, float], list[str]] = {}
    for f in fixes:
        by_key.setdefault((f.tier is not Tier.REQUIRED, -f.points), []).append(f.any_of[0])
    asked = [m.requirement.any_of[0] for m in changed.matches if not m.matched]
    assert any(len(group) > 1 for group in by_key.values())
    for key, group in by_key.items():
        assert group == [a for a in asked if a in group], key  # ties in the order asked
    assert list(by_key) == sorted(by_key)  # required first, then most points first


def test_a_rows_fix_cell_is_the_reports(results):
    """The row made from the plan (no fixes made) is the report's row, made from the fixes."""
    for result in [*results, _with_ties(results)]:
        report = build_report("r.txt", None, [result])
        assert csvout.ranked_rows([(1, csvout.match_row(result)[5])]) == csvout.render_report(report)
