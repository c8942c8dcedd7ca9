"""Whole pairs (s14d): public service and care roles read end to end (tests/data/pairs_s14d/): a paramedic, a
veterinary technician, a hospital security officer, a preschool lead teacher and a speech-language pathologist,
each against a posting of the kind they would apply to. What the reading found: a paramedic's licence and the
National Registry were a bare EMT's, "FP-C or CCP-C" functional programming and C, PHTLS, EVOC, IV/IO access,
airway management, ePCRs and LIFEPAK monitors unknown, and a triage tag's "SALT" SaltStack; the veterinary
technician's CVT/RVT/LVT, anaesthesia monitoring, IV catheters, AVImark and ezyVet unknown and "RECOVER CPR" a
human BLS; a security officer's "Security Officer" and "Hospital security" information security, the Level III
commissioned licence, CCTV, Lenel, IAHSS, CPI and MOAB unknown; a preschool teacher's "Creative Curriculum"
creativity, "Head Start Performance Standards" performance optimization and "Pediatric CPR and First Aid"
pediatrics, the CDA credential, Teaching Strategies GOLD and Brightwheel unknown; a speech-language pathologist's
"Cognitive-linguistic ... (WAB-R)" linguistics and R, CCC-SLP, dysphagia, MBSS/FEES and AAC devices unknown. Then
lines of a firefighter, a 911 telecommunicator, an occupational therapist, a research coordinator and a
cosmetologist, each with the near misses that must keep their other sense."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_domains_s10 import names, requirements_of, scored_pair, skill_names

PAIRS = Path(__file__).parent / "data" / "pairs_s14d"


def _pair(posting: str, resume: str, vocab):
    return scored_pair(PAIRS, posting, resume, vocab)


def test_paramedic_pair(vocab) -> None:
    posting, profile, matches = _pair("medic_posting.txt", "medic_resume.txt", vocab)
    required = requirements_of(posting, "required")
    # "Current Oklahoma Paramedic license and National Registry (NREMT) certification": no bare EMT's
    assert {("paramedic license",), ("NREMT certification",), ("PHTLS", "ITLS")} <= required
    assert matches["paramedic license"].matched and matches["NREMT certification"].matched  # "NREMT-P"
    assert matches["emergency vehicle operations"].requirement.tier == "preferred"  # "EVOC preferred"
    assert matches["critical care paramedic certification"].requirement.tier == "preferred"
    assert not [r for r in posting.requirements if {"functional programming", "C"} & set(r.any_of)]
    context = requirements_of(posting, "context")
    assert {("IV access",), ("airway management",), ("electronic patient care reporting",)} <= context
    found = skill_names(profile)
    assert {"IV access", "airway management", "electronic patient care reporting", "NIMS/ICS"} <= found
    assert {"prehospital trauma care", "mass casualty incident response", "cardiac monitor-defibrillators"} <= found
    assert "SaltStack" not in found  # "Triage (START/SALT)"


def test_paramedic_posting_is_not_met_by_a_basic_emt(parse, vocab) -> None:
    from tests.test_domains_s10 import _met

    met = _met(
        "EMT-Basic, Cherokee Nation EMS, 2018-2021\n- BLS transports, patient assessment, IV starts\n",
        "Requirements\n- Current Paramedic license and NREMT certification\n",
        parse,
        vocab,
    )
    assert met == {"paramedic license": False, "NREMT certification": False}


def test_veterinary_technician_pair(vocab) -> None:
    posting, profile, matches = _pair("vet_posting.txt", "vet_resume.txt", vocab)
    credential = matches["veterinary technician credential"]  # "Credentialed as a CVT, RVT or LVT"
    assert credential.requirement.tier == "required" and credential.matched
    assert matches["anesthesia monitoring"].matched and matches["IV access"].matched
    assert matches["animal handling"].matched  # "restrain animals" / "low-stress handling"
    assert matches["Fear Free certification"].requirement.tier == "preferred"
    assert ("veterinary practice management software",) in requirements_of(posting, "context")  # "in ezyVet"
    found = skill_names(profile)
    assert {"RECOVER CPR", "veterinary laboratory diagnostics", "veterinary technology"} <= found
    assert not found & {"ALS certification", "monitoring", "airway management"}


def test_security_officer_pair(vocab) -> None:
    posting, profile, matches = _pair("sec_posting.txt", "sec_resume.txt", vocab)
    assert matches["armed security license"].matched  # "Level III Commissioned Officer License (armed)"
    assert matches["physical security / law enforcement"].matched
    assert matches["physical security / law enforcement"].requirement.min_years == 2
    assert matches["CPI Nonviolent Crisis Intervention / MOAB"].requirement.tier == "preferred"
    assert matches["IAHSS certification"].requirement.tier == "preferred"
    assert matches["CCTV monitoring / physical access control systems"].matched  # "Genetec or Lenel systems"
    assert "security" not in {n for r in posting.requirements for n in r.any_of}
    found = skill_names(profile)
    assert {"physical security", "CCTV monitoring", "incident reporting", "MOAB"} <= found
    assert "security" not in found


def test_preschool_teacher_pair(vocab) -> None:
    posting, profile, matches = _pair("ece_posting.md", "ece_resume.txt", vocab)
    assert matches["CDA credential"].matched
    assert matches["pediatric CPR and first aid"].matched  # "Pediatric CPR/First Aid (American Red Cross)"
    assert "pediatrics" not in {n for r in posting.requirements for n in r.any_of}
    assert matches["Montessori / positive behavior guidance"].requirement.tier == "preferred"
    context = requirements_of(posting, "context")
    assert {("Creative Curriculum",), ("developmental screening",), ("child care management software",)} <= context
    found = skill_names(profile)
    assert {
        "Creative Curriculum",
        "Head Start program",
        "CLASS observation",
        "early intervention",
        "Montessori",
    } <= found
    assert not found & {"creativity", "performance optimization", "pediatrics"}


def test_speech_language_pathologist_pair(vocab) -> None:
    posting, profile, matches = _pair("slp_posting.txt", "slp_resume.txt", vocab)
    assert matches["CCC-SLP"].matched and matches["SLP license"].requirement.tier == "required"
    assert matches["speech-language pathology"].requirement.min_years == 1
    assert matches["VitalStim"].matched and matches["instrumental swallow studies"].matched  # "FEES competency"
    assert matches["tracheostomy care"].requirement.tier == "preferred"  # "trach/vent patients (Passy-Muir valve)"
    found = skill_names(profile)
    assert {"dysphagia management", "aphasia therapy", "speech-language assessments"} <= found
    assert {"augmentative and alternative communication", "articulation therapy"} <= found
    assert not found & {"R", "linguistics"}  # "Cognitive-linguistic and aphasia evaluations (WAB-R, SLUMS)"


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        # a firefighter's certificates, test and apparatus
        (
            "Firefighter I/II (NFPA 1001) and Hazmat Operations required",
            {"firefighter certification", "hazmat response"},
            set(),
        ),
        ("Valid CPAT card within 12 months; EMT-B", {"CPAT", "EMT"}, set()),
        ("Don SCBA and perform interior structural firefighting", {"SCBA", "firefighting"}, set()),
        ("Installed fire sprinkler systems and fire alarms", set(), {"firefighting", "firefighter certification"}),
        # a 911 telecommunicator's and an officer's databases and certificates
        (
            "NCIC/TCIC certified; APCO Public Safety Telecommunicator",
            {"NCIC", "public safety telecommunicator certification"},
            set(),
        ),
        ("Dispatched units via CAD and ran plates through NCIC", {"computer-aided dispatch", "NCIC"}, {"CAD"}),
        ("TCOLE Basic Peace Officer license; POST certified", {"peace officer certification"}, set()),
        ("Post weekly updates to the team wiki", set(), {"peace officer certification"}),
        # the EMT's and paramedic's courses, the near misses of IV and EMT
        ("ACLS, PALS, PHTLS or ITLS; ICS-100 and IS-700", {"ACLS", "PALS", "PHTLS", "ITLS", "NIMS/ICS"}, set()),
        ("Henry IV, Part 1; Phase IV trials", set(), {"IV access", "IV therapy"}),
        ("Measured EtCO2 and placed an EZ-IO in the tibia", {"IV access"}, set()),
        ("The RSI crossed 70 on the daily chart", set(), {"airway management"}),
        ("BLS, NRP and PALS required for the NICU", {"BLS", "PALS"}, {"paramedic license"}),
        ("Configuration management with Salt, Ansible and Puppet", {"SaltStack"}, set()),
        # a security officer's and a care home's crisis courses; the price index and the town
        ("CPI or MOAB training preferred", {"CPI Nonviolent Crisis Intervention", "MOAB"}, set()),
        ("Forecast rent increases linked to CPI", set(), {"CPI Nonviolent Crisis Intervention"}),
        ("Guided mountain bike tours in Moab, Utah", set(), {"MOAB"}),
        ("2 years of unarmed security or patrol experience", {"physical security"}, {"security"}),
        ("2 years of security engineering experience with SIEM tools", {"security"}, {"physical security"}),
        ("Chief Information Security Officer reporting to the CIO", set(), {"physical security"}),
        # the early childhood teacher's credential and programmes; the CDA of HL7, a head start that is no programme
        ("CDA credential or an Associate's in ECE", {"CDA credential"}, set()),
        ("Preschool lead teacher, CDA, 6 years with toddlers", {"CDA credential"}, set()),
        ("Built HL7 CDA documents and FHIR resources", set(), {"CDA credential"}),
        ("Get a head start on your career with our program", set(), {"Head Start program"}),
        ("Creative problem solving and a creative portfolio", set(), {"Creative Curriculum"}),
        ("ASQ Certified Quality Engineer (CQE)", set(), {"developmental screening"}),
        # the veterinary technician's letters beside a vet's words only
        ("Credentialed as a CVT, RVT or LVT in good standing", {"veterinary technician credential"}, set()),
        ("Installed LVT and carpet in 40 apartment units", set(), {"veterinary technician credential"}),
        ("Diagnosed CVT transmission faults on Nissan vehicles", set(), {"veterinary technician credential"}),
        ("Vascular sonographer, RDMS, RVT", set(), {"veterinary technician credential"}),
        # the occupational therapist's licence, never overtime or a truck's OTR
        (
            "OTR/L with current NBCOT certification; splint fabrication",
            {"occupational therapist license", "splinting"},
            set(),
        ),
        (
            "COTA/L to assist with ADLs and sensory integration",
            {"COTA certification", "activities of daily living", "sensory integration"},
            set(),
        ),
        (
            "OT available on weekends; OTR drivers home weekly",
            set(),
            {"occupational therapy", "occupational therapist license"},
        ),
        # the speech-language pathologist's letters; an audio codec's AAC, a price list's FEES
        ("Program AAC devices (TouchChat, Proloquo2Go)", {"augmentative and alternative communication"}, set()),
        ("Encode AAC and MP3 audio streams with FFmpeg", set(), {"augmentative and alternative communication"}),
        ("MBSS and FEES with ENT", {"instrumental swallow studies"}, set()),
        ("APPLICATION FEES ARE NON-REFUNDABLE", set(), {"instrumental swallow studies"}),
        # the research coordinator's course; the bank
        (
            "GCP and CITI trained; IRB submissions in Medidata Rave",
            {"CITI training", "Good Clinical Practice", "IRB submissions", "electronic data capture"},
            set(),
        ),
        ("Teller at CITI branch, cash handling", set(), {"CITI training"}),
        ("Deployed BigQuery pipelines on GCP", {"GCP"}, {"Good Clinical Practice"}),
        # the cosmetologist's licence and colour; a video editor's colour correction
        (
            "State cosmetology license; balayage and color correction",
            {"cosmetology license", "hair color techniques"},
            set(),
        ),
        ("Color correction and grading in DaVinci Resolve", set(), {"hair color techniques"}),
        ("Licensed cosmetologist, 5 years behind the chair", {"cosmetology license"}, set()),
        ("particle physics, cosmology and theoretical astrophysics", set(), {"cosmetology"}),
        ("Chief Security Officer (CSO) reporting to the CEO", set(), {"physical security", "security"}),
    ],
)
def test_public_service_and_care_lines(line: str, found: set[str], not_found: set[str], vocab) -> None:
    got = names(line, vocab)
    assert found <= got, got
    assert not (not_found & got), got
