"""s12c: resume structure - a firm named by its partners keeps its commas."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text


def _jobs(header: str, vocab) -> list[tuple[str | None, str | None, str | None]]:
    text = f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{header}\n- Drafted motions and briefs\n"
    profile = profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))
    return [(j.title, j.employer, j.location) for j in profile.jobs]


@pytest.mark.parametrize(
    ("header", "job"),
    [
        (
            "Associate, Skadden, Arps, Slate, Meagher & Flom LLP\nJan 2015 - May 2019",
            ("Associate", "Skadden, Arps, Slate, Meagher & Flom LLP", None),
        ),
        (
            "Associate, Wachtell, Lipton, Rosen & Katz, New York, NY | 2015 - 2019",
            ("Associate", "Wachtell, Lipton, Rosen & Katz", "New York, NY"),
        ),
        # near misses: a town or a division after the employer's comma is no partner's name
        ("Paralegal, Smith & Jones LLP, Boston, MA | 2015 - 2019", ("Paralegal", "Smith & Jones LLP", "Boston, MA")),
        ("Analyst, Goldman Sachs, Asset Management | 2015 - 2019", ("Analyst", "Goldman Sachs", None)),
    ],
)
def test_a_firm_named_by_its_partners_keeps_its_commas(vocab, header, job) -> None:
    assert _jobs(header, vocab) == [job]


def test_an_employer_and_its_offices_are_no_partners_firm(vocab) -> None:
    # (the review: "Accenture, Boston and Chicago" read as one firm's name)
    text = (
        "Jane Doe\n\nExperience\nSenior Consultant, Accenture, Boston and Chicago    2019 - 2023\n- Led audits\n"
        "Associate, Cravath, Swaine & Moore LLP   2012 - 2014\n- Wrote briefs\n"
    )
    profile = profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))
    assert [job.employer for job in profile.jobs] == ["Accenture", "Cravath, Swaine & Moore LLP"]
