"""Session 10c: everyday senses of another trade, and vocabulary beyond software (extraction)."""

from __future__ import annotations

import pytest

from jobmatch.vocabulary import Vocabulary
from tests.test_domains_s10 import names  # (the skills a line names, shared)


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()



@pytest.mark.parametrize(
    "line",
    [
        "2+ years of experience at an architecture firm",
        "Part II qualified, working in a RIBA chartered architecture practice or studio",
        "Experience in residential architecture and planning applications",
    ],
)
def test_architecture_of_buildings_is_no_software_architecture(vocab: Vocabulary, line: str) -> None:
    assert "software architecture" not in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Experience with architecture and system design",
        "Follow architecture best practices",
        "Design the architecture of our construction management platform",  # software named beside
    ],
)
def test_architecture_of_software_stays(vocab: Vocabulary, line: str) -> None:
    assert "software architecture" in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Coach Driver - PCV licence (Category D) required",
        "Drive our motor coach on charter and tour routes",
        "Experience driving a 57-seater coach with passengers",
    ],
)
def test_a_motor_coach_is_no_mentoring(vocab: Vocabulary, line: str) -> None:
    assert "mentoring" not in names(line, vocab)


@pytest.mark.parametrize("line", ["Coach junior developers", "Coach and support the drivers team on our mobile app"])
def test_coaching_people_stays_mentoring(vocab: Vocabulary, line: str) -> None:
    assert "mentoring" in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Respond to alarms and alerts from the intruder panel and CCTV",
        "Monitor patient alerts and escalate to the charge nurse",
        "Review fraud alerts on customer accounts",
    ],
)
def test_alarms_and_alerts_of_other_trades_are_no_alerting(vocab: Vocabulary, line: str) -> None:
    assert "alerting" not in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["Set up alerts in Datadog", "Configure monitoring and alerts for the fraud detection APIs"]
)
def test_alerts_of_software_stay_alerting(vocab: Vocabulary, line: str) -> None:
    assert "alerting" in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the audit's UK highways posting
        ("Working towards Chartered status (CEng) with ICE", "Chartered Engineer (CEng)"),
        ("Experience of highways design to DMRB standards", "DMRB"),
        ("Knowledge of drainage design using MicroDrainage or Causeway Flow", "MicroDrainage"),
        ("NEC3/NEC4 contract experience", "NEC contracts"),
        ("Experience administering NEC4 ECC contracts", "NEC contracts"),
        # UK teaching
        ("Enhanced DBS check (or willingness to obtain one)", "DBS check"),
        ("Experience supporting pupils with SEND", "special education"),
        ("Confident using interactive whiteboards and Google Classroom", "interactive whiteboards"),
        # kitchen, law, driving, hospitality
        ("Experience in butchery and pastry", "butchery"),
        ("Experience in butchery and pastry", "pastry"),
        ("Assist the head chef with menu planning and costing", "menu planning"),
        ("Prepare and e-file pleadings; experience with e-filing in state and federal courts", "e-filing"),
        ("Perform pre- and post-trip inspections", "pre-trip inspections"),
        ("Must hold a current DOT medical card", "DOT medical card"),
        ("Valid CDL and DOT physical", "DOT medical card"),
        ("Certificate III in Hospitality (or working towards)", "hospitality qualification"),
    ],
)
def test_trades_vocabulary(vocab: Vocabulary, line: str, name: str) -> None:
    assert name in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Knowledge of the NEC and local electrical codes", "NEC contracts"),  # the US electrical code
        ("Please SEND your CV to jobs@example.com", "special education"),
        ("PLEASE SEND YOUR CV WITH A COVER LETTER", "special education"),
        ("We will send you a link to book an interview", "special education"),
        ("Serve coffee, pastries and sandwiches to customers", "pastry"),
        ("Pest control for mice and rats", "Chartered Engineer (CEng)"),
        ("Ice the cakes and plate desserts", "Chartered Engineer (CEng)"),
    ],
)
def test_everyday_senses_name_no_trade_skill(vocab: Vocabulary, line: str, name: str) -> None:
    assert name not in names(line, vocab)


def test_the_nec_alone_stays_the_electrical_code(vocab: Vocabulary) -> None:
    assert "National Electrical Code" in names("Knowledge of the NEC and local electrical codes", vocab)


@pytest.mark.parametrize(
    "line",
    [
        "On-call rotation for after-hours emergencies",  # the audit's HVAC technician
        "On call for HVAC service calls one weekend a month",
        "Take part in the on-call rota for patients on the ward",
    ],
)
def test_a_trades_on_call_hours_are_no_incident_response(vocab: Vocabulary, line: str) -> None:
    assert "incident response" not in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["Participate in an on-call rotation", "On-call for production incidents and emergencies"]
)
def test_software_on_call_stays_incident_response(vocab: Vocabulary, line: str) -> None:
    assert "incident response" in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["Analyze sales reports and KPIs to drive performance", "Manage staff performance and appraisals"]
)
def test_a_business_performance_is_no_performance_optimization(vocab: Vocabulary, line: str) -> None:
    assert "performance optimization" not in names(line, vocab)


@pytest.mark.parametrize(
    "line", ["Improve performance of our database queries", "Drive performance of the sales platform APIs"]
)
def test_software_performance_stays(vocab: Vocabulary, line: str) -> None:
    assert "performance optimization" in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the s10c audit's postings
        ("Prepare expense reports in Concur", "SAP Concur"),
        ("Prepare expense reports in Concur", "expense reporting"),
        ("Manage complex calendars and schedule meetings across time zones", "calendar management"),
        ("Coordinate domestic and international travel arrangements", "travel arrangements"),
        ("Experience with LEED projects preferred", "LEED"),
        ("Manage subcontractors, RFIs and submittals", "submittals"),
        ("Strong knowledge of budgeting, scheduling, cost control and change orders", "change order management"),
        ("Strong knowledge of budgeting, scheduling, cost control and change orders", "cost management"),
        ("Experience with ductwork installation and brazing", "ductwork"),
        ("Experience with ductwork installation and brazing", "brazing"),
        ("Diagnose and repair furnaces, heat pumps, air conditioners and boilers", "heat pumps"),
        ("Knowledge of refrigeration cycles, airflow and electrical controls", "refrigeration"),
        ("Coronal polishing and sealant certification", "coronal polishing"),
        ("Coronal polishing and sealant certification", "dental sealants"),
    ],
)
def test_audit_trades_vocabulary(vocab: Vocabulary, line: str, name: str) -> None:
    assert name in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("I concur with the findings of the review", "SAP Concur"),
        ("Help customers cancel or change orders by phone", "change order management"),
    ],
)
def test_audit_everyday_senses(vocab: Vocabulary, line: str, name: str) -> None:
    assert name not in names(line, vocab)


@pytest.mark.parametrize("line", ["Must pass DOT physical", "Must pass a DOT physical and drug screen"])
def test_a_dot_physical_to_pass_is_a_hiring_screen(vocab: Vocabulary, line: str) -> None:
    assert "DOT medical card" not in names(line, vocab)
