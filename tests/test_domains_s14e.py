"""Whole pairs (s14e): an iOS developer, an Android developer, a DBA, a project architect, a GIS analyst and a video
editor, each read end to end against a posting of the kind they would apply to (tests/data/pairs_s14e/). What the
reading found: HealthKit, MapKit, Core Location and AVFoundation were unknown; Android Jetpack ("Android
architecture components"), MockK and Robolectric unknown; Oracle RAC, Data Guard, RMAN, AWR, SQL Server Always On,
log shipping, backups and DR tests unknown, "ASM" beside RMAN the assembly language, "wait statistics" statistics
and "restore testing" software testing; an architect's licence, NCARB, schematic design, construction documents,
Rhino and Enscape unknown, "V-Ray" Ray (the Python framework), "Master of Architecture" software architecture and
"code reviews (IBC, ADA)" a pull request's; ArcPy, geoprocessing, spatial analysis, geodatabases, Survey123,
geocoding, LiDAR and GISP unknown; "Avid Media Composer" PHP's Composer and color correction unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_domains_s10 import names, requirements_of, scored_pair, skill_names

PAIRS = Path(__file__).parent / "data" / "pairs_s14e"


def _pair(posting: str, resume: str, vocab):
    return scored_pair(PAIRS, posting, resume, vocab)


def test_ios_developer_pair(vocab) -> None:
    posting, profile, matches = _pair("ios_posting.txt", "ios_resume.txt", vocab)
    assert matches["HealthKit"].requirement.tier == "preferred"  # "Experience with HealthKit or other Apple ..."
    assert not matches["HealthKit"].matched
    assert matches["SwiftUI"].matched and matches["UIKit"].matched and matches["Objective-C"].matched
    found = skill_names(profile)
    assert {"MapKit", "Core Location", "AVFoundation", "Combine", "Core Data", "XCTest"} <= found
    # "Integrated SWIFT/ACH transfer status screens": the bank network, no language of its own line
    swift_line = (PAIRS / "ios_resume.txt").read_text().splitlines().index(
        "• Integrated SWIFT/ACH transfer status screens with the payments team's API"
    ) + 1
    swift = next(s for s in profile.skills if s.skill.name == "Swift")
    assert swift_line not in {m.line for m in swift.mentions}
    # "ship features that combine clinical data", "Compose clear technical designs", "a room for growth"
    asked = {n for r in posting.requirements for n in r.any_of}
    assert not asked & {"Jetpack Compose", "Android Room"}
    assert [r.text for r in posting.requirements if "Combine" in r.any_of] == [
        "Own app architecture (MVVM) and reactive data flow with Combine"
    ]


def test_android_developer_pair(vocab) -> None:
    posting, profile, matches = _pair("android_posting.txt", "android_resume.md", vocab)
    # "Solid understanding of Android architecture components (ViewModel, LiveData, Navigation)"
    assert matches["Android Jetpack"].matched
    assert matches["unit testing / JUnit / MockK"].matched
    found = skill_names(profile)
    assert {"Android Jetpack", "MockK", "Robolectric", "WorkManager", "Kotlin Coroutines", "Gradle"} <= found
    # "Escape rooms, climbing, home espresso"; "combine route data"
    interests = {s.skill.name for s in profile.skills if any(m.line == 35 for m in s.mentions)}
    assert not interests
    assert "Combine" not in found


def test_dba_pair(vocab) -> None:
    posting, profile, matches = _pair("dba_posting.txt", "dba_resume.txt", vocab)
    # "Experience with high availability and disaster recovery (RAC, Data Guard, Always On, log shipping)"
    assert matches["high availability / Oracle RAC"].matched
    assert matches["disaster recovery / Oracle Data Guard / SQL Server Always On / log shipping"].matched
    assert matches["Azure Database Administrator Associate"].requirement.tier == "preferred"
    assert matches["Azure Database Administrator Associate"].matched
    found = skill_names(profile)
    assert {"Oracle RAC", "Oracle Data Guard", "Oracle RMAN", "Oracle AWR", "SQL Server Always On"} <= found
    assert {"backup and recovery", "disaster recovery testing", "failover clustering", "log shipping"} <= found
    assert {"query execution plans", "SWIFT payments", "Oracle Enterprise Manager"} <= found
    # "Oracle RAC, Data Guard, RMAN, ASM, AWR/ASH reports": Oracle's storage, no assembly; no Swift the language
    assert not found & {"Assembly", "Swift", "testing"}
    asked = {n for r in posting.requirements for n in r.any_of}
    assert not asked & {"statistics", "testing", "Swift"}  # "wait statistics", "restore testing", "SWIFT or core"


def test_architect_pair(vocab) -> None:
    posting, profile, matches = _pair("arch_posting.txt", "arch_resume.txt", vocab)
    assert matches["architect license"].requirement.tier == "required" and matches["architect license"].matched
    assert matches["NCARB Certificate"].matched and matches["LEED / WELL AP"].matched
    assert matches["McNeel Rhinoceros 3D"].matched and matches["Enscape"].matched
    context = requirements_of(posting, "context")
    assert {("schematic design",), ("construction documents",)} <= context
    asked = {n for r in posting.requirements for n in r.any_of}
    assert not asked & {"blueprint reading", "code review"}  # "from schematic design", "code reviews (IBC, ADA)"
    found = skill_names(profile)
    assert {"schematic design", "construction documents", "V-Ray", "architect license"} <= found
    assert "Ray" not in found  # "renderings (Enscape, V-Ray)"
    # "Master of Architecture (M.Arch), University of Oregon", "B.A. Architecture, University of Washington"
    architecture = [s for s in profile.skills if s.skill.name == "software architecture"]
    lines = (PAIRS / "arch_resume.txt").read_text().splitlines()
    degree_lines = {lines.index(t) + 1 for t in lines if t.startswith(("Master of Architecture", "B.A. Architecture"))}
    assert len(degree_lines) == 2
    assert not [m for s in architecture for m in s.mentions if m.line in degree_lines]


def test_gis_analyst_pair(vocab) -> None:
    posting, profile, matches = _pair("gis_posting.txt", "gis_resume.txt", vocab)
    assert matches["geodatabases"].requirement.tier == "required" and matches["geodatabases"].matched
    assert matches["GISP"].matched and matches["LiDAR"].matched
    context = {n for r in posting.requirements if r.tier == "context" for n in r.any_of}
    assert {"geoprocessing", "spatial analysis", "ArcPy", "Survey123", "geocoding"} <= context
    found = skill_names(profile)
    assert {"ArcPy", "geoprocessing", "spatial analysis", "geocoding", "QGIS", "GISP"} <= found
    # "resolve data conflicts, compose clear maps"
    assert not {n for r in posting.requirements for n in r.any_of} & {"DaVinci Resolve", "Jetpack Compose"}


def test_video_editor_pair(vocab) -> None:
    posting, profile, matches = _pair("video_posting.txt", "video_resume.txt", vocab)
    assert matches["Avid Media Composer"].requirement.tier == "preferred" and matches["Avid Media Composer"].matched
    assert matches["colour grading"].matched and matches["DaVinci Resolve"].matched
    found = skill_names(profile)
    assert {"Avid Media Composer", "Frame.io", "colour grading", "audio mixing", "sound design"} <= found
    assert "Composer" not in found  # PHP's package manager
    # "resolve notes quickly", "Combine footage, music and graphics"
    asked = {n for r in posting.requirements for n in r.any_of}
    assert not asked & {"Composer", "Combine"}
    assert {("audio mixing",), ("colour grading",)} <= requirements_of(posting, "context")


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        # iOS and the bank network
        ("Swift, SwiftUI and Combine for iOS", {"Swift", "SwiftUI", "Combine"}, set()),
        ("Processed SWIFT payments and wires for international clients", {"SWIFT payments"}, {"Swift"}),
        ("Frameworks: MapKit, Core Location, AVFoundation, HealthKit", {"MapKit", "Core Location", "HealthKit"}, set()),
        ("The core location of our stores is downtown", set(), {"Core Location"}),
        ("Combine ingredients and mix well", set(), {"Combine"}),
        ("Compose emails to clients and the room schedule", set(), {"Jetpack Compose", "Android Room"}),
        # Android
        ("Android Jetpack (ViewModel, LiveData, Navigation), MockK, Robolectric",
         {"Android Jetpack", "MockK", "Robolectric"}, set()),
        ("Built a companion app for Wear OS", {"Wear OS"}, set()),
        # DBA
        ("Two-node Oracle RAC clusters with ASM storage", {"Oracle RAC"}, {"Assembly"}),
        ("Wrote ASM routines for the bootloader on ARM Cortex-M4", {"Assembly"}, set()),
        ("RAC audits and denials management for Medicare claims", set(), {"Oracle RAC"}),
        ("Always On availability groups for SQL Server 2019", {"SQL Server Always On"}, set()),
        ("Our support team is always on call; Always On customer care", set(), {"SQL Server Always On"}),
        ("DR testing quarterly; restore testing", {"disaster recovery testing", "backup and recovery"}, {"testing"}),
        ("Performance tuning: execution plans, wait statistics", {"query execution plans"}, {"statistics"}),
        # architect
        ("Master of Architecture, University of Oregon", set(), {"software architecture"}),
        ("Designed the app's architecture around MVVM", {"software architecture"}, set()),
        ("Enterprise architecture and solution design for cloud platforms", {"enterprise architecture"}, set()),
        ("Conduct code reviews (IBC, ADA) and lead permit submittals", set(), {"code review"}),
        ("Conduct code reviews and pull request reviews in GitHub", {"code review"}, set()),
        ("Rhino, SketchUp, Enscape and V-Ray", {"McNeel Rhinoceros 3D", "Enscape", "V-Ray"}, {"Ray"}),
        ("Save the rhino campaign volunteer", set(), {"McNeel Rhinoceros 3D"}),
        ("Licensed architect; NCARB certification", {"architect license", "NCARB Certificate"}, set()),
        ("Ability to read construction drawings on site", set(), {"construction documents"}),
        # GIS
        ("Python (ArcPy), geoprocessing and spatial analysis", {"ArcPy", "geoprocessing", "spatial analysis"}, set()),
        ("Geocode addresses and maintain the enterprise geodatabase", {"geocoding", "geodatabases"}, set()),
        # video
        ("Edit in Premiere Pro or DaVinci Resolve", {"Adobe Premiere Pro", "DaVinci Resolve"}, set()),
        ("Resolve customer complaints quickly", set(), {"DaVinci Resolve"}),
        ("Scrubbed 200+ DaVinci Xi robotic prostatectomy cases", set(), {"DaVinci Resolve"}),
        ("Balayage, color correction, toner and gloss services", set(), {"colour grading"}),
        ("Color grade and color correct footage in Resolve", {"colour grading"}, set()),
        ("Avid Media Composer and Frame.io", {"Avid Media Composer", "Frame.io"}, {"Composer"}),
        ("Dependency management with Composer and Packagist", {"Composer"}, {"Avid Media Composer"}),
        # network and firmware near misses
        ("Juniper Smith, HR Director", set(), {"Juniper"}),
        ("Configured Juniper SRX firewalls and BGP peering", {"Juniper", "BGP"}, set()),
        ("SPI flash, I2C sensors and UART debug console on STM32", {"SPI", "I2C", "UART"}, set()),
    ],
)
def test_s14e_lines(line: str, found: set[str], not_found: set[str], vocab) -> None:
    got = names(line, vocab) | names(line, vocab, resume=True)
    assert found <= got, (line, got)
    assert not got & not_found, (line, got)
