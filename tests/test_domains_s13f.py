"""Whole pairs (s13f): healthcare and skilled trades read end to end (tests/data/pairs_s13f/): a physical
therapist, a dental hygienist, a radiologic technologist, a pharmacy technician, a welder, an automotive
technician, a CNC machinist and a plumber. What the reading found: a PT's manual therapy, therapeutic
exercise, WebPT, dry needling and OCS were unknown and "(LEFS, ODI)" was Oracle Data Integrator; a
hygienist's "periodontal charting" was electronic health records, "ultrasonic scaling" scalability and "oral
hygiene and home care" home health care; a radiographer's "R.T.(R)(CT)(ARRT)" and "ARRT registered (R)
required" asked the R language, "C-arm" the C language, while CT, ARRT, PACS and fluoroscopy were unknown; a
pharmacy technician's IV room (TPNs, USP 797, CSPT, Omnicell) was unknown; a welder's "Torch
cutting" was PyTorch and "Flux core" Flux CD; a mechanic's ASE, brakes, alignments, scan tools and ALLDATA were
unknown, "A/C" the C language and "in CDK" AWS's CDK; a machinist's Haas, Fanuc, calipers, micrometers and
first article inspection unknown; a plumber's water heaters, PEX, drain cleaning and backflow tester unknown and
"IPC/UPC code" inter-process communication."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch import api
from tests.test_domains_s10 import load_pair, names

PAIRS = Path(__file__).parent / "data" / "pairs_s13f"


def _pair(posting: str, resume: str, vocab):
    profile, parsed = load_pair(PAIRS, resume, posting, vocab)
    result = api.score(profile, parsed, vocab)
    return parsed, {s.skill.name for s in profile.skills}, {" / ".join(m.requirement.any_of): m for m in result.matches}


def _tier(matches, name: str) -> str:
    return matches[name].requirement.tier


def test_physical_therapist_pair(vocab) -> None:
    _, found, matches = _pair("pt_posting.txt", "pt_resume.txt", vocab)
    assert {"manual therapy", "therapeutic exercise", "WebPT", "OCS certification"} <= found
    assert "gait and balance training" in found
    assert not found & {"Oracle Data Integrator"}  # "functional outcome measures (LEFS, ODI)"
    assert matches["physical therapist license"].matched  # "Licensed Physical Therapist, North Carolina"
    assert _tier(matches, "physical therapist license") == "required"
    assert matches["orthopedic physical therapy"].matched and matches["dry needling"].matched


def test_dental_hygienist_pair(vocab) -> None:
    posting, found, matches = _pair("rdh_posting.txt", "rdh_resume.txt", vocab)
    assert {"periodontal therapy", "periodontal charting", "fluoride treatments", "nitrous oxide sedation"} <= found
    assert not found & {"scalability", "electronic health records"}
    assert matches["nitrous oxide sedation"].matched and _tier(matches, "nitrous oxide sedation") == "preferred"
    asked = {n for r in posting.requirements for n in r.any_of}
    assert "home health care" not in asked  # "Educate patients on oral hygiene and home care"


def test_radiologic_technologist_pair(vocab) -> None:
    posting, found, matches = _pair("rt_posting.txt", "rt_resume.txt", vocab)
    assert {"ARRT certification", "computed tomography", "fluoroscopy", "PACS", "Epic"} <= found
    assert not found & {"R", "C"}  # "R.T.(R)(CT)(ARRT)", "OR C-arm fluoroscopy"
    asked = {n for r in posting.requirements for n in r.any_of}
    assert not asked & {"R", "C"}  # "ARRT registered (R) required", "C-arm procedures"
    assert matches["ARRT certification"].matched
    assert not matches["MRI"].matched and _tier(matches, "MRI") == "preferred"


def test_pharmacy_technician_pair(vocab) -> None:
    _, found, matches = _pair("cpht_posting.txt", "cpht_resume.txt", vocab)
    assert {"sterile IV preparation", "USP 797 and 800", "automated dispensing cabinets"} <= found
    assert matches["CSPT certification"].matched and matches["Epic"].matched  # "Epic Willow"


def test_welder_pair(vocab) -> None:
    _, found, matches = _pair("weld_posting.txt", "weld_resume.txt", vocab)
    assert {"thermal cutting", "weld fit-up", "welding symbols"} <= found
    assert not found & {"PyTorch", "Flux", "AWS"}  # "Torch cutting", "Flux core", "AWS D1.1"
    assert matches["weld fit-up"].matched and matches["thermal cutting"].matched


def test_automotive_technician_pair(vocab) -> None:
    _, found, matches = _pair("auto_posting.txt", "auto_resume.txt", vocab)
    assert {"ASE certification", "automotive diagnostics", "brake and suspension repair"} <= found
    assert {"automotive repair information systems", "dealer management systems", "EPA 609 certification"} <= found
    assert not found & {"CloudFormation", "C", "performance optimization"}  # "in CDK", "A/C", "Engine Performance"
    assert matches["ASE certification"].matched and matches["brake and suspension repair"].matched


def test_cnc_machinist_pair(vocab) -> None:
    _, found, matches = _pair("cnc_posting.txt", "cnc_resume.txt", vocab)
    assert {"CNC machine tools", "precision measuring instruments", "first article inspection", "AS9100"} <= found
    assert matches["ISO 9001 / AS9100"].matched


def test_plumber_pair(vocab) -> None:
    _, found, matches = _pair("plumb_posting.txt", "plumb_resume.txt", vocab)
    assert {"water heaters", "PEX piping", "drain cleaning", "gas piping", "plumbing codes"} <= found
    assert "inter-process communication" not in found  # "IPC/UPC code"
    assert matches["backflow certification"].matched  # "Backflow Prevention Assembly Tester (ASSE 5110)"
    assert matches["water heaters"].matched and matches["drain cleaning"].matched


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        # a physical therapist's, and PT elsewhere
        ("- Manual therapy incl. joint mobilization and IASTM (Graston)", {"manual therapy"}, set()),
        ("Current, unrestricted PT license in North Carolina", {"physical therapist license"}, set()),
        ("PT or part-time schedules considered", set(), {"physical therapist license", "physiotherapy"}),
        ("Functional outcome measures (LEFS, ODI)", set(), {"Oracle Data Integrator"}),
        ("ETL in Informatica and ODI on Oracle", {"Oracle Data Integrator"}, set()),
        ("Danielle Okafor, PT, DPT, OCS", {"OCS certification"}, set()),
        ("Migrated Lync to OCS 2007 for 3,000 users", set(), {"OCS certification"}),
        # a dental hygienist's, and scaling and SRP elsewhere
        ("SRP, perio maintenance, digital X-rays", {"periodontal therapy", "radiography"}, set()),
        ("Applied SRP and SOLID principles in C# services", set(), {"periodontal therapy"}),
        ("Ultrasonic scaling with Cavitron", {"periodontal therapy"}, {"scalability"}),
        ("Full-mouth periodontal charting", {"periodontal charting"}, {"electronic health records"}),
        ("Educate patients on oral hygiene and home care", set(), {"home health care"}),
        ("Caregiver in home care for elderly clients", {"home health care"}, set()),
        # a radiographer's, and R, C and CT elsewhere
        ("Kevin Tran, R.T.(R)(CT)(ARRT)", {"ARRT certification", "computed tomography"}, {"R"}),
        ("ARRT registered (R) required", {"ARRT certification"}, {"R"}),
        ("Statistical analysis in R and Python", {"R", "Python"}, set()),
        ("- OR C-arm fluoroscopy", {"fluoroscopy"}, {"C"}),
        ("Languages: C, C++, Python", {"C", "C++"}, set()),
        ("Summit Imaging Center, Hartford, CT", set(), {"computed tomography"}),
        ("CT, CTA, fluoroscopy, PACS", {"computed tomography", "fluoroscopy", "PACS"}, set()),
        ("Raised $2M from corporate PACs", set(), {"PACS"}),
        ("MRI cross-training a plus", {"MRI"}, set()),
        ("Lease administration in Yardi and MRI Software", set(), {"MRI"}),
        # a pharmacy technician's
        ("Compound sterile IV admixtures and TPNs in a USP 797 cleanroom", {"sterile IV preparation",
                                                                            "USP 797 and 800"}, set()),
        # a welder's, and AWS, MIG, TIG, Flux and Torch elsewhere
        ("Torch cutting, plasma cutting, rigging", {"thermal cutting"}, {"PyTorch"}),
        ("MIG, TIG, Stick, Flux core", {"MIG welding", "TIG welding"}, {"Flux"}),
        ("GitOps with Flux and Helm on Kubernetes", {"Flux"}, set()),
        ("Skills: PyTorch, Torch, TensorFlow", {"PyTorch"}, set()),
        ("Deployed the API on AWS Lambda", {"AWS Lambda"}, {"AWS welding certification"}),
        ("- Mig welding and Tig welding on aluminum", {"MIG welding", "TIG welding"}, set()),
        ("Flew the MiG-29 at the air show", set(), {"MIG welding"}),
        ("Worked with Tig Notaro on the tour", set(), {"TIG welding"}),
        # a mechanic's, and ASE, brakes, alignments and CDK elsewhere
        ("ASE Master Technician (A1-A8), ASE L1", {"ASE certification"}, set()),
        ("Administered Sybase ASE and SQL Server", set(), {"ASE certification"}),
        ("Brakes, suspension, steering and four-wheel alignments", {"brake and suspension repair"}, set()),
        ("Put the brakes on discretionary spending", set(), {"brake and suspension repair"}),
        ("Drove strategic alignments across product teams", set(), {"brake and suspension repair"}),
        ("Create understanding and alignment between IT and Business", set(), {"brake and suspension repair"}),
        ("- Hit the brake on scope creep", set(), {"brake and suspension repair"}),
        ("Measured to within 1 micrometer", set(), {"precision measuring instruments"}),
        ("Write 3C story (concern, cause, correction) in CDK", {"dealer management systems"}, {"CloudFormation"}),
        ("Infrastructure as code with CDK and Lambda", {"CloudFormation"}, {"dealer management systems"}),
        ("A/C service and recharge", set(), {"C"}),
        # a machinist's, and calipers, micrometers and Haas elsewhere
        ("Inspect with calipers, micrometers, height gauges", {"precision measuring instruments"}, set()),
        ("Replaced brake calipers and rotors", {"brake and suspension repair"}, {"precision measuring instruments"}),
        ("Deposited films 5 micrometers thick", set(), {"precision measuring instruments"}),
        ("MBA, Berkeley Haas, 2019", set(), {"CNC machine tools"}),
        ("Set up Haas VF-2 mills and Okuma lathes", {"CNC machine tools"}, set()),
        ("Programmed FANUC robots for palletizing", set(), {"CNC machine tools"}),
        # a plumber's, and IPC elsewhere
        ("PEX, copper sweating, water heaters, IPC/UPC code", {"PEX piping", "water heaters", "plumbing codes"},
         {"inter-process communication"}),
        ("IPC, shared memory and sockets", {"inter-process communication"}, {"plumbing codes"}),
    ],
)
def test_lines_of_s13f_trades(line, found, not_found, vocab) -> None:
    got = names(line, vocab, resume=True)
    assert found <= got, got
    assert not got & not_found, got
