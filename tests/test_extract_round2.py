"""Skill readings of the second word-level round: the PDF audit's lines (/work/qa/reports/pdf.md
#9, #12, #13), colleagues' job titles on a resume, and word senses of the SkillSpan audit; each
with beside it the reading that must stay."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_line, extract_skills
from jobmatch.models import Method
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def names(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_line(line, 1, vocab)]


def resume(text: str, vocab: Vocabulary) -> list[tuple[int, str]]:
    return [(m.line, m.skill.name) for m in extract_skills(text, vocab, resume=True)]


# -- #9: one English word is never a misspelling of another -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ana Diaz\n\nSKILLS\n- Medication\n- Patient care",  # txtcases/med2.txt
        "SKILLS\nVentilator\nmanagement\nmedication\nadministration",  # a sidebar wrapped a word a line
        "Administered medications to 6 patients a shift",
        "Led meditation sessions for staff",
        "Tracking of shipments",  # tracing
        "Spelling and grammar checks",  # selling
    ],
)
def test_an_english_word_is_no_misspelling_of_another(text: str, vocab: Vocabulary) -> None:
    found = extract_skills(text, vocab, resume=True)
    assert not [m for m in found if m.method is Method.FUZZY], found
    assert "mediation" not in [m.skill.name for m in found]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Kubernates, Postgress and Javascipt", "Kubernetes"),  # issue 3's typos
        ("Kubernates, Postgress and Javascipt", "PostgreSQL"),
        ("Kubernates, Postgress and Javascipt", "JavaScript"),
        ("Mediation experience required", "mediation"),
    ],
)
def test_misspellings_and_the_word_itself_stay(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in names(line, vocab)


def test_the_shipped_vocabulary_lists_the_words_near_a_name(vocab: Vocabulary) -> None:
    # the build lists English words spelled like a name, not the forms of the name itself
    assert {"medication", "meditation", "tracking", "spelling"} <= vocab.ordinary_words
    assert not {"negotiated", "orchestrating", "pythons", "budget"} & vocab.ordinary_words


def test_another_form_of_the_name_still_fuzzes(vocab: Vocabulary) -> None:
    assert "orchestrating" not in vocab.ordinary_words
    assert "negotiation" in names("Negotiated vendor contracts", vocab)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("negotiated", "negotiation", True),
        ("orchestrating", "orchestration", True),
        ("paediatric", "pediatrics", True),
        ("mediated", "mediate", True),
        ("medication", "mediation", False),
        ("meditation", "mediation", False),
        ("tracking", "tracing", False),
        ("timelines", "timeliness", False),
        ("linker", "linkerd", False),
        # irregular past forms and spellings no ending rule derives are forms of the word
        ("troubleshot", "troubleshooting", True),
        ("despatching", "dispatching", True),
        ("extraverted", "extroverted", True),
    ],
)
def test_the_build_tells_a_form_of_a_word_from_another_word(a: str, b: str, same: bool) -> None:
    import importlib.util
    import sys
    from pathlib import Path

    module = sys.modules.get("build_vocab")
    if module is None:
        path = Path(__file__).resolve().parent.parent / "scripts" / "build_vocab.py"
        spec = importlib.util.spec_from_file_location("build_vocab", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["build_vocab"] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
    assert module.same_word(a, b) is same


# -- #13: a data platform in a sentence about data ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Wrote SQL queries on Snowflake",  # txtcases/snowflake.txt
        "- Migrated the warehouse to Snowflake.",
        "Wrote efficient SQL on Snowflake and orchestrated workflows with Airflow.",  # out/ds.txt line 17
        "- Loaded data into Snowflake and BigQuery",
    ],
)
def test_a_data_platform_in_a_sentence_about_data(line: str, vocab: Vocabulary) -> None:
    assert "Snowflake" in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "We moved to Snowflake Lane last year",  # no data word: a street
        "Snowflake data is kept on file",  # no "on"/"to" before it
        "Treat every customer like a Snowflake with data",
    ],
)
def test_a_snowflake_elsewhere_stays_a_word(line: str, vocab: Vocabulary) -> None:
    assert "Snowflake" not in names(line, vocab)


# -- #12: under a skills heading a comma list is a list -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aisha Rahman\n\nCERTIFICATIONS\nCFA Level II Candidate\n\nSKILLS\nExcel, Bloomberg Terminal",  # cfa.txt
        "Aisha Rahman\n\nSKILLS\nExcel, Bloomberg Terminal, Python",  # excel2.txt
        "Aisha Rahman\n\nTechnical Skills\nFinance: Excel, Bloomberg Terminal",
    ],
)
def test_a_skills_line_of_two_items_is_a_list(text: str, vocab: Vocabulary) -> None:
    assert "Microsoft Excel" in [name for _, name in resume(text, vocab)]


@pytest.mark.parametrize(
    "text",
    [
        "Aisha Rahman\n\nSKILLS\nExcel at building models, and more",  # a sentence, not a list
        "Aisha Rahman\n\nSUMMARY\nExcel, Bloomberg Terminal",  # not under a skills heading
    ],
)
def test_excel_outside_a_skills_list_stays_a_word(text: str, vocab: Vocabulary) -> None:
    assert "Microsoft Excel" not in [name for _, name in resume(text, vocab)]


def test_a_posting_line_of_two_items_is_read_as_before(vocab: Vocabulary) -> None:
    assert "Microsoft Excel" not in names("Excel, Bloomberg Terminal", vocab)


# -- a job title in the plural: colleagues in a posting, the person's field in a resume ---------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Managed 6 QA engineers", "testing"),
        ("- Led a team of UX designers", "UX design"),
        ("- Hired and coached 4 Performance Engineers", "performance optimization"),
    ],
)
def test_a_resume_title_in_the_plural_names_the_field(line: str, skill: str, vocab: Vocabulary) -> None:
    text = f"Ana Diaz\n\nEXPERIENCE\n{line}"
    assert skill in [name for _, name in resume(text, vocab)]
    assert skill not in names(line, vocab)  # a posting's line: the colleagues it works with
