"""Whole pairs (s13): a mechanical design engineer, an HR generalist and a commercial HVAC
technician, each read end to end against a posting of the kind they would apply to
(tests/data/pairs_s13/). What the reading found: "SolidWorks or Creo" asked SolidWorks alone (Creo
was known only as "Creo Parametric"), DFMEA, 8D and ECNs were unknown, and machining, casting and
injection molding were no skills; an HR generalist's "food processing plant" was food engineering,
"audit I-9s" the accountant's auditing, "Recruit 150+ hourly associates" no recruiting and
"new-hire orientation" no onboarding; an HVAC technician's "HVAC/R" named the R language, a "brazing
torch" PyTorch and "BAS front ends" web front-end development, while chillers, boilers, VRF,
refrigerant recovery and Manual J were unknown. Then a warehouse shift lead ("Lean Six Sigma Yellow
Belt" was Lean, labor planning unknown, "labor management system (LMS)" a learning management
system), a litigation paralegal (discovery, depositions, Bluebook cite-checks and trial binders
unknown), a sous chef (food cost, FIFO rotation, charcuterie, Toast POS and MarketMan unknown) and a
land-development civil engineer (Civil 3D was AutoCAD, stormwater, grading, erosion control, NPDES,
sewer design and construction administration unknown, "PE (or ability to obtain) strongly preferred"
and "Engineer Intern (EI)" no licence, "Town of Apex" Salesforce's Apex, ArcMap RockWare's), and a
medical assistant (CMA and RMA unknown, "med reconciliation" an accountant's reconciliation, the
"lead" of "12-lead EKGs" leadership, Hmong no language), and an IT support specialist (SCCM,
Exchange Online, VoIP, RMM tools, knowledge base articles and core banking systems unknown, "97% SLA
compliance" regulatory compliance, "security groups" security, "ITIL 4 Foundation" the Foundation
CSS framework)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_domains_s10 import names, requirements_of, scored_pair, skill_names

PAIRS = Path(__file__).parent / "data" / "pairs_s13"


def _pair(posting: str, resume: str, vocab):
    return scored_pair(PAIRS, posting, resume, vocab)


def test_mechanical_design_engineer_pair(vocab) -> None:
    posting, profile, matches = _pair("me_posting.txt", "me_resume.txt", vocab)
    required = requirements_of(posting, "required")
    # "Proficiency in SolidWorks or Creo": one requirement either CAD meets
    assert ("SolidWorks", "PTC Creo Parametric") in required
    # "Familiarity with machining, casting and injection molding processes"
    assert {("machining",), ("injection molding",)} <= required
    assert matches["injection molding"].matched  # "Designed injection molded housings"
    assert "molded" in matches["injection molding"].evidence.text
    found = skill_names(profile)
    assert {"FMEA", "8D problem solving", "Autodesk Moldflow", "sheet metal fabrication", "metal casting"} <= found
    # "coordinated with machine shop and foundry suppliers": the shop machined, the engineer did not
    shop_line = (PAIRS / "me_resume.txt").read_text().splitlines().index(
        "• Managed ECOs in Windchill PLM; coordinated with machine shop and foundry suppliers on DFM"
    ) + 1
    assert not [s for s in profile.skills if shop_line in {m.line for m in s.mentions} and "machin" in s.skill.name]
    assert not [s for s in profile.skills if shop_line in {m.line for m in s.mentions} and "casting" in s.skill.name]
    assert matches["machining"].matched  # the skills line's "CNC machining"


def test_hr_generalist_pair(vocab) -> None:
    posting, profile, matches = _pair("hr_posting.md", "hr_resume.md", vocab)
    found = skill_names(profile)
    assert {"talent acquisition", "employee onboarding", "I-9 compliance", "compensation and benefits"} <= found
    # the plant an HR partner served is the food industry, no food engineering; I-9 audits are no accounting
    assert "food processing" in found
    assert not found & {"food engineering", "auditing", "accounting"}
    assert matches["payroll"].matched
    assert matches["HRIS / UKG / ADP Workforce Now / Paycom"].matched


def test_hvac_technician_pair(vocab) -> None:
    posting, profile, matches = _pair("hvac_posting.txt", "hvac_resume.txt", vocab)
    found = skill_names(profile)
    assert {"chillers", "cooling towers", "refrigerant handling", "building automation", "VRF systems"} <= found
    assert {"HVAC load calculations", "brazing"} <= found
    # "HVAC/R", "brazing torch", "BAS front ends"
    assert not found & {"R", "PyTorch", "frontend development"}
    assert matches["building automation"].matched  # "Knowledge of DDC controls (Johnson Controls Metasys, ...)"
    assert matches["boiler license"].requirement.tier == "preferred"
    assert not matches["boiler license"].matched
    # "$28-$38/hr DOE + on-call pay" is pay, no incident response
    assert not [r for r in posting.requirements if "on-call pay" in r.text]


def test_warehouse_shift_lead_pair(vocab) -> None:
    posting, profile, matches = _pair("wh_posting.txt", "wh_resume.txt", vocab)
    assert matches["Six Sigma Yellow Belt"].requirement.tier == "preferred"  # no bare Lean
    assert matches["forklift operation"].matched
    assert matches["warehouse management"].matched  # "Working knowledge of WMS": Manhattan SCALE
    assert {"labor planning", "inventory management", "5S", "pallet jack"} <= skill_names(profile)


def test_litigation_paralegal_pair(vocab) -> None:
    posting, profile, matches = _pair("para_posting.txt", "para_resume.txt", vocab)
    found = skill_names(profile)
    assert {"legal discovery", "deposition preparation", "legal citation", "trial preparation"} <= found
    assert {"paralegal certificate", "Relativity", "legal research"} <= found
    context = {n for r in posting.requirements if r.tier == "context" for n in r.any_of}
    assert {"legal discovery", "legal citation", "trial preparation"} <= context
    assert matches["e-discovery"].matched and matches["legal research"].matched


def test_sous_chef_pair(vocab) -> None:
    posting, profile, matches = _pair("chef_posting.md", "chef_resume.md", vocab)
    assert matches["Toast POS"].matched and matches["MarketMan"].matched
    assert {"food cost control", "stock rotation", "charcuterie", "butchery"} <= skill_names(profile)
    context = {n for r in posting.requirements if r.tier == "context" for n in r.any_of}
    assert {"food cost control", "stock rotation"} <= context


def test_civil_engineer_pair(vocab) -> None:
    posting, profile, matches = _pair("ce_posting.txt", "ce_resume.txt", vocab)
    assert matches["Civil 3D"].matched and matches["EIT certification"].matched  # "Engineer Intern (EI)"
    pe = matches["PE license"]
    assert pe.requirement.tier == "preferred" and not pe.matched  # "PE exam scheduled April 2027"
    assert matches["water and sewer design"].matched
    found = skill_names(profile)
    assert {"stormwater management", "erosion and sediment control", "NPDES permitting", "hydrology"} <= found
    assert {"hydrologic modeling software", "construction administration", "ESRI ArcGIS"} <= found
    assert not found & {"Apex", "RockWare ArcMap", "PE license"}


def test_medical_assistant_pair(vocab) -> None:
    posting, profile, matches = _pair("ma_posting.txt", "ma_resume.txt", vocab)
    assert matches["medical assistant certification"].matched  # "Certified Medical Assistant (CMA), AAMA"
    assert matches["Spanish / Hmong"].matched  # "Hmong (conversational)"
    assert matches["phlebotomy"].matched and matches["BLS"].matched
    found = skill_names(profile)
    assert {"point-of-care testing", "medication administration", "cardiac monitoring"} <= found
    assert not found & {"account reconciliation", "leadership", "CMA"}


def test_it_support_pair(vocab) -> None:
    posting, profile, matches = _pair("hd_posting.txt", "hd_resume.txt", vocab)
    assert matches["CompTIA Network+ / CompTIA Security+"].matched and matches["PowerShell"].matched
    assert matches["core banking systems"].requirement.tier == "preferred"  # "Jack Henry or Fiserv core banking"
    found = skill_names(profile)
    assert {"Microsoft Configuration Manager", "Microsoft Exchange", "VoIP", "RMM tools", "SLA management"} <= found
    assert {"multi-factor authentication", "knowledge management", "ITIL"} <= found
    assert not found & {"compliance", "security", "Foundation"}


def test_uk_senior_care_assistant_pair(vocab) -> None:
    # the care qualifications, personal care, moving and handling and dementia care were unknown, "MAR audits"
    # were the accountant's and the Essex town of Braintree the payments gateway
    posting, profile, matches = _pair("uk_posting.txt", "uk_resume.txt", vocab)
    qualification = matches["Level 3 Diploma in Health and Social Care"]
    assert qualification.requirement.tier == "required" and qualification.matched  # "Currently completing Level 3"
    assert matches["moving and handling"].matched and matches["medication administration"].matched
    assert matches["Care Certificate"].matched and matches["DBS check"].matched
    found = skill_names(profile)
    assert {"personal care", "dementia care", "vital signs", "Level 2 Diploma in Health and Social Care"} <= found
    assert not found & {"auditing", "Braintree"}


# what the session's review found: new names hitting ordinary words and other trades' senses (posting lines)
@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        ("- Must be able to complete Form I-9 employment eligibility verification on day one", set(),
         {"I-9 compliance"}),
        ("- Must pass background check and E-Verify", set(), {"I-9 compliance"}),
        ("Run new-hire onboarding and I-9/E-Verify compliance", {"I-9 compliance"}, set()),
        ("- Must be up to date on required vaccinations, including annual flu vaccine", set(), {"immunizations"}),
        ("Outdoor work, weather permitting", set(), {"environmental permitting"}),
        ("Attend parent open houses and back-to-school nights", set(), {"real estate sales"}),
        ("Operate overhead cranes and hoists in the fabrication shop", set(), {"moving and handling"}),
        ("Brand manager for personal care products at Unilever", set(), {"personal care"}),
        ("- Provide personal care to 18 residents, including continence care", {"personal care"}, set()),
        ("Responsive site design in Figma and Webflow", {"Figma"}, {"site design"}),
        ("Site design and grading plans in Civil 3D", {"site design", "Civil 3D"}, set()),
        ("Managed document production and print services for the office", set(), {"legal discovery"}),
        ("Led deal execution for enterprise SaaS contracts", set(), {"mergers and acquisitions"}),
        ("Designed CIM models for the utility grid", set(), {"mergers and acquisitions"}),
        ("Open enrollment courses for adult learners", set(), {"compensation and benefits"}),
        ("Upgraded barcode scan tools in the warehouse", set(), {"automotive diagnostics"}),
        ("Customer query resolution within 24 hours", set(), {"electronic data capture"}),
        ("Boiler room sales experience at a brokerage", set(), {"boilers"}),
        ("Wire transfers and ACH payments for accounts payable", {"accounts payable"}, {"bank teller operations"}),
        ("Implemented single sourcing strategy to reduce supplier costs", set(), {"single-sourcing"}),
        ("Optimized engine performance for the rendering pipeline", set(), {"automotive diagnostics"}),
        ("Regulatory audits of loan files for compliance with CFPB rules", {"auditing"}, {"quality audits"}),
        ("Run clinical trial analytics on GCP (BigQuery)", {"GCP", "BigQuery"}, {"Good Clinical Practice"}),
        ("Drafted police station renovation drawings in CAD and Revit", {"CAD"}, {"computer-aided dispatch"}),
        ("Battery management system (BMS) control algorithms for EV packs", set(), {"building automation"}),
        ("Configured VRFs, route leaking and control plane policing (CoPP)", set(), {"VRF systems"}),
        ("Implemented VRF-lite for the data center and facility networks", set(), {"VRF systems"}),
        ("Content Security Policy (CSP) and incident response for web apps", set(),
         {"Certified Safety Professional"}),
        ("MFA in Creative Writing; managed student accounts", set(), {"multi-factor authentication"}),
        ("Private equity (PE) experience with engineering services portfolio companies", set(), {"PE license"}),
        ("CMA candidate; financial analyst for a hospital network", {"CMA"}, {"medical assistant certification"}),
        ("CMA required; 1 year of clinic experience", {"medical assistant certification"}, {"CMA"}),
        ("Clinical MA: CMA or RMA required", {"medical assistant certification"}, {"CMA"}),
        ("Skills: I-9, E-Verify, ADP Workforce Now, FMLA", {"I-9 compliance"}, set()),
        ("Ran E-Verify checks for new hires", {"I-9 compliance"}, set()),
        ("This company participates in E-Verify.", set(), {"I-9 compliance"}),
        ("Hosted open houses for prospective parents at the school", set(), {"real estate sales"}),
        ("Operated mobile hoists on the construction site", set(), {"moving and handling"}),
        ("Diagnostic scan tools for network vulnerability assessment", set(), {"automotive diagnostics"}),
        ("Improved engine performance of our Rust physics engine by 40%", set(), {"automotive diagnostics"}),
        ("Dispatched units via CAD; followed response plans", {"computer-aided dispatch"}, {"CAD"}),
        ("Ensured GCP compliance for the cloud-based eTMF", {"Good Clinical Practice"}, {"GCP"}),
        ("CSP or CIH preferred", {"Certified Safety Professional", "Certified Industrial Hygienist"}, set()),
        ("Strong EI and engineering leadership skills", set(), {"EIT certification"}),
        # a guard's lower-case key stands for any case and the plural ("Brakes", "Calipers", "VRFs")
        ("Replaced the Caliper and rotors on a sedan", set(), {"precision measuring instruments"}),
        ("MPLS, VRFs, BGP and OSPF", {"BGP"}, {"VRF systems"}),
        ("Process RMAs and warranty returns", set(), {"medical assistant certification"}),
        ("Brand manager for Personal Care products", set(), {"personal care"}),
    ],
)
def test_review_s13_the_other_senses_stay_theirs(line, found, not_found, vocab) -> None:
    got = names(line, vocab)
    assert found <= got
    assert not got & not_found


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        # a mechanical engineer's
        ("Proficiency in SolidWorks or Creo", {"SolidWorks", "PTC Creo Parametric"}, set()),
        ("Modeled brackets in Pro/E Wildfire", {"PTC Creo Parametric"}, set()),
        ("- Led DFMEA and PFMEA sessions", {"FMEA"}, set()),
        ("- Drove 8D corrective actions for warranty returns", {"8D problem solving"}, set()),
        ("Own ECNs through our PLM system (Windchill)", {"engineering change management", "Windchill"}, set()),
        ("ECN marking and DSCP for QoS", set(), {"engineering change management"}),
        ("Our eco-friendly ECO mode", set(), {"engineering change management"}),
        ("- Designed injection molded housings (PA66-GF30)", {"injection molding"}, set()),
        ("- Poured die casting molds for aluminium parts", {"metal casting"}, set()),
        ("- Worked with the casting director on auditions", set(), {"metal casting"}),
        ("- Fixed type casting bugs in the C++ parser", set(), {"metal casting"}),
        ("- Wafer foundry partners in Taiwan", set(), {"metal casting"}),
        # an HR generalist's
        ("- Recruit 150+ hourly production associates a year", {"talent acquisition"}, set()),
        ("Recruited and hired 40 warehouse associates", {"talent acquisition"}, set()),
        ("Recruited nurses for three hospitals", {"talent acquisition"}, set()),
        ("Recruited by Google in 2019 as a new graduate", set(), {"talent acquisition"}),
        ("Recruited to lead the turnaround of the plant", set(), {"talent acquisition"}),
        ("Recruited 200 patients for a phase II trial", set(), {"talent acquisition"}),
        ("- Run weekly new-hire orientation; audit I-9s and E-Verify cases", {"employee onboarding", "I-9 compliance"},
         {"auditing"}),
        ("- Coordinated open enrollment and answered benefits questions", {"compensation and benefits"}, set()),
        ("- HR partner for a 450-employee food processing plant", {"food processing"}, {"food engineering"}),
        # an HVAC technician's
        ("Diagnose and repair commercial HVAC/R equipment", {"HVAC"}, {"R"}),
        ("- PM on 200-ton Trane chillers and cooling towers", {"chillers", "cooling towers"}, set()),
        ("- Recover and recharge R-410A and R-22 systems", {"refrigerant handling"}, set()),
        ("- Sized duct systems using Manual J / Manual D load calcs", {"HVAC load calculations"}, set()),
        ("- Work on Johnson Controls Metasys and Tridium Niagara BAS front ends", {"building automation"},
         {"frontend development"}),
        ("Fieldpiece gauges, recovery machine, vacuum pump, brazing torch", {"brazing"}, {"PyTorch"}),
        ("Skills: PyTorch, Torch, TensorFlow", {"PyTorch"}, set()),
        ("- Service split systems and Mitsubishi VRF", {"VRF systems"}, set()),
        ("Daikin VRV heat pumps", {"VRF systems", "heat pumps"}, set()),
        # the same acronyms in other trades
        ("MPLS, VRFs, BGP and OSPF", {"BGP"}, {"VRF systems"}),
        ("SCADA RTUs and PLCs", {"SCADA"}, set()),
        ("Bachelor of Applied Science (BAS)", set(), {"building automation"}),
        ("BMS firmware for EV battery packs", set(), {"building automation"}),
        ("Catalogued the collection by Dewey (DDC)", set(), {"building automation"}),
        ("Knowledge of DDC controls and Niagara", {"building automation"}, set()),
        ("Columbus, OH | Full-time | $28-$38/hr + on-call pay", set(), {"incident response"}),
        # a warehouse's, a law firm's and a kitchen's
        ("Lean Six Sigma Yellow Belt", {"Six Sigma Yellow Belt"}, {"Lean"}),
        ("- Raised picker UPH by balancing labor by zone", {"labor planning"}, set()),
        ("Rolled out a labor management system (LMS)", {"labor planning"}, {"learning management systems"}),
        ("Administered the Canvas LMS", {"learning management systems"}, set()),
        ("Experience in labor management relations", set(), {"labor planning"}),
        ("- Prepare document productions, privilege logs and Bates-stamped exhibits", {"legal discovery"}, set()),
        ("- Cite-check briefs under the Bluebook; Shepardized citations", {"legal citation"}, set()),
        ("- Organized trial binders and exhibit lists for 6 jury trials", {"trial preparation"}, set()),
        ("- Summarized deposition transcripts", {"deposition preparation"}, set()),
        ("Product discovery and user research", {"product discovery"}, {"legal discovery"}),
        ("Drug discovery biology", set(), {"legal discovery"}),
        ("Kelley Blue Book values", set(), {"legal citation"}),
        ("Paralegal Studies Certificate (ABA-approved)", {"paralegal certificate"}, set()),
        ("- Cut food cost from 34% to 29%", {"food cost control"}, set()),
        ("- FIFO rotation, weekly inventory in MarketMan", {"stock rotation", "MarketMan"}, set()),
        ("Implemented a lock-free FIFO queue in C", set(), {"stock rotation"}),
        ("Toast the bread and plate the eggs", set(), {"Toast POS", "point of sale"}),
        # a civil engineer's
        ("EIT required; PE (or ability to obtain within 12 months) strongly preferred",
         {"EIT certification", "PE license"}, set()),
        ("PE teacher for grades 3-5", set(), {"PE license"}),
        ("Experience at a PE-backed SaaS company", set(), {"PE license"}),
        ("Engineer Intern (EI), North Carolina, 2021", {"EIT certification"}, set()),
        ("Software Engineer Intern at Google", set(), {"EIT certification"}),
        ("High EI and empathy", set(), {"EIT certification"}),
        ("Engineering Intern | Town of Apex Public Works | Summer 2020", set(), {"Apex"}),
        ("Wrote Apex classes and triggers", {"Apex"}, set()),
        ("Collected GIS data with ArcGIS Collector; updated ArcMap layers", {"ESRI ArcGIS"}, {"RockWare ArcMap"}),
        ("Proficient in AutoCAD Civil 3D", {"Civil 3D"}, set()),
        ("- Sized detention ponds; modeled runoff in HydroCAD", {"stormwater management",
                                                                 "hydrologic modeling software"}, set()),
        ("- Answered contractor RFIs and reviewed shop drawings", {"construction administration"}, set()),
        # a medical assistant's, and the same letters elsewhere
        ("Current CMA (AAMA) or RMA (AMT) certification", {"medical assistant certification"}, {"CMA"}),
        ("CMA or CPA preferred for this FP&A role", {"CMA", "CPA"}, {"medical assistant certification"}),
        ("Process RMAs and warranty returns", set(), {"medical assistant certification"}),
        ("Advised on Competition and Markets Authority (CMA) merger reviews", set(), {"CMA"}),
        ("* Run 12-lead EKGs and fingerstick A1c", {"cardiac monitoring", "point-of-care testing"}, {"leadership"}),
        ("* Vitals and med reconciliation in Epic", {"medication administration"}, {"account reconciliation"}),
        ("* Draw blood and give IM/subQ injections", {"phlebotomy", "medication administration"}, set()),
        ("Languages: English (native), Hmong (conversational)", {"English", "Hmong"}, set()),
        # an IT support specialist's
        ("Image and deploy workstations with SCCM / Intune (Autopilot)", {"Microsoft Configuration Manager",
                                                                          "Microsoft Intune"}, set()),
        ("- Manage AD accounts, security groups and MFA resets", {"Active Directory", "multi-factor authentication"},
         {"security"}),
        ("MFA in Creative Writing, Iowa Writers' Workshop", set(), {"multi-factor authentication"}),
        ("- Close 40+ tickets/week with 97% SLA compliance", {"SLA management"}, {"compliance"}),
        ("Certifications: ITIL 4 Foundation", {"ITIL"}, {"Foundation"}),
        ("Software Engineer at Fiserv", set(), {"core banking systems"}),
        # a bank teller's, a claims adjuster's, a store manager's, a dispatcher's and a peace officer's
        ("- Processed deposits, withdrawals, cashier's checks and wire transfers", {"bank teller operations"}, set()),
        ("- Balanced cash drawer and vault to the penny", {"cash handling"}, set()),
        ("- Licensed: NMLS #1928374; Series 6 and 63", {"NMLS license", "Series 6", "Series 63"}, set()),
        ("- Adjusted 120+ auto and property claims a month in Guidewire ClaimCenter", {"claims processing",
                                                                                      "Guidewire"}, set()),
        ("- Licensed all-lines adjuster in TX, FL and GA", {"adjuster license"}, set()),
        ("- Controlled shrink to 0.9% through loss prevention audits", {"loss prevention"}, {"auditing"}),
        ("- Built weekly schedules in Kronos", {"UKG"}, set()),
        ("- Responded to 911 calls and dispatched police, fire and EMS using CAD (Tyler New World)",
         {"emergency dispatch", "computer-aided dispatch"}, {"CAD"}),
        ("Design fire sprinkler layouts in CAD", {"CAD"}, {"computer-aided dispatch"}),
        ("- Certified in CPR, TCOLE Basic Peace Officer, Taser and OC spray", {"peace officer certification"}, set()),
        # a designer's, a social media manager's, a receptionist's, a realtor's and an event planner's
        ("- Built brand guidelines and logo systems for 12 clients", {"brand guidelines"}, set()),
        ("- Managed the DAM in Bynder", {"digital asset management"}, set()),
        ("Toured the Hoover Dam", set(), {"digital asset management"}),
        ("- Managed influencer partnerships and UGC campaigns", {"influencer marketing", "user-generated content"},
         {"UgCS"}),
        ("- Scheduled posts in Hootsuite and Sprout Social", {"Hootsuite", "social media management tools"}, set()),
        ("- Answered multi-line phones and greeted visitors at the front desk", {"front desk operations"}, set()),
        ("- Managed calendars, booked travel in Concur", {"calendar management", "travel arrangements"}, set()),
        ("- Listed properties on the MLS; ran open houses", {"real estate sales"}, set()),
        ("- Licensed real estate salesperson, State of New York", {"real estate license"}, set()),
        ("- Sourced venues, negotiated room blocks; used Cvent for registration", {"event planning", "Cvent"}, set()),
        ("- Certified Meeting Professional (CMP)", {"Certified Meeting Professional"}, set()),
        # a care assistant's
        ("NVQ/QCF Level 3 in Health and Social Care (or willingness to work towards)",
         {"Level 3 Diploma in Health and Social Care"}, set()),
        ("NVQ Level 3 in Electrical Installation", set(), {"Level 3 Diploma in Health and Social Care"}),
        ("- Administer medication on the eMAR; complete MAR audits", {"medication administration"}, {"auditing"}),
        ("- Use hoists, stand aids and slide sheets safely", {"moving and handling"}, set()),
        ("- Observations (NEWS2) on an elderly care ward", {"vital signs", "geriatric care"}, set()),
        ("Care Assistant (Nights), Brookfield House, Braintree — March 2022 to present", set(), {"Braintree"}),
        ("Payments: Stripe, Braintree", {"Stripe", "Braintree"}, set()),
        # a development officer's, a supply chain planner's, a project manager's and an office clerk's
        ("- Wrote and submitted 25 grant proposals to foundations", {"grant writing"}, set()),
        ("- Managed grant reporting for 12 awards (Uniform Guidance, 2 CFR 200)", {"grants management"}, set()),
        ("- Researched prospects in Foundation Directory Online", {"prospect research"}, {"Foundation"}),
        ("Responsive layouts with Bootstrap or Foundation, Sass", {"Bootstrap", "Foundation"}, set()),
        ("- Managed donor database in Raiser's Edge NXT", {"fundraising CRM"}, {"databases"}),
        ("- Planned annual fund appeals; grew major gifts 30%", {"fundraising"}, set()),
        ("- Forecast demand using SAP APO; maintained safety stock and reorder points",
         {"SAP APO", "inventory management"}, set()),
        ("- PMP certified; Certified ScrumMaster (CSM)", {"PMP", "Scrum Master certification"}, set()),
        ("- Wrote SOWs and tracked scope changes", {"scope management"}, set()),
        ("- Scanned, indexed and filed documents in Laserfiche", {"document management"}, set()),
        ("- Verified invoices against POs in Oracle EBS", {"accounts payable"}, set()),
        # an investment banker's, a management consultant's and an operations manager's
        ("- Built DCF valuations for 20+ sell-side M&A mandates", {"business valuation", "mergers and acquisitions"},
         set()),
        ("Sell-side analyst covering semiconductors", set(), {"mergers and acquisitions"}),
        ("- Comparable company analyses in FactSet and Capital IQ", {"business valuation", "FactSet",
                                                                    "S&P Capital IQ"}, set()),
        ("- Led due diligence workstreams; managed the data room (Intralinks)", {"due diligence",
                                                                                "virtual data rooms"},
         {"conscientiousness"}),
        ("We value diligence and integrity", {"conscientiousness"}, {"due diligence"}),
        ("- Structured hypotheses and issue trees", {"structured problem solving"}, set()),
        ("- Sized a $2B market with top-down and bottom-up models; built the business case", {"market sizing",
                                                                             "business case development"}, set()),
        ("- Delivered $45M in run-rate savings through zero-based budgeting", {"cost reduction"}, set()),
        ("- Owned OEE, scrap and on-time delivery", {"OEE"}, set()),
        ("- Implemented Kaizen events and value stream mapping", {"Lean"}, set()),
        ("- Root cause analysis with fishbone diagrams and 5 Whys; closed 50 CAPAs", {"troubleshooting", "CAPA"},
         set()),
        # a technical recruiter's
        ("- Sourced passive candidates with LinkedIn Recruiter and Boolean search strings",
         {"talent acquisition", "LinkedIn Recruiter"}, set()),
        ("- Used Lever, iCIMS and Workday Recruiting", {"applicant tracking systems", "Workday"}, set()),
        ("Pull the lever to start the press", set(), {"applicant tracking systems"}),
        ("Grew tomatoes in the greenhouse", set(), {"Greenhouse"}),
        ("- AIRS Certified Internet Recruiter (CIR); SHRM-CP", {"recruiting certification", "SHRM-CP"}, set()),
        # a clinical research coordinator's, a medical-device quality engineer's and an EHS manager's
        ("- Coordinated 6 Phase II/III oncology trials", {"clinical trials"}, set()),
        ("- ICH-GCP and CITI trained; CCRP certified (SoCRA)", {"Good Clinical Practice",
                                                                "clinical research certification"}, {"GCP"}),
        ("Experience with GCP in clinical trials", {"Good Clinical Practice", "clinical trials"}, {"GCP"}),
        ("Deployed services on GCP and AWS", {"GCP", "AWS"}, {"Good Clinical Practice"}),
        ("- Prepared IRB submissions and continuing reviews", {"IRB submissions"}, set()),
        ("- Entered CRF data in Medidata Rave; tracked visits in OnCore CTMS", {"electronic data capture", "CTMS"},
         set()),
        ("- Wrote IQ/OQ/PQ protocols and test method validations", {"process validation"}, set()),
        ("- Nonconformance reports (NCRs) under ISO 13485 and 21 CFR 820", {"nonconformance management", "ISO 13485",
                                                                            "FDA QSR"}, set()),
        ("- Gage R&R studies in Minitab", {"measurement systems analysis", "Minitab"}, set()),
        ("- Supported FDA and notified body audits; maintained the DHF and DMR", {"quality audits", "design controls"},
         {"auditing"}),
        ("- Conducted JHAs and incident investigations; reduced TRIR", {"job hazard analysis", "incident investigation",
                                                                        "workplace safety"}, set()),
        ("- SPCC plans and Tier II reporting; RCRA hazardous waste manifests", {"environmental compliance"}, set()),
        ("- CSP; 40-hour HAZWOPER", {"Certified Safety Professional", "HAZWOPER"}, set()),
        ("Set a strict CSP and HSTS headers", set(), {"Certified Safety Professional"}),
        ("Built with ASP and VBScript", {"ASP", "VBScript"}, set()),
        # what the trades' helper left to others' entries
        ("Maintain automated dispensing cabinets (Pyxis)", {"automated dispensing cabinets"}, set()),
        ("Insurance billing and collections", {"medical billing"}, {"invoicing"}),
        ("Flux core welding and stick welding", {"flux-cored arc welding", "stick welding"}, {"Flux"}),
        ("The flux core of the reactor was modeled in MCNP", set(), {"flux-cored arc welding"}),
        ("Pyxis Partners is a boutique consulting firm", set(), {"automated dispensing cabinets"}),
        ("Sterile compounding in the IV room", {"sterile IV preparation"}, set()),
    ],
)
def test_lines_of_s13_trades(line, found, not_found, vocab) -> None:
    got = names(line, vocab, resume=True)
    assert found <= got
    assert not got & not_found
