"""Resume leftovers of s11b: a drawn bullet's wrap that starts with a team's name, a number before a
date that is a name's, a trade's role at a firm with a legal form or two trades, and five resumes in
layouts tested little before (tests/data/resumes_s11b/)."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch import layout
from jobmatch.layout import Line
from jobmatch.loaders import extract_pdf_text
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text
from tests.test_layout_audit import pdf_bytes  # (Helvetica 500/1000 em a character: 5 pt at 10 pt)


def _profile(text: str, vocab):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


def _jobs(text: str, vocab) -> list[tuple[str | None, str | None, str]]:
    return [(j.title, j.employer, j.period.text) for j in _profile(text, vocab).jobs]


# -- a drawn bullet's wrap that starts with a verb-like word -------------------------------------------
def _pdf(rows: list[list[tuple[int, str]]], bullets: tuple[int, ...]) -> bytes:
    """Rows of (x in points, text), 14 pt apart from the top; a square drawn left of each row in ``bullets``
    (a CSS list's bullet: a shape, no character)."""
    out = b""
    for i, row in enumerate(rows):
        for x, text in row:
            out += b"BT /F1 10 Tf 1 0 0 1 %d %d Tm (%s) Tj ET " % (x, 740 - 14 * i, text.encode())
    for i in bullets:
        out += b"80 %d 3 3 re f " % (740 - 14 * i + 3)
    return pdf_bytes(out)


def test_a_drawn_bullets_wrap_into_a_teams_name_is_one_item() -> None:
    rows = [
        [(72, "EXPERIENCE")],
        [(72, "Customer Service Representative, Comcast"), (460, "Jan 2019 - Present")],
        [(90, "Resolved billing escalations and service complaints for the Customer")],
        [(90, "Support team and trained new hires on the ticketing workflow")],
        [(90, "Kept notes on every account in line with the policy of the Company")],
        [(90, "Train 12 new agents a quarter on the phone system and the CRM")],
    ]
    lines = extract_pdf_text("t.pdf", _pdf(rows, (2, 4, 5))).splitlines()
    assert (
        "Resolved billing escalations and service complaints for the Customer Support team and trained new hires"
        " on the ticketing workflow"
    ) in lines
    # the near miss: a full line that ends with a name, then the next bullet in the present
    assert "Kept notes on every account in line with the policy of the Company" in lines
    assert "Train 12 new agents a quarter on the phone system and the CRM" in lines


_FULL = "Lead a team of 8 on highway improvement schemes up to £25m for the Council"


@pytest.mark.parametrize(
    ("a", "b", "wraps"),
    [
        (_FULL, "Design group and the Environment Agency", True),
        ("Briefed directors weekly on service levels and staffing for our Product", "Design team", True),
        # near misses: a name whole after a preposition alone, a verb and its object, a past tense
        ("Lead a team of 8 on highway improvement schemes up to £25m for National Highways", "Support team", False),
        (_FULL, "Design drainage to DMRB and SuDS guidance", False),
        (_FULL, "Support site teams on the A14", False),
        (_FULL, "Supervised team leads", False),
    ],
)
def test_a_wrap_into_a_teams_name_against_the_next_bullet(a, b, wraps) -> None:
    assert layout.wraps_into(Line(a, 1.12, 34.78, False), Line(b, 1.12, 20.0, False), 0.0, 36.92) is wraps


# -- a number before a date ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "job"),
    [
        ("Barista, Cafe 19 Feb 2018 – Mar 2020", ("Barista", "Cafe 19", "Feb 2018 - Mar 2020")),
        ("Barista, Cafe 19 Feb 2018 – Present", ("Barista", "Cafe 19", "Feb 2018 - Present")),
        (
            "Bartender, Pier 39 Grill 12 Jun 2016 - 30 Sep 2017",
            ("Bartender", "Pier 39 Grill", "12 Jun 2016 - 30 Sep 2017"),
        ),
        # near misses: a day after a separator or with a day at the end too is the date's
        ("Cashier, Tesco 1 June 2019 - 31 August 2021", ("Cashier", "Tesco", "1 June 2019 - 31 August 2021")),
        ("Cashier, Tesco | 1 June 2019 - Present", ("Cashier", "Tesco", "1 June 2019 - Present")),
        ("3 March 2020 - 14 July 2022 Cashier, Tesco", ("Cashier", "Tesco", "3 March 2020 - 14 July 2022")),
    ],
)
def test_a_number_before_a_date_is_its_day_only_when_the_rest_is_a_date(vocab, line, job) -> None:
    assert _jobs(f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{line}\n- Served customers\n", vocab) == [job]


# -- a trade's bare role at a firm of two trades -------------------------------------------------------
def _trade_job(heading: str, body: str, vocab) -> tuple[str, ...]:
    profile = _profile(f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{heading}\n{body}\n", vocab)
    assert len(profile.jobs) == 1
    return profile.jobs[0].skills


@pytest.mark.parametrize(
    "heading",
    [
        "Lead Service Technician, Goettl Air Conditioning & Plumbing | Mar 2019 - Present",
        "Apprentice | Valley Plumbing, Heating & Air | 2016 - 2018",
        "Service Tech, Sparks Electric & Plumbing Co | 2016 - 2018",
    ],
)
def test_a_bare_role_at_a_firm_of_two_trades_takes_neither(vocab, heading) -> None:
    skills = _trade_job(heading, "- Diagnosed and repaired heat pumps, furnaces and rooftop units", vocab)
    assert "plumbing" not in skills and "heat pumps" in skills


def test_a_bare_role_at_a_firm_of_two_trades_keeps_the_one_its_lines_show(vocab) -> None:
    heading = "Service Technician, Goettl Air Conditioning & Plumbing | Mar 2019 - Present"
    assert "plumbing" in _trade_job(heading, "- Handled residential plumbing repairs and water heater swaps", vocab)


@pytest.mark.parametrize(
    "heading",
    [
        # near misses: a firm of one trade (heating and drains are a plumber's too)
        "Apprentice, ABC Plumbing & Heating | 2016 - 2018",
        "Service Technician, Bob's Plumbing & Drains, Tulsa, OK | 2016 - 2018",
        "Journeyman | Rivera Plumbing | 2016 - 2018",
    ],
)
def test_a_bare_role_at_a_firm_of_one_trade_takes_it(vocab, heading) -> None:
    assert "plumbing" in _trade_job(heading, "- Ran supply lines and fitted fixtures on new builds", vocab)
