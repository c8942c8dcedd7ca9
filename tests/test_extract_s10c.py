"""Session 10c: everyday senses of another trade, and vocabulary beyond software (extraction)."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def _names(vocab: Vocabulary, text: str) -> set[str]:
    return {m.skill.name for m in extract_skills(text, vocab)}


@pytest.mark.parametrize(
    "line",
    [
        "2+ years of experience at an architecture firm",
        "Part II qualified, working in a RIBA chartered architecture practice or studio",
        "Experience in residential architecture and planning applications",
    ],
)
def test_architecture_of_buildings_is_no_software_architecture(vocab: Vocabulary, line: str) -> None:
    assert "software architecture" not in _names(vocab, line)


@pytest.mark.parametrize(
    "line",
    [
        "Experience with architecture and system design",
        "Follow architecture best practices",
        "Design the architecture of our construction management platform",  # software named beside
    ],
)
def test_architecture_of_software_stays(vocab: Vocabulary, line: str) -> None:
    assert "software architecture" in _names(vocab, line)


@pytest.mark.parametrize(
    "line",
    [
        "Coach Driver - PCV licence (Category D) required",
        "Drive our motor coach on charter and tour routes",
        "Experience driving a 57-seater coach with passengers",
    ],
)
def test_a_motor_coach_is_no_mentoring(vocab: Vocabulary, line: str) -> None:
    assert "mentoring" not in _names(vocab, line)


@pytest.mark.parametrize("line", ["Coach junior developers", "Coach and support the drivers team on our mobile app"])
def test_coaching_people_stays_mentoring(vocab: Vocabulary, line: str) -> None:
    assert "mentoring" in _names(vocab, line)


@pytest.mark.parametrize(
    "line",
    [
        "Respond to alarms and alerts from the intruder panel and CCTV",
        "Monitor patient alerts and escalate to the charge nurse",
        "Review fraud alerts on customer accounts",
    ],
)
def test_alarms_and_alerts_of_other_trades_are_no_alerting(vocab: Vocabulary, line: str) -> None:
    assert "alerting" not in _names(vocab, line)


@pytest.mark.parametrize(
    "line", ["Set up alerts in Datadog", "Configure monitoring and alerts for the fraud detection APIs"]
)
def test_alerts_of_software_stay_alerting(vocab: Vocabulary, line: str) -> None:
    assert "alerting" in _names(vocab, line)
