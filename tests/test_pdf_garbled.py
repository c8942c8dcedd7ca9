"""A PDF whose fonts map their characters to no letters (a font without a usable character map)
is an error naming the file, not a resume of no skills scored 0%."""

from __future__ import annotations

import pytest

from jobmatch.cli import app
from jobmatch.errors import InputFileError
from jobmatch.loaders import load_document

LINES = [b"Daniel Okafor", b"Senior Backend Engineer", b"Built Python and Go services on Kubernetes",
         b"Ran PostgreSQL at scale for payments"]
# every printable character to a box-drawing character: what such a font's text comes out as
GARBLING_CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Garble def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfrange <20> <7E> <2500> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""


def _pdf(cmap: bytes | None) -> bytes:
    ops = b"BT /F1 12 Tf 72 720 Td 14 TL " + b" ".join(b"(" + line + b") Tj T*" for line in LINES) + b" ET"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + (b" /ToUnicode 6 0 R" if cmap else b"") + b" >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        font,
    ]
    if cmap:
        objects.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_a_garbled_pdf_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "garbled.pdf"
    path.write_bytes(_pdf(GARBLING_CMAP))
    with pytest.raises(InputFileError, match="no readable text"):
        load_document(str(path))


def test_the_same_pdf_with_its_letters_reads(tmp_path):
    path = tmp_path / "plain.pdf"
    path.write_bytes(_pdf(None))
    assert "Built Python and Go services on Kubernetes" in load_document(str(path)).text


def test_rank_goes_on_past_a_garbled_resume(runner, tmp_path):
    (tmp_path / "garbled.pdf").write_bytes(_pdf(GARBLING_CMAP))
    (tmp_path / "plain.pdf").write_bytes(_pdf(None))
    posting = tmp_path / "p.txt"
    posting.write_text("Backend Engineer\n\nRequirements\n- Python\n- Kubernetes\n", encoding="utf-8")
    result = runner.invoke(app, ["rank", str(posting), str(tmp_path / "garbled.pdf"), str(tmp_path / "plain.pdf"),
                                 "-f", "csv"])
    assert "garbled.pdf: no readable text" in result.stderr
    assert "plain.pdf" in result.stdout and result.exit_code != 0
