"""Session 10b: skills beyond software: lists of duties, another trade's everyday words, trade vocabulary."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def _names(text: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_skills(text, vocab)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Recruiting, interviewing, onboarding", "talent acquisition"),
        ("- Recruiting, interviewing and onboarding", "talent acquisition"),
        ("• Excel, reporting and reconciliations", "Microsoft Excel"),
        ("Built weekly reports in Excel and Tableau", "Microsoft Excel"),
    ],
)
def test_a_strict_name_in_a_list_line_of_duties_or_skills(line: str, name: str, vocab: Vocabulary) -> None:
    assert name in _names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Excel in a fast-paced team, grow, and learn",
        "excel in a fast-paced team",
        "Go, fight, win",
        "Spring, summer, autumn intake",
        "Locations: Phoenix, Tucson, Mesa",
        "Go to market, sales, marketing",
    ],
)
def test_a_list_of_other_things_gives_no_strict_name(line: str, vocab: Vocabulary) -> None:
    names = _names(line, vocab)
    assert not {"Microsoft Excel", "Go", "Spring", "Phoenix"} & set(names), names


@pytest.mark.parametrize(
    ("line", "absent", "present"),
    [
        ("Experience with charting libraries such as D3", "electronic health records", "data visualization"),
        ("Loading and unloading shipping containers", "containerization", None),
        ("Docker containers and Kubernetes", None, "Kubernetes"),
        ("Scaling and polishing under the dentist's direction, periodontal care", "scalability", None),
        ("Wine pairing and menu knowledge", "pair programming", None),
        ("Eyebrow threading and waxing", "multithreading", None),
        ("Install sockets, switches and lights", "socket programming", None),
        ("Contact tracing for outbreaks", "distributed tracing", None),
        ("Wheelchair accessibility of the building", "web accessibility", None),
        ("Use LinkedIn Sales Navigator to source leads", "leadership", None),
        ("Qualify inbound leads and book meetings", "leadership", None),
        ("Lead paint abatement", "leadership", None),
        ("Knowledge of Incoterms and customs documentation", "technical documentation", "customs clearance"),
        ("Experience with SAP or Oracle TMS", "Oracle Database", "Oracle Transportation Management"),
    ],
)
def test_an_everyday_word_of_another_trade(
    line: str, absent: str | None, present: str | None, vocab: Vocabulary
) -> None:
    names = _names(line, vocab)
    if absent:
        assert absent not in names, names
    if present:
        assert present in names, names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Accurate charting and medication administration", "electronic health records"),
        ("Scaling distributed systems to millions of users", "scalability"),
        ("Containers and orchestration (Kubernetes)", "containerization"),
        ("Multithreading and threading primitives", "multithreading"),
        ("Proven ability to lead cross-functional teams", "leadership"),
        ("Lead the sales team", "leadership"),
        ("Write clear documentation for our APIs", "technical documentation"),
    ],
)
def test_the_same_words_in_their_own_trade(line: str, name: str, vocab: Vocabulary) -> None:
    assert name in _names(line, vocab)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "SMAW, GMAW, GTAW and FCAW welding",
            {"stick welding", "MIG welding", "TIG welding", "flux-cored arc welding"},
        ),
        ("MIG, TIG and stick welding", {"MIG welding", "TIG welding", "stick welding"}),
        ("Current EWP and LF licences", {"elevating work platform licence", "forklift operation"}),
        ("Elevating Work Platform licence (boom lift)", {"elevating work platform licence"}),
        ("High Risk Work Licence (HRWL)", {"high risk work licence"}),
        ("Charting in PointClickCare or MatrixCare", {"PointClickCare", "MatrixCare", "electronic health records"}),
        ("Experience with Yardi or Fieldwire", {"Yardi", "Fieldwire"}),
        ("Procore, PlanGrid, Bluebeam", {"Procore", "PlanGrid", "Bluebeam"}),
        ("Food Handler's Card required", {"food safety"}),
        ("ServSafe Manager certification", {"food safety"}),
        ("Food safety certificate", {"food safety"}),
        ("Forklift ticket", {"forklift operation"}),
        ("Class B CDL", {"CDL Class B"}),
        ("OSHA 30-hour card", {"OSHA 30"}),
        ("Pharmacy software such as Rx30 or PioneerRx", {"Rx30", "PioneerRx", "pharmacy management system"}),
        ("Familiarity with Clio or iManage document management", {"Clio", "iManage"}),
        ("Experience with Salesforce and Outreach or Salesloft", {"Outreach", "Salesloft"}),
    ],
)
def test_trade_and_care_vocabulary(line: str, names: set[str], vocab: Vocabulary) -> None:
    found = set(_names(line, vocab))
    assert names <= found, found


def test_a_welding_process_is_welding(vocab: Vocabulary) -> None:
    for name in ("MIG welding", "TIG welding", "stick welding", "flux-cored arc welding"):
        assert "welding" in vocab.implied(name)
    assert "construction management software" in vocab.implied("Fieldwire")
    assert "electronic health records" in vocab.implied("PointClickCare")
