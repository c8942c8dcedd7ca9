"""The CPU savings of the 1 resume x 10,000 postings path give what the plain definitions give: the
hidden-markup pattern that opens with its "<", the control bytes counted with bytes.translate, the
cached fields of a line's years."""

from __future__ import annotations

import random
import re

import pytest

from jobmatch.loaders import _CONTROL_BYTES, _HIDDEN_OPEN, CONTROL_SHARE, _control_heavy, without_hidden_markup
from jobmatch.posting import years_fields

# the pattern as it was written before: the look-back for a backquote first
_HIDDEN_OPEN_PLAIN = re.compile(r"(?<!`)(?:<!--|<(script|style)(?=[\s>/])[^<>]{0,500}>)", re.I)


@pytest.mark.parametrize(
    "text",
    [
        "Python <!-- was: Java --> and Go",
        "<script>var tags = ['Erlang']</script>",
        "x<SCRIPT >y",
        "<ſcript>",  # (re.I folds the long s to "s")
        "<<style/>",
        "Removed inline `<style>` blocks",
        "`<!-- quoted -->",
        "About <ORGANIZATION> in <LOCATION>: <scripts> are no <script",
        "a`b<!-- x -->",
    ],
)
def test_hidden_open_finds_what_the_look_back_first_pattern_finds(text: str) -> None:
    for pos in range(len(text) + 1):
        new, old = _HIDDEN_OPEN.search(text, pos), _HIDDEN_OPEN_PLAIN.search(text, pos)
        assert (new and (new.span(), new.group(1))) == (old and (old.span(), old.group(1)))


def test_hidden_markup_kept_when_quoted_and_dropped_otherwise() -> None:
    assert without_hidden_markup("Removed inline `<style>` blocks") == "Removed inline `<style>` blocks"
    assert without_hidden_markup("About <ORGANIZATION> in <LOCATION>") == "About <ORGANIZATION> in <LOCATION>"
    assert without_hidden_markup("Python <!-- was: Java --> and Go") == "Python and Go"


def test_control_heavy_counts_as_findall_does() -> None:
    rng = random.Random(15)
    samples = [b"", b"Python\x01", b"\x01\x02", b"Senior Python Engineer\n\tRemote\x1b[0m"]
    samples += [rng.randbytes(rng.randint(1, 3000)) for _ in range(200)]
    samples += [bytes(rng.choice(b"ab \n\x01\x1b\x1c") for _ in range(rng.randint(1, 400))) for _ in range(200)]
    for data in samples:
        sample = data[: 1 << 16]
        assert _control_heavy(data) == (len(_CONTROL_BYTES.findall(sample)) > max(1, len(sample) // CONTROL_SHARE))


def test_years_fields_are_cached_as_a_tuple() -> None:
    line = "8+ years of experience in SRE, DevOps, or infrastructure engineering"
    assert years_fields(line, 8) == ("sre", "devops", "infrastructure engineering")
    assert years_fields(line, 8) is years_fields(line, 8)  # (one value, which no caller can change)
    assert years_fields(line, 5) == ()  # other years
    assert years_fields("5+ years of experience in Python and Django", 5) == ()  # joined by "and"


def test_renumbered_requirements_are_what_replace_makes() -> None:
    from dataclasses import fields, replace

    from jobmatch.models import Requirement, Tier
    from jobmatch.posting import _renumbered

    asked = (
        Requirement(Tier.REQUIRED, ("Python",), False, "5+ years of Python", 3, "Requirements", 5),
        Requirement(Tier.PREFERRED, ("Kafka", "RabbitMQ"), True, "Kafka or RabbitMQ a plus", 3, None, None),
    )
    moved = _renumbered(asked, 12)
    assert moved == [replace(r, line=12) for r in asked]
    for new, old in zip(moved, asked, strict=True):
        assert type(new) is Requirement
        assert all(getattr(new, f.name) is getattr(old, f.name) for f in fields(Requirement) if f.name != "line")
        assert hash(new) == hash(replace(old, line=12))
        with pytest.raises(AttributeError):  # (still frozen)
            new.line = 1  # type: ignore[misc]
