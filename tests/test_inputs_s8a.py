"""What a run reads and what it tells the user (QA s7 files audit #6, #7, #8, #10): a postings
directory's subdirectories are said, not silently skipped; a posting that reads as a resume is
warned of by match; the resume is left out of its own postings directory by file, not by name;
a real posting with comma lists is not refused as CSV; Windows-1251 Cyrillic is not mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.cli import app
from jobmatch.errors import InputFileError
from jobmatch.loaders import decode_text, load_document
from tests.conftest import POSTINGS, RESUMES

CV = RESUMES / "strong_backend.txt"
POST = POSTINGS / "backend_engineer.md"


def run(runner, *args, input=None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args], input=input)


# -- #7: a posting whose first line is a comma list is no CSV -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Python,Go,AWS\nSkills: Java, Spring, SQL, Kafka, Docker\nBackend Engineer, Berlin, remote\n",
        "Python,Go,AWS\nWe need Java, Spring, SQL, Kafka and Docker, and more.\n",
        "title,skills\nBackend Engineer, Python, Go, AWS\nSenior, remote, full time\n",
    ],
)
def test_a_posting_with_comma_lists_is_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "job.txt").write_text(text, encoding="utf-8")
    assert "Spring" in load_document(str(tmp_path / "job.txt")).text or "Python" in load_document(
        str(tmp_path / "job.txt")
    ).text


@pytest.mark.parametrize(
    "text",
    [
        'id,title,company,description\n1,Backend Engineer,Acme,"Python, Go and AWS.\nRemote."\n'
        '2,Data Engineer,Initech,"Spark, Kafka"\n3,SRE,Hooli,Kubernetes\n',
        "title,location,skills\nBackend Engineer,Berlin,Python;Go\nFrontend Engineer,Paris,React\n",
        'title,skills\r\nBackend Engineer,"Python,Go,AWS"\r\n',
    ],
)
def test_a_csv_export_is_still_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / "jobs.txt").write_bytes(text.encode("utf-8"))
    with pytest.raises(InputFileError) as caught:
        load_document(str(tmp_path / "jobs.txt"))
    assert caught.value.problem.startswith("not read: CSV data")


# -- #10: Windows-1251 Cyrillic ------------------------------------------------------------------------

RUSSIAN = "Разработчик Python\nТребования: опыт работы с Django и PostgreSQL от 3 лет.\nЁлка, Київ, «кавычки»\n"


def test_windows_1251_cyrillic_is_read_as_cyrillic(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_bytes(RUSSIAN.encode("cp1251"))
    doc = load_document(str(tmp_path / "ru.txt"))
    assert doc.text.splitlines()[0] == "Разработчик Python" and "Ёлка, Київ" in doc.text
    assert decode_text("x", "Ðàçðàáîò÷èê".encode("latin-1")) == "Разработчик"


@pytest.mark.parametrize(
    "text",
    [
        "Café Müller, résumé, “smart quotes” – an en dash\n",
        "Backend Engineer – München\nNaïve façade à la carte; Zürich, São Paulo, Malmö. Straße\n",
        "À bientôt! Où êtes-vous? Ça va.\n",
        "ÉTÉ 2024 — Développeur Senior (H/F)\n",
    ],
)
def test_western_windows_1252_stays_windows_1252(text: str) -> None:
    assert decode_text("x", text.encode("cp1252")) == text
