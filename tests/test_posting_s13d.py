"""s13d: posting structure - inline benefits labels, the floor of a preferred credential, impersonal marks."""

from __future__ import annotations

import pytest


def _tiers(posting) -> dict[str, str]:
    return {name: r.tier.value for r in posting.requirements for name in r.any_of}


def test_an_inline_job_benefits_label_ends_the_requirements(parse) -> None:
    # (SkillSpan train tech 65: the benefits and the company run on after "About You", one line)
    text = (
        "QA Test Developer\n\n"
        "About You: You will be an established Developer-in-Test.\n"
        "Technical: Solid experience in testing RESTful web services in Python\n"
        "Further Information: You can find out more about our campus here. Job benefits: 25 days annual leave "
        "Family friendly environment including on-site nursery Flexible working Collaboration and creativity "
        "days every quarter\n"
        "Our IT infrastructure supports data analysis and performance optimization of the databases.\n"
    )
    tiers = _tiers(parse(text))
    assert tiers.get("Python") == "required"
    assert not {"collaboration", "creativity", "databases", "data analysis"} & tiers.keys()


def test_what_we_offer_without_its_colon_ends_the_requirements(parse) -> None:
    # (SkillSpan train tech 45: one run-on sentence)
    text = (
        "Backend Engineer\n\nRequirements\n"
        "Python or Go are ideal Bonus: Experience in web frameworks such as Django Here's what we offer you "
        "Highly motivated growing diverse team Flexible work schedules and options to work from home Social events "
        "Free yoga classes German language classes and health checks\n"
    )
    tiers = _tiers(parse(text))
    assert tiers.get("Django") == "preferred"
    assert "German" not in tiers


@pytest.mark.parametrize(
    "line",
    [
        # near misses: the words inside a sentence, or no capital after them, open no section
        "Experience with Django and fluent German; ask us what we offer Relocating candidates",
        "Experience with Django What we offer is flexibility, what we ask is fluent German",
        "Experience with Django and benefits administration: German a plus",
    ],
)
def test_offer_words_inside_a_requirement_are_no_section(parse, line) -> None:
    tiers = _tiers(parse(f"Backend Engineer\n\nRequirements\n- {line}\n"))
    assert "Django" in tiers
    assert "German" in tiers


def _rows(posting) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.tier.value, r.any_of) for r in posting.requirements]


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        # the floor "at minimum" after a preferred credential is asked; the better one meets it too
        ("CCNP preferred (CCNA at minimum)", [("preferred", ("CCNP",)), ("required", ("CCNA", "CCNP"))]),
        (
            "CISSP strongly preferred (Security+ at minimum)",
            [("preferred", ("CISSP",)), ("required", ("CompTIA Security+", "CISSP"))],
        ),
        # (as s13c reads it after a required one: either)
        ("CCNP required (CCNA at minimum within 90 days)", [("required", ("CCNP", "CCNA"))]),
        # near misses: a bracket that is no floor, or a floor of no credential
        ("CCNP preferred (CCNA a plus)", [("preferred", ("CCNP",)), ("preferred", ("CCNA",))]),
        ("CCNP preferred (CCNA)", [("preferred", ("CCNP",)), ("preferred", ("CCNA",))]),
    ],
)
def test_the_floor_of_a_preferred_credential_is_asked(parse, line, rows) -> None:
    assert _rows(parse(f"Network Engineer\n\nRequirements\n- {line}\n")) == rows


def test_the_floor_under_the_nice_to_haves_stays_preferred(parse) -> None:
    posting = parse("Network Engineer\n\nNice to have\n- CCNP preferred (CCNA at minimum)\n")
    assert _rows(posting) == [("preferred", ("CCNP",)), ("preferred", ("CCNA", "CCNP"))]


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        # an impersonal mark speaks for what follows it
        (
            "Experience with PHP and React Additionally it would be highly preferred for a candidate to have "
            "experience: Building products with machine learning dependencies",
            [("required", ("PHP",)), ("required", ("React",)), ("preferred", ("machine learning",))],
        ),
        (
            "Experience with Django; it would be a plus if you know Kubernetes",
            [("required", ("Django",)), ("preferred", ("Kubernetes",))],
        ),
        # near miss: a mark after its skills speaks for them ("Kubernetes is a plus for this role")
        ("Experience with Django. Kubernetes is a plus", [("required", ("Django",)), ("preferred", ("Kubernetes",))]),
    ],
)
def test_an_impersonal_mark_speaks_for_what_follows_it(parse, line, rows) -> None:
    assert _rows(parse(f"Lead Developer\n\n{line}\n")) == rows
