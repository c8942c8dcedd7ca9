"""Follow-ups (s16j) the posting and trades streams found: a strict name in a tier clause of its own ("Excel required;
Word preferred."), a credential partner with its noun before "or" ("ASP certification or CSP"), a numerate subject
read as numeracy, linear algebra read as algebra, SNOMED CT, the Working with Children Check and the healthcare
industry unknown; on resumes a "BAR ADMISSIONS" heading over its states, a judge's county read as a cook's title and a
dietitian's ICU patients read as her critical care."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.extract import extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text


def _asked(parse, line: str) -> dict[str, str]:
    """What a posting's requirement line asks, by skill, with its tier."""
    posting = parse(f"Data Analyst\n\nRequirements:\n- {line}\n")
    return {name: r.tier for r in posting.requirements for name in r.any_of}


def _found(vocab, text: str) -> set[str]:
    return {m.skill.name for m in extract_skills(text, vocab)}


def _surfaces(vocab, text: str, name: str) -> list[str]:
    profile = profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))
    return [m.surface for s in profile.skills if s.skill.name == name for m in s.mentions]


def _resume_skills(vocab, text: str) -> set[str]:
    profile = profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))
    return {s.skill.name for s in profile.skills}


# -- 1. a strict name that opens a tier clause of its own ------------------------------------------


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("Excel required; Word preferred.", {"Microsoft Excel": "required", "Microsoft Word": "preferred"}),
        ("Rust required; Go preferred.", {"Rust": "required", "Go": "preferred"}),
        ("Excel required.", {"Microsoft Excel": "required"}),
        ("Go is a plus", {"Go": "preferred"}),
        ("Spark a plus.", {"Apache Spark": "preferred"}),
    ],
)
def test_strict_name_in_its_own_tier_clause(parse, line: str, wanted: dict[str, str]) -> None:
    asked = _asked(parse, line)
    assert {name: asked.get(name) for name in wanted} == wanted


@pytest.mark.parametrize(
    ("line", "unwanted"),
    [
        ("Word of mouth required", "Microsoft Word"),  # the name does not end where the tier starts
        ("Go-getters preferred.", "Go"),  # another word, joined by its hyphen
        ("Excel at customer service required.", "Microsoft Excel"),
        ("Passport required; travel up to 25%", "Passport"),  # a traveller's document, no Passport.js
        ("Must Go required", "Go"),  # the name does not open its clause
        ("Go required to the warehouse daily", "Go"),  # the clause goes on after the tier
    ],
)
def test_strict_name_tier_clause_near_misses(vocab, line: str, unwanted: str) -> None:
    assert unwanted not in _found(vocab, line)


# -- 2. a credential's partner with its noun before "or" -------------------------------------------


def test_partner_credential_with_its_noun_before_or(vocab) -> None:
    assert {"Associate Safety Professional", "Certified Safety Professional"} <= _found(
        vocab, "ASP certification or CSP preferred"
    )
    assert "Certified Safety Professional" in _found(vocab, "OHST certification or CSP")
    # a noun of another thing before "or" vouches for nothing: a web page's policy
    assert "Certified Safety Professional" not in _found(vocab, "Content policy or CSP headers for web pages")
    assert "Certified Safety Professional" not in _found(vocab, "ASP or CSP nonce policies")


# -- 3.-5. the vocabulary ------------------------------------------------------------------------


def test_numerate_subject_is_a_degree_field(parse, vocab) -> None:
    assert "numeracy" not in _asked(parse, "Degree in a numerate subject (E)")
    assert "numeracy" not in _found(vocab, "A degree in a numerate discipline such as maths or physics")
    assert "numeracy" in _found(vocab, "Strong numerate skills and attention to detail")


def test_linear_algebra_whole(vocab) -> None:
    found = _found(vocab, "Strong knowledge of linear algebra and statistics")
    assert "linear algebra" in found and "algebra" not in found
    assert "algebra" in _found(vocab, "Tutored algebra and geometry to 9th graders")


def test_snomed_and_children_check(vocab) -> None:
    assert {"SNOMED CT", "medical coding"} <= _found(vocab, "Experience with SNOMED CT and ICD-10 coding")
    assert "Working with Children Check" in _found(vocab, "Current Working with Children Check (WWCC) required")
    assert "Working with Children Check" in _found(vocab, "Must hold a valid WWCC")


def test_healthcare_industry(parse, vocab) -> None:
    assert _asked(parse, "Healthcare experience is a plus").get("healthcare industry") == "preferred"
    assert "healthcare industry" in _found(vocab, "2+ years in a healthcare setting")
    # the employer's benefits and its own market name no experience asked
    assert "healthcare industry" not in _found(vocab, "Excellent healthcare benefits, dental and vision")
    assert "healthcare industry" not in _found(vocab, "We are a leading healthcare technology company")


# -- 6. a credential's heading over its places ----------------------------------------------------


def test_bar_admissions_heading_over_states(vocab) -> None:
    attorney = "Jane Doe\nAttorney\n\nBAR ADMISSIONS\n{entries}\n\nEDUCATION\nJ.D., Northwestern University, 2017\n"
    assert "bar admission" in _resume_skills(vocab, attorney.format(entries="Illinois (2018)\nNew York (2020)"))
    courts = "- State of Illinois, 2018\n- U.S. District Court for the Northern District of Illinois (2019)"
    assert "bar admission" in _resume_skills(vocab, attorney.format(entries=courts))
    # an admission in prospect is none held
    assert "bar admission" not in _resume_skills(vocab, attorney.format(entries="Expected 2027"))
    assert "bar admission" not in _resume_skills(vocab, attorney.format(entries="Illinois (pending)"))
    sitting = "Sitting for the Illinois bar exam in July 2027"
    assert "bar admission" not in _resume_skills(vocab, attorney.format(entries=sitting))
    # a licence named on its line holds it as before
    assert "RN" in _resume_skills(vocab, "Jane Doe\nRegistered Nurse\n\nLicenses: RN - Texas (2019)\n")


# -- 7. a county's name in a job's header ---------------------------------------------------------


def test_county_court_is_no_cook(vocab) -> None:
    for header in (
        "Judicial Extern | Hon. Maria Sanchez, Cook County Circuit Court | Summer 2017",
        "Judicial Extern | Cook County Circuit Court | Summer 2017",
    ):
        text = f"Jane Doe\nAttorney\n\nEXPERIENCE\n{header}\n- Drafted bench memoranda on motions to dismiss\n"
        assert "food preparation" not in _resume_skills(vocab, text)
    # a cook's title stays a cook's, at the county's jail too
    for header in ("Line Cook | Olive Garden | 2017 - 2019", "Cook | Cook County Jail | 2017 - 2019"):
        text = f"Jane Doe\n\nEXPERIENCE\n{header}\n- Prepped 300 meals a day\n"
        assert "food preparation" in _resume_skills(vocab, text)


# -- 8. the patients another clinician serves -----------------------------------------------------


def _clinician(title: str, bullet: str) -> str:
    return f"Jane Doe\n\nEXPERIENCE\n{title} | Mercy Hospital | 2019 - 2023\n- {bullet}\n"


def test_dietitians_patients_are_no_nursing_of_hers(vocab) -> None:
    bullet = "Provide medical nutrition therapy for ICU, oncology and med-surg patients"
    found = _resume_skills(vocab, _clinician("Clinical Dietitian", bullet))
    assert "medical nutrition therapy" in found
    # (a nurse's practice is none of hers; her ICU patients are critical care of hers, as a respiratory therapist's)
    assert "medical-surgical nursing" not in found and "critical care" in found


def test_nurses_patients_are_her_practice(vocab) -> None:
    bullet = "Provide care for ICU, oncology and med-surg patients"
    assert {"critical care", "medical-surgical nursing"} <= _resume_skills(vocab, _clinician("Staff Nurse", bullet))
    # a nurse's words on the line keep them on anyone's resume: a patient care tech's "cared for"
    cared = _resume_skills(vocab, _clinician("Patient Care Tech", "Cared for 10 med-surg patients per shift"))
    assert "medical-surgical nursing" in cared
    # the unit not before patients is no patients served
    units = _resume_skills(vocab, _clinician("Clinical Dietitian", "Rotated through the ICU and oncology units"))
    assert "critical care" in units
    # a verb's patients are its object, a clinical unit's none: the triage of anyone's resume
    triaged = _clinician("Paramedic", "Triaged patients in a 40-bed emergency department")
    assert "triage" in _resume_skills(vocab, triaged)
    # nor is "patient" as another noun's word, nor a unit between a verb and its patients
    hygienist = _clinician("Dental Hygienist", "Oral hygiene instruction and patient education")
    assert "Oral hygiene instruction" in _surfaces(vocab, hygienist, "dental hygiene")
    vet = _clinician("Veterinary Technician", "Triage ER patients, placed IVs and ran fluid therapy")
    assert "triage" in _resume_skills(vocab, vet)


@pytest.mark.parametrize(
    ("resume", "met"),
    [
        ("fixtures/resumes/unrelated_nurse.txt", True),  # (a registered nurse: nursing implies it)
        ("fixtures/resumes/strong_backend.txt", False),
    ],
)
def test_a_clinical_trade_meets_healthcare_experience(runner, resume: str, met: bool, tmp_path) -> None:
    """"Healthcare experience is a plus" is met by a clinician's own work (nursing, patient care, EHRs, medical
    coding...), not only by the words "healthcare experience": a nurse was told to add it, +38 points."""
    import json

    from jobmatch.cli import app

    posting = tmp_path / "p.txt"
    posting.write_text("Patient Access Representative\n\nRequirements\n- High school diploma\n"
                       "- Healthcare experience is a plus\n- Epic experience preferred\n")
    out = runner.invoke(app, ["match", resume, str(posting), "-f", "json"])
    assert out.exit_code == 0, out.output
    reqs = json.loads(out.stdout)["results"][0]["requirements"]
    (healthcare,) = [r for r in reqs if r["any_of"] == ["healthcare industry"]]
    assert (healthcare["matched_by"] is not None) is met


def test_an_extern_and_a_deputy_sheriff_are_titles(vocab) -> None:
    text = ("Jane Doe\n\nEXPERIENCE\nJudicial Extern | Hon. Maria Sanchez, Cook County Circuit Court | Summer 2017\n"
            "- Drafted bench memoranda\nDeputy Sheriff | Baker County Sheriff's Office | 2018 - 2022\n"
            "- Patrolled county roads\n")
    profile = profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Judicial Extern", "Hon. Maria Sanchez, Cook County Circuit Court"),
        ("Deputy Sheriff", "Baker County Sheriff's Office"),
    ]
