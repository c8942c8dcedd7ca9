"""Research computing, genomics and business-analysis names (s14): lines from bioinformatics and
business-analyst postings, with the near misses that must not give them."""

import pytest

from jobmatch.extract import extract_skills


def _names(line, vocab):
    return {m.skill.name for m in extract_skills(line, vocab)}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Run RNA-seq and single-cell analyses (Seurat, Scanpy) on our high-performance computing clusters (SLURM)",
            {"RNA-seq", "Seurat", "Scanpy", "high-performance computing", "Slurm"},
        ),
        ("Experience with HPC environments and MPI", {"high-performance computing", "MPI"}),
        ("NGS library prep and variant calling with GATK", {"next-generation sequencing", "variant calling", "GATK"}),
        ("Strong experience analysing high-throughput sequencing data", {"next-generation sequencing"}),
        ("Build and maintain bioinformatics pipelines in Nextflow", {"bioinformatics", "Nextflow"}),
        ("BPMN process models; CBAP preferred", {"BPMN", "CBAP"}),
        ("Lead process mapping workshops", {"business process modelling"}),
    ],
)
def test_research_and_analysis_names(line, expected, vocab):
    assert expected <= _names(line, vocab)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        # "high-performance" is no performance optimization when it is the computing
        ("Scale jobs on high-performance computing clusters", {"performance optimization"}),
        # the Max Planck Institute and the painter are no MPI and no Seurat
        ("Visiting researcher at the MPI for Psychiatry in Munich", {"MPI", "high-performance computing"}),
        ("A print of a painting by seurat hangs in the lobby", {"Seurat"}),
    ],
)
def test_research_names_near_misses(line, absent, vocab):
    assert not absent & _names(line, vocab)


@pytest.mark.parametrize(
    ("line", "present", "absent"),
    [
        # a bare colour correction is the video editor's grade, a salon's beside a stylist's words
        ("Color correction and grading in DaVinci Resolve", "colour grading", "hair color techniques"),
        ("Balayage, color correction, toner and gloss", "hair color techniques", "colour grading"),
        ("Licensed cosmetologist: foils, color correction and cuts", "hair color techniques", "colour grading"),
        ("Color correction to client notes in Premiere", "colour grading", "hair color techniques"),
    ],
)
def test_colour_correction_by_its_neighbours(line, present, absent, vocab):
    names = _names(line, vocab)
    assert present in names
    assert absent not in names


@pytest.mark.parametrize(
    ("line", "present", "absent"),
    [
        # (review) a photo's colour correction is no video grade; a salon's by its toning and blonding
        ("Color correction and retouching of wedding photos", None, "colour grading"),
        ("Color correction of product photos in Lightroom", None, "colour grading"),
        ("Color correction of wedding videos and photos in Premiere", "colour grading", None),
        ("Performed color correction and toning for clients", "hair color techniques", "colour grading"),
        # HPC in a researcher's own words
        ("Managed HPC jobs on the university cluster", "high-performance computing", None),
        ("Administered a 200-node HPC cluster", "high-performance computing", None),
    ],
)
def test_review_senses(line, present, absent, vocab):
    names = _names(line, vocab)
    assert present is None or present in names
    assert absent is None or absent not in names


@pytest.mark.parametrize(
    ("line", "spark"),
    [
        # a data engineer's Spark by its pipelines, clusters and DataFrames (review: none was found)
        ("Partnered with data engineers to build Spark pipelines", True),
        ("Built Spark pipelines processing 2 TB a day", True),
        ("Managed Spark clusters on EMR", True),
        ("Spark DataFrames and UDFs", True),
        # a teacher's verb: a soft skill or a trait after a line's first word is its object
        ("Spark creativity in the classroom", False),
        ("- Spark curiosity and a love of learning", False),
        ("The new pipeline will spark growth", False),
    ],
)
def test_spark_by_its_own_words(line, spark, vocab):
    names = {m.skill.name for m in extract_skills(line, vocab, resume=True)}
    assert ("Apache Spark" in names) is spark


def test_a_protocols_communication_opening_a_line_is_the_protocol(vocab):
    names = {m.skill.name for m in extract_skills("CAN communication between ECUs", vocab, resume=True)}
    assert "CAN bus" in names
