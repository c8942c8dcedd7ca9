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
        row(
            -69.52,
            (0.0, left, "Financial Analyst, Goldman Sachs 2019-2023"),
            (26.8, 45.5, "MBA, Finance, The Wharton School, 2025"),
        ),
        row(-68.32, (0.0, left, "- Built discounted cash flow and LBO models in Excel for")),
        row(
            -67.37,
            (0.0, left, "leveraged finance transactions and presented recommenda-"),
            (26.8, 46.0, "B.S. in Economics, Rutgers University, 2019"),
        ),
        row(-65.93, (0.0, 15.2, "tions to the investment committee.")),
        row(-64.74, (0.0, left, "- Automated variance reporting with Python and SQL, re-")),
        row(-64.14, (26.8, 29.4, "Skills")),
        row(-63.54, (0.0, left, "ducing turnaround from three days to four hours for the")),
        row(-62.47, (0.0, 8.7, "controllership team."), (26.8, right, "Financial modeling, valuation, Excel, VBA,")),
        row(
            -61.27,
            (0.0, left, "- Prepared quarterly budgeting and forecasting packages,"),
            (26.8, 45.4, "Bloomberg Terminal, Tableau, PowerPoint"),
        ),
        row(-59.96, (0.0, left, "reconciling differences between the general ledger and the")),
        row(-58.76, (0.0, 7.3, "planning system.")),
        row(-58.04, (0.0, left, "Financial Analyst Intern, JPMorgan Summer 2018"), (26.8, 33.5, "Certifications")),
        row(
            -56.37,
            (0.0, 21.8, "- Supported financial modeling and due diligence."),
            (26.8, 37.3, "CFA Level II Candidate"),
        ),
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


# -- an HTML sidebar beside a main column whose bullets start at the list's indent (#1) ----------
def _sidebar() -> list[layout.Row]:
    """Chromium's print of a Canva-like resume: the list bullets are drawn, so every bullet row of
    the main column starts 2.85 ems in from its headings and job titles."""
    return [
        row(3.14, (0.0, 7.9, "Maria"), (19.1, 25.9, "SUMMARY")),
        row(5.42, (19.1, 54.3, "Critical care registered nurse with 7 years of ICU experience caring for")),
        row(6.42, (0.0, 13.5, "Gonzalez,"), (19.1, 37.7, "ventilated and post-surgical patients.")),
        row(8.78, (0.0, 4.0, "RN"), (19.1, 34.6, "CLINICAL EXPERIENCE")),
        row(10.92, (0.0, 6.9, "Phoenix, AZ"), (19.1, 27.7, "ICU Staff Nurse"), (45.9, 55.2, "Apr 2021 - Present")),
        row(12.06, (0.0, 1.2, "✉"), (19.1, 42.7, "Banner University Medical Center · Phoenix, AZ")),
        row(13.48, (0.0, 15.4, "maria.gonzalez@example.com")),
        row(
            14.20,
            (0.0, 8.0, "602-555-0133"),
            (21.9, 54.3, "Provide patient care for 2-3 critically ill adults per shift, including"),
        ),
        row(15.34, (21.9, 50.3, "ventilator management and titration of vasoactive drips.")),
        row(
            16.48, (0.0, 7.9, "EDUCATION"), (21.9, 53.5, "Document assessments and medication administration in Epic;")
        ),
        row(17.62, (21.9, 36.9, "precept new graduate nurses.")),
        row(
            18.76,
            (0.0, 15.3, "Bachelor of Science in Nursing"),
            (21.9, 52.6, "Serve on the sepsis committee; improved bundle compliance"),
        ),
        row(19.91, (0.0, 15.9, "(BSN), Arizona State University,"), (21.9, 30.9, "from 71% to 92%.")),
        row(21.26, (0.0, 2.5, "2018")),
        row(22.05, (19.1, 41.6, "Registered Nurse, Medical-Surgical Unit"), (44.7, 55.2, "Aug 2018 - Mar 2021")),
        row(23.19, (0.0, 8.2, "LICENSES &"), (19.1, 33.5, "HonorHealth · Scottsdale, AZ")),
        row(24.69, (0.0, 11.4, "CERTIFICATIONS")),
        row(25.33, (21.9, 54.1, "Managed care for 5-6 patients per shift: wound care, IV therapy,")),
        row(
            26.47,
            (0.0, 15.9, "Registered Nurse, Arizona State"),
            (21.9, 43.1, "patient education and discharge planning."),
        ),
        row(27.61, (21.9, 52.8, "Performed triage of rapid response calls and coordinated with")),
        row(28.11, (0.0, 8.4, "Board of Nursing")),
        row(28.75, (21.9, 37.6, "physicians and case managers.")),
        row(30.25, (0.0, 15.3, "CCRN (Critical Care Registered")),
        row(30.89, (19.1, 34.3, "Certified Nursing Assistant"), (49.8, 55.2, "2016-2018")),
        row(31.39, (0.0, 3.3, "Nurse)")),
        row(32.03, (19.1, 35.8, "Sunrise Senior Living · Tempe, AZ")),
        row(33.53, (0.0, 8.1, "BLS, ACLS, PALS")),
        row(34.18, (21.9, 53.5, "Assisted residents with activities of daily living while in nursing")),
        row(35.32, (0.0, 4.8, "SKILLS"), (21.9, 25.4, "school.")),
    ]


def test_sidebar_beside_a_main_column_with_indented_bullets_is_read_column_by_column():
    rows = _sidebar()
    cut = layout.find_gutter(rows)
    assert cut == (cut[0], 0, len(rows) - 1) and 15.9 < cut[0] <= 19.1
    lines = layout.page_lines(rows, set())
    assert "Bachelor of Science in Nursing (BSN), Arizona State University, 2018" in lines
    assert lines.index("SKILLS") < lines.index("SUMMARY")
    assert "Registered Nurse, Medical-Surgical Unit Aug 2018 - Mar 2021" in lines
    assert "HonorHealth · Scottsdale, AZ" in lines
    assert "Certified Nursing Assistant 2016-2018" in lines
    assert "Assisted residents with activities of daily living while in nursing school." in lines


def test_right_aligned_dates_of_different_lengths_are_no_column():
    """Starts spread over several ems (dates aligned at their right end) are not one list indent."""
    starts = [45.9, 44.7, 49.8, 47.1, 43.2]
    assert not layout._aligned(starts)
    assert layout._aligned([19.1, 19.1, 21.9, 21.9, 21.9, 21.9, 19.1])


# -- a CSS grid: each section's heading in a left column beside its first line (#2) --------------
def _grid() -> list[layout.Row]:
    """Chromium's print of a grid resume: headings at 0, content at 11, bullets (drawn) at 12.2."""
    return [
        row(13.34, (0.0, 5.1, "SUMMARY")),
        row(
            14.09, (11.0, 47.7, "Site reliability engineer with 7 years of experience running Kubernetes platforms on")
        ),
        row(15.21, (11.0, 33.3, "AWS and automating infrastructure with Terraform.")),
        row(
            17.31,
            (0.0, 6.4, "EXPERIENCE"),
            (11.0, 34.6, "Senior Site Reliability Engineer Twilio, Denver, CO"),
            (39.7, 48.4, "May 2021 - Present"),
        ),
        row(18.59, (12.2, 46.1, "Operate 30 Kubernetes clusters (EKS) serving 2M requests per second; built")),
        row(19.71, (12.2, 32.2, "GitOps deployments with Argo CD and Helm.")),
        row(20.83, (12.2, 42.8, "Wrote Terraform modules for VPCs, IAM and RDS used by 45 teams.")),
        row(21.96, (12.2, 46.4, "Built observability with Prometheus, Grafana and OpenTelemetry; cut incident")),
        row(23.08, (12.2, 22.3, "detection time by 60%.")),
        row(24.21, (12.2, 42.7, "Automated toil with Go and Python tooling; led incident response and")),
        row(25.33, (12.2, 18.2, "postmortems.")),
        row(26.90, (11.0, 28.2, "DevOps Engineer Ibotta, Denver, CO"), (39.3, 48.4, "Mar 2018 - Apr 2021")),
        row(28.18, (12.2, 47.5, "Migrated Jenkins pipelines to GitHub Actions and containerized 60 services with")),
        row(29.30, (12.2, 15.6, "Docker.")),
        row(30.43, (12.2, 43.3, "Managed Linux fleets with Ansible and wrote Bash scripts for backups.")),
        row(32.00, (11.0, 48.4, "Systems Administrator University of Colorado, Boulder, CO Jun 2016 - Feb 2018")),
        row(33.27, (12.2, 41.8, "Administered VMware and Linux servers; handled on-call rotations.")),
        row(35.15, (0.0, 5.9, "EDUCATION")),
        row(35.82, (11.0, 37.0, "B.S. in Computer Science, Colorado State University, 2016")),
    ]


def test_heading_beside_its_sections_first_line_is_a_line_of_its_own():
    lines = layout.page_lines(_grid(), set())
    assert (
        lines[lines.index("EXPERIENCE") + 1] == "Senior Site Reliability Engineer Twilio, Denver, CO May 2021 - Present"
    )
    assert "EDUCATION" in lines
    assert lines[lines.index("EDUCATION") + 1] == "B.S. in Computer Science, Colorado State University, 2016"


def test_a_line_indented_under_a_job_line_that_reaches_the_edge_is_a_bullet_not_its_wrap():
    lines = layout.page_lines(_grid(), set())
    assert "Systems Administrator University of Colorado, Boulder, CO Jun 2016 - Feb 2018" in lines
    assert "Administered VMware and Linux servers; handled on-call rotations." in lines
    assert "Migrated Jenkins pipelines to GitHub Actions and containerized 60 services with Docker." in lines


def test_a_heading_word_beside_other_text_is_split_off_only_when_it_is_a_section_heading():
    skills = layout.Row(0.0, (layout.Segment(0, 6, "SKILLS"), layout.Segment(11, 30, "Python, Go, SQL")))
    title = layout.Row(0.0, (layout.Segment(0, 12, "SENIOR ENGINEER"), layout.Segment(40, 48, "2019 - 2021")))
    assert layout.page_lines([skills], set()) == ["SKILLS", "Python, Go, SQL"]
    assert layout.page_lines([title], set()) == ["SENIOR ENGINEER 2019 - 2021"]


def test_an_indented_continuation_still_joins_after_an_open_end_or_a_broken_word():
    """A hanging indent under a label (moderncv: "Sales  B2B sales, ... pipeline manage-" "ment")."""
    label = layout.Line("Sales B2B sales, solution selling, pipeline manage-", 2.0, 40.0, True)
    assert layout.wraps_into(label, layout.Line("ment, lead generation, MEDDIC", 8.0, 25.0, False), 2.0, 40.0)
    skills = layout.Line("Skills: Python, Go, SQL, Terraform, Kubernetes, Docker, Helm,", 2.0, 40.0, False)
    assert layout.wraps_into(skills, layout.Line("Argo CD and Prometheus", 9.0, 22.0, False), 2.0, 40.0)
    job = layout.Line(
        "Systems Administrator University of Colorado, Boulder, CO Jun 2016 - Feb 2018", 11.0, 48.4, False
    )
    assert not layout.wraps_into(
        job, layout.Line("Administered VMware and Linux servers", 12.2, 41.8, False), 11.0, 48.4
    )


def test_a_heading_wrapped_in_a_narrow_sidebar_is_rejoined():
    a = layout.Line("LICENSES &", 0.0, 8.2, False)
    b = layout.Line("CERTIFICATIONS", 0.0, 11.4, False)
    assert layout.wraps_into(a, b, 0.0, 15.9)
    assert not layout.wraps_into(layout.Line("EDUCATION", 0.0, 7.9, False), b, 0.0, 15.9)
