"""Two columns whose rows do not line up (PDF audit #1, #2, #10). Rows are built from the
coordinates observed in the audit's files (ems, y growing downwards)."""

from __future__ import annotations

from jobmatch import layout


def row(y: float, *segments: tuple[float, float, str]) -> layout.Row:
    return layout.Row(y, tuple(layout.Segment(x0, x1, text, y) for x0, x1, text in segments))


# -- LaTeX multicol: the right column's baselines fall between the left column's (#10) ----------
def _newspaper() -> list[layout.Row]:
    left, right = 25.8, 52.5
    return [
        row(-73.70, (0.0, right, "Aisha Rahman aisha.rahman@example.com")),
        row(-70.71, (0.0, 5.5, "Experience"), (26.8, 31.8, "Education")),
        row(-69.52, (0.0, left, "Financial Analyst, Goldman Sachs 2019-2023"),
            (26.8, 45.5, "MBA, Finance, The Wharton School, 2025")),
        row(-68.32, (0.0, left, "- Built discounted cash flow and LBO models in Excel for")),
        row(-67.37, (0.0, left, "leveraged finance transactions and presented recommenda-"),
            (26.8, 46.0, "B.S. in Economics, Rutgers University, 2019")),
        row(-65.93, (0.0, 15.2, "tions to the investment committee.")),
        row(-64.74, (0.0, left, "- Automated variance reporting with Python and SQL, re-")),
        row(-64.14, (26.8, 29.4, "Skills")),
        row(-63.54, (0.0, left, "ducing turnaround from three days to four hours for the")),
        row(-62.47, (0.0, 8.7, "controllership team."), (26.8, right, "Financial modeling, valuation, Excel, VBA,")),
        row(-61.27, (0.0, left, "- Prepared quarterly budgeting and forecasting packages,"),
            (26.8, 45.4, "Bloomberg Terminal, Tableau, PowerPoint")),
        row(-59.96, (0.0, left, "reconciling differences between the general ledger and the")),
        row(-58.76, (0.0, 7.3, "planning system.")),
        row(-58.04, (0.0, left, "Financial Analyst Intern, JPMorgan Summer 2018"), (26.8, 33.5, "Certifications")),
        row(-56.37, (0.0, 21.8, "- Supported financial modeling and due diligence."),
            (26.8, 37.3, "CFA Level II Candidate")),
    ]


def test_newspaper_columns_whose_baselines_never_line_up_are_read_left_then_right():
    rows = _newspaper()
    cut = layout.find_gutter(rows)
    assert cut is not None and 25.8 < cut[0] <= 26.8
    lines = layout.page_lines(rows, set())
    assert lines[0] == "Aisha Rahman aisha.rahman@example.com"
    assert "Financial Analyst, Goldman Sachs 2019-2023" in lines
    assert "MBA, Finance, The Wharton School, 2025" in lines
    assert lines.index("Financial Analyst Intern, JPMorgan Summer 2018") < lines.index("Education")
    assert "Financial modeling, valuation, Excel, VBA, Bloomberg Terminal, Tableau, PowerPoint" in lines
    assert any(line.endswith("presented recommendations to the investment committee.") for line in lines)


def test_dates_in_a_margin_beside_each_job_are_not_a_column():
    """A left date column: one date per job, two bullet rows apart, is no column (each date stays
    beside its job's title)."""
    rows = []
    y = 0.0
    for n in range(4):
        rows.append(row(y, (0.0, 6.0, f"{2015 + n}-{2016 + n}"), (10.0, 40.0, f"Engineer {n}, Company {n}")))
        rows.append(row(y + 1.2, (10.0, 48.0, f"- Built service number {n} for the platform team")))
        rows.append(row(y + 2.4, (10.0, 44.0, f"- Ran service number {n} in production")))
        y += 4.0
    assert layout.find_gutter(rows) is None
    lines = layout.page_lines(rows, set())
    assert lines[0] == "2015-2016 Engineer 0, Company 0"
