"""The vocabulary of postings beyond software (s8b audit): the licences, standards, tools and work
that pharmacist, paralegal, Indian and US accountant, UK site manager, electrician, mechanical
engineer, sales, truck driver and ICU nurse postings ask for, and the everyday senses of the
ambiguous names among them. Lines in the shape of the audit's postings."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_line, extract_skills
from jobmatch.vocabulary import Vocabulary


def names(line: str, vocab: Vocabulary, *, resume: bool = False) -> set[str]:
    return {m.skill.name for m in extract_skills(line, vocab, resume=resume)}


def _asked(posting) -> list[tuple[tuple[str, ...], str]]:
    return [(r.any_of, r.tier.value) for r in posting.requirements]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Active pharmacist license in Texas, in good standing", "pharmacist license"),
        ("Licensed pharmacist (RPh) in the State of Ohio", "pharmacist license"),
        ("Immunization certification (APhA Pharmacy-Based Immunization Delivery)", "immunizations"),
        ("Perform medication therapy management (MTM) services", "medication therapy management"),
        ("1+ years of retail or community pharmacy experience", "pharmacy practice"),
        ("PTCB certified pharmacy technician", "pharmacy technician certification"),
        ("Bachelor's degree and ABA-approved paralegal certificate", "paralegal certificate"),
        ("NALA Certified Paralegal (CP) designation", "paralegal certificate"),
        ("Manage document productions and e-discovery using Relativity", "Relativity"),
        ("Manage document productions and e-discovery using Relativity", "e-discovery"),
        ("Draft pleadings, discovery requests and responses", "legal drafting"),
        ("Strong knowledge of Federal Rules of Civil Procedure", "civil procedure"),
        ("E-file documents in state and federal courts (PACER/CM-ECF)", "docketing"),
        ("Minimum of 5 years of litigation paralegal experience", "paralegal work"),
        ("Handle GST compliance, including filing of GSTR-1 and GSTR-3B", "GST"),
        ("Hands-on experience in Tally and MS Excel", "Tally"),
        ("Qualified CA (ICAI member) with 3+ years of post-qualification experience", "CA (ICAI)"),
        ("Prepare financial statements under Ind AS", "Ind AS"),
        ("Strong knowledge of GAAP and revenue recognition (ASC 606)", "revenue recognition"),
        ("Experience with lease accounting under ASC 842", "lease accounting"),
        ("Familiarity with BlackLine or FloQast", "BlackLine"),
        ("SMSTS certificate (Site Management Safety Training Scheme)", "SMSTS"),
        ("Ensure compliance with CDM Regulations 2015", "CDM Regulations"),
        ("NVQ Level 6 in Construction Site Management is desirable", "construction management"),
        ("Thorough knowledge of NEC code requirements", "National Electrical Code"),
        ("Knowledge of NEC, OSHA and local codes", "National Electrical Code"),
        ("Ensure all work complies with the National Electrical Code (NEC)", "National Electrical Code"),
        ("Perform tolerance stack-up analyses and FEA to validate designs", "FEA"),
        ("Perform tolerance stack-up analyses and FEA to validate designs", "tolerance analysis"),
        ("Experience with Ansys or SolidWorks Simulation", "Ansys"),
        ("Work with suppliers on DFM/DFA for machined parts", "DFM"),
        ("Manage ECOs in our PLM system (Windchill)", "Windchill"),
        ("Use MEDDIC to qualify opportunities", "MEDDIC"),
        ("Experience with MEDDPICC or Challenger Sale methodology", "Challenger Sale"),
        ("Proficiency with Salesforce, Gong and Outreach", "Gong"),
        ("Run discovery calls, product demos and negotiations with C-level buyers", "negotiation"),
        ("A track record of exceeding quota", "sales pipeline management"),
        ("Maintain accurate logs using ELD (electronic logging device)", "electronic logging devices"),
        ("Follow all DOT and FMCSA regulations", "DOT regulations"),
        ("Experience with CRRT and ECMO", "ECMO"),
        ("Monitor hemodynamic status, including arterial lines", "hemodynamic monitoring"),
    ],
)
def test_the_trades_and_professions_skills_are_found(line, skill, vocab):
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        # the everyday senses of the ambiguous names
        ("Tally the day's receipts and count the cash drawer", "Tally"),
        ("Count and tally inventory at the end of each shift", "Tally"),
        ("The theory of relativity fascinates our founders", "Relativity"),
        ("Join our running club: a pacer leads every group", "docketing"),
        ("Stewarding and door supervision at the NEC in Birmingham", "National Electrical Code"),
        ("Litigation Paralegal", "paralegal work"),
        ("Ring the gong when you close a deal", "Gong"),
        ("Logs from the electronic systems are kept for audits", "electronic logging devices"),
        # an electrician's conduit is no Emergency Medical Technician
        ("Bend and install EMT, rigid and PVC conduit", "EMT"),
        ("Install EMT conduit in commercial buildings", "EMT"),
        # a school's professional learning communities are no programmable logic controllers
        ("Participate in PLCs, department meetings and professional development", "PLC programming"),
        ("Collaborate with colleagues in grade-level PLC meetings", "PLC programming"),
        # the people a seller sells to are not led by the seller
        ("Experience selling to finance or sales leaders", "leadership"),
        # a faculty named after pharmacy is a place
        ("Enrolled at the Faculty of Chemistry and Pharmacy", "pharmacy practice"),
    ],
)
def test_the_everyday_senses_are_no_skill(line, absent, vocab):
    assert absent not in names(line, vocab)


def test_the_senses_that_stay(vocab):
    # the trades' own senses of the words the stop phrases guard
    assert "EMT" in names("EMT certification and current CPR card", vocab)
    assert "PLC programming" in names("Experience troubleshooting PLCs and VFDs", vocab)
    assert "leadership" in names("Proven leadership of a sales team", vocab)


def test_a_pharmacist_posting_asks_for_the_licence_and_the_immunization_certificate(parse):
    posting = parse(
        "Staff Pharmacist - Retail\n\nBasic Qualifications\n"
        "- Doctor of Pharmacy (PharmD) from an ACPE-accredited program\n"
        "- Active pharmacist license in Texas, in good standing\n"
        "- Immunization certification or willingness to obtain within 90 days\n"
        "\nPreferred Qualifications\n- 1+ years of community pharmacy experience\n"
    )
    asked = _asked(posting)
    assert (("pharmacist license",), "required") in asked
    assert (("immunizations",), "required") in asked
    assert (("pharmacy practice",), "preferred") in asked


def test_the_employment_law_an_hr_generalist_keeps(vocab):
    assert names("Working knowledge of FLSA, FMLA, ADA and EEO regulations", vocab) == {"employment law"}
    assert "employment law" in names("Knowledge of federal and state labor laws", vocab)


@pytest.mark.parametrize(
    "line", ["Support prototype builds, testing and root cause analysis (8D, 5 Whys)", "Build hardware prototypes"]
)
def test_a_products_physical_prototypes_are_no_wireframing(line, vocab):
    assert "wireframing" not in names(line, vocab)


def test_a_designers_prototypes_stay_wireframing(vocab):
    assert "wireframing" in names("Build interactive prototypes in Figma", vocab)


# -- a role named for its domain practises it (extract._served_domain's "for" rule) -------------
@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Senior consultant for supply chain", "supply chain management"),
        ("Senior Consultant for supply chain, Deloitte", "supply chain management"),
        ("- Lead analyst for procurement", "procurement"),
        ("- Account manager for logistics clients", "logistics"),
    ],
)
def test_a_role_for_a_domain_practises_it(line, skill, vocab):
    assert skill in names(line, vocab, resume=True)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("- Forecasting models for supply chain", "supply chain management"),
        ("- Built dashboards for the supply chain team", "supply chain management"),
    ],
)
def test_work_done_for_a_domain_still_only_served_it(line, absent, vocab):
    assert absent not in names(line, vocab, resume=True)


# -- a welder's, a machinist's, a plumber's and an office's wording ------------------------------------
@pytest.mark.parametrize(
    ("line", "skill", "absent"),
    [
        ("AWS D1.1 welding certification", "AWS welding certification", "AWS"),
        ("AWS certified welder with MIG experience", "AWS welding certification", "AWS"),
        ("Mastercam experience a plus", "Mastercam", None),
        ("Inspect parts using calipers, micrometers and CMM", "CMM", None),
        ("Texas Journeyman Plumber license (Master Plumber license a plus)", "plumbing license", None),
        ("Backflow certification preferred", "backflow certification", None),
        ("Typing speed of 50+ WPM", "data entry", None),
    ],
)
def test_the_trades_credentials_and_tools(line, skill, absent, vocab):
    found = names(line, vocab)
    assert skill in found
    assert absent is None or absent not in found


def test_amazon_web_services_is_still_aws(vocab):
    assert "AWS" in names("Experience with AWS (EC2, S3) and Terraform", vocab)


@pytest.mark.parametrize(
    ("line", "cuisine"),
    [
        ("Knife skills and knowledge of French cooking techniques", "French"),
        ("Experience with Italian cuisine", "Italian"),
        ("Authentic Mexican and Japanese food", "Japanese"),
    ],
)
def test_a_cuisine_is_no_spoken_language(line, cuisine, vocab):
    assert cuisine not in names(line, vocab)


def test_a_spoken_language_beside_a_kitchen_word_elsewhere_stays(vocab):
    assert "French" in names("Fluent French and English; kitchen experience a plus", vocab)


def test_a_cmms_is_no_coordinate_measuring_machine(vocab):
    assert names("Microsoft Office and CMMS software", vocab) == {"Microsoft Office", "CMMS"}
    assert "CMM" in names("Program and run CMMs for first-article inspection", vocab)


# -- a social worker's and a teacher's work ----------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Conduct biopsychosocial assessments and develop treatment plans", "psychosocial assessment"),
        ("Conduct biopsychosocial assessments and develop treatment plans", "treatment planning"),
        ("Therapy for adults with mental health and substance use disorders", "substance use treatment"),
        ("Trauma-informed care training preferred", "trauma-informed care"),
        ("Provide dialectical behavior therapy groups", "dialectical behavior therapy"),  # (which implies counseling)
        ("2+ years of classroom teaching experience", "classroom teaching"),
        ("Experience teaching AP Calculus or AP Statistics", "calculus"),
    ],
)
def test_the_work_of_social_workers_and_teachers(line, skill, vocab):
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Patients have a diagnosis and treatment plan within one hour", "treatment planning"),
        ("Mentoring and teaching junior engineers", "classroom teaching"),
    ],
)
def test_a_plan_given_and_a_colleague_taught_are_no_skill(line, absent, vocab):
    assert absent not in names(line, vocab)


# -- a dental hygienist's, a store manager's and a UK nurse's postings -------------------------------
@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Active RDH license in Colorado", "RDH license"),
        ("Local anesthesia permit", "local anesthesia permit"),
        ("3+ years of retail management experience", "retail management"),
        ("Manage inventory, shrink and loss prevention", "loss prevention"),
        ("Full P&L responsibility for a $20M region", "P&L management"),
        ("ALS certification", "ALS certification"),
        ("Resuscitation Council Advanced Life Support provider", "ALS certification"),
    ],
)
def test_a_hygienists_a_store_managers_and_a_uk_nurses_credentials(line, skill, vocab):
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Perform prophylaxis, scaling and root planing", "scalability"),
        ("We support families living with ALS", "ALS certification"),
        ("Knowledge of ILS approaches and flight procedures", "ALS certification"),
    ],
)
def test_a_teeths_scaling_and_a_disease_are_no_skill(line, absent, vocab):
    assert absent not in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # a city's or a college's name is no framework, beside a skill as much as alone
        ("Goettl Air Conditioning & Plumbing, Phoenix, AZ", ["plumbing"]),
        ("Paralegal Certificate, Phoenix College, 2017", ["paralegal certificate"]),
        ("Elixir engineer, Phoenix, AZ 85004", ["Elixir"]),
        # the framework, and "OR" that is no Oregon
        ("Elixir and Phoenix, AZ-900 certified", ["Elixir", "Phoenix", "Azure certification"]),  # (AZ-900: s12b)
        ("Skills: Python, Go, OR Rust", ["Python", "Go", "Rust"]),
        ("Elixir, Phoenix, Ecto", ["Elixir", "Phoenix", "Ecto"]),
    ],
)
def test_a_strict_name_that_is_a_place_is_no_skill(vocab, line, found):
    for resume in (True, False):
        assert [m.skill.name for m in extract_line(line, 1, vocab, resume=resume)] == found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # words of software and science that the trades' new names must not take
        ("Redux store management and React hooks", {"Redux", "React"}),
        ("SharePoint site management for the intranet", {"Microsoft SharePoint"}),
        ("Keep electronic logs of deliveries", set()),
        ("Our process is CMM Level 5 certified; Java, Spring", {"Java", "Spring"}),
        ("Digital asset protection with DRM", set()),
        ("General Relativity, Quantum Mechanics, Python", {"quantum mechanics", "Python"}),
        ("Count and Tally cash drawers", {"cash handling"}),  # (no Tally ERP)
        # the names themselves still
        ("Tally ERP 9 and GST filing", {"Tally", "GST"}),
        ("Experience with Relativity and e-discovery", {"Relativity", "e-discovery"}),
    ],
)
def test_new_names_keep_to_their_trade(vocab, line, found):
    assert names(line, vocab) == found
