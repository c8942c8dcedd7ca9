"""AES-encrypted PDFs (pypdf[crypto]): an empty user password opens, a real one is asked for."""

from __future__ import annotations

import pytest
from pypdf import PdfReader, PdfWriter

from jobmatch.cli import app
from tests.conftest import RESUMES


@pytest.fixture(scope="module")
def aes_pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("aes")
    source = PdfReader(str(RESUMES / "strong_backend.pdf"))
    made = {}
    for name, user in (("open", ""), ("locked", "secret")):
        writer = PdfWriter(clone_from=source)
        writer.encrypt(user_password=user, owner_password="owner", algorithm="AES-256")
        path = folder / f"{name}.pdf"
        with open(path, "wb") as handle:
            writer.write(handle)
        made[name] = path
    return made


def test_aes_pdf_with_empty_user_password_opens(runner, aes_pdfs):
    result = runner.invoke(app, ["resume", str(aes_pdfs["open"]), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert "Kubernetes" in result.stdout


def test_aes_pdf_with_a_password_is_reported(runner, aes_pdfs):
    result = runner.invoke(app, ["resume", str(aes_pdfs["locked"])])
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {aes_pdfs['locked']}: PDF is encrypted and needs a password\n"
