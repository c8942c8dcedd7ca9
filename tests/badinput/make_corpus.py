"""Generate the bad-input corpus: every kind of file people download from anywhere and hand to
jobmatch, made fresh (no hand-edited binaries) from the committed fixtures with pypdf, zipfile
and plain bytes. ``tests/test_robustness.py`` builds it once per session and states the exact
outcome of each case; run it by hand to look at the files::

    python tests/badinput/make_corpus.py /tmp/corpus

Big cases stay cheap: the 60 MB text file is sparse (a line of text, then a hole), the bombs are
a few hundred kilobytes that would expand to hundreds of megabytes, the 500-page PDF shares one
content stream between its pages.
"""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESUMES = ROOT / "fixtures" / "resumes"
POSTINGS = ROOT / "fixtures" / "postings"
PDF = RESUMES / "strong_backend.pdf"  # a real resume, rendered by Typst
DOCX = RESUMES / "renderings" / "strong_backend.docx"
MB = 1024 * 1024

# A short resume in words every encoding case can hold; its skills are what the tests look for.
RESUME_TEXT = (
    "Renée Müller - Développeuse backend\n"
    "Compétences: Python, Django, PostgreSQL, Kubernetes\n"
    "Expérience: API REST à Zürich, déploiements Docker\n"
)
POSTING_WITHOUT_SKILLS = (
    "Friendly Person Wanted\n"
    "\n"
    "We are looking for someone nice to join us.\n"
    "You will be kind and you will be happy here.\n"
)
# Rich markup in a path, which must print as written. A "/" cannot be in a file name, so this
# is the file "red].txt" in the directory "[red]x[".
MARKUP_NAME = "[red]x[/red].txt"
LATIN1_NAME = "caf\udce9.txt"  # the bytes b"caf\xe9.txt": a Latin-1 name, not valid UTF-8


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- PDFs made with pypdf -----------------------------------------------------------------------
def _text_pdf(lines: list[str], pages: int = 1) -> bytes:
    """A PDF whose pages all show ``lines`` in Helvetica, sharing one content stream."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    body = ["BT /F1 11 Tf 72 740 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        body.append(f"({escaped}) Tj T*")
    body.append("ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(body).encode("latin-1"))
    contents = writer._add_object(stream)
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Contents")] = contents
        page[NameObject("/Resources")] = resources
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _flate_pdf(compressed: bytes, filters: int = 1) -> bytes:
    """A one-page PDF whose content stream is ``compressed`` (Flate-encoded ``filters`` times)."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, NameObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = StreamObject()
    stream._data = compressed
    flate = NameObject("/FlateDecode")
    stream[NameObject("/Filter")] = flate if filters == 1 else ArrayObject([flate] * filters)
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _deflate_repeated(chunk: bytes, total: int) -> bytes:
    """``chunk`` repeated to ``total`` bytes, Flate-compressed without holding it in memory."""
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(chunk) for _ in range(total // len(chunk))]
    parts.append(compressor.flush())
    return b"".join(parts)


def bomb_pdf(path: Path) -> Path:
    """100 KB of Flate that decodes to 100 MB of content."""
    return _write(path, _flate_pdf(_deflate_repeated(b" " * MB, 100 * MB)))


def nested_bomb_pdf(path: Path) -> Path:
    """Flate inside Flate (``/Filter [/FlateDecode /FlateDecode]``): about a kilobyte that
    decodes to 100 KB, which decodes to 100 MB."""
    return _write(path, _flate_pdf(zlib.compress(_deflate_repeated(b" " * MB, 100 * MB), 9), filters=2))


def form_bomb_pdf(path: Path) -> Path:
    """A 100 KB form XObject (vector strokes) drawn 200 times on a page: 20 MB for text
    extraction to parse, from a file of a few kilobytes."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    form = StreamObject()
    form._data = zlib.compress(b"0 0 m 10 10 l S\n" * (100 * 1024 // 16), 9)
    form[NameObject("/Filter")] = NameObject("/FlateDecode")
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([NumberObject(0), NumberObject(0), NumberObject(612), NumberObject(792)])
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Fm0"): writer._add_object(form)})}
    )
    contents = StreamObject()
    contents._data = zlib.compress(b"q /Fm0 Do Q\n" * 200, 9)
    contents[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(contents)
    out = io.BytesIO()
    writer.write(out)
    return _write(path, out.getvalue())


def encrypted_pdf(path: Path, user_password: str, owner_password: str | None) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(PDF)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="RC4-128")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def image_only_pdf(path: Path) -> Path:
    """A page that only draws an image, as a scanner makes."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = DecodedStreamObject()
    stream.set_data(b"q 300 0 0 400 150 200 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q")
    page.replace_contents(stream)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


# -- DOCX ---------------------------------------------------------------------------------------
def docx_bomb(path: Path) -> Path:
    """The fixture DOCX plus a 200 KB member that unzips to 200 MB."""
    with zipfile.ZipFile(DOCX) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            target.writestr(info, data)
        with target.open("word/media/padding.bin", "w", force_zip64=True) as member:
            block = b"\x00" * MB
            for _ in range(200):
                member.write(block)
    return path


# -- the corpus ---------------------------------------------------------------------------------
def _sparse(path: Path, head: bytes, size: int) -> Path:
    """``head``, then a hole up to ``size`` bytes: a huge file made in no time, on no disk."""
    with open(path, "wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path


def _symlink(path: Path, target: str) -> Path:
    os.symlink(target, path)
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


def _nested(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return _write(path, data)


Builder = Callable[[Path], Path]

CASES: dict[str, Builder] = {
    # empty and blank
    "empty.txt": lambda p: _write(p, b""),
    "empty.pdf": lambda p: _write(p, b""),
    "whitespace.txt": lambda p: _write(p, " \t\r\n\n\u00a0\u200b \r\n\t".encode()),
    # damaged and locked PDFs
    "truncated.pdf": lambda p: _write(p, PDF.read_bytes()[: PDF.stat().st_size // 2]),
    "corrupt.pdf": lambda p: _write(p, b"%PDF-1.7\n" + random.Random(8).randbytes(16 * 1024)),
    "encrypted.pdf": lambda p: encrypted_pdf(p, "secret", None),
    "encrypted_empty_password.pdf": lambda p: encrypted_pdf(p, "", "owner-secret"),
    "image_only.pdf": image_only_pdf,
    # not what the name says
    "html.pdf": lambda p: _write(p, b"<!DOCTYPE html>\n<html><body><h1>Resume</h1><p>Python</p></body></html>\n"),
    "docx.pdf": lambda p: _write(p, DOCX.read_bytes()),
    "docx_named.txt": lambda p: _write(p, DOCX.read_bytes()),
    "pdf_named.txt": lambda p: _write(p, PDF.read_bytes()),
    # bytes that are not text
    "random.txt": lambda p: _write(p, random.Random(8).randbytes(64 * 1024)),
    "nul.txt": lambda p: _write(p, b"\x00" * 4096),
    # encodings and line ends
    "latin1.txt": lambda p: _write(p, RESUME_TEXT.encode("latin-1")),
    "utf16_bom.txt": lambda p: _write(p, RESUME_TEXT.encode("utf-16")),
    "utf16_no_bom.txt": lambda p: _write(p, RESUME_TEXT.encode("utf-16-le")),
    "utf8_bom.txt": lambda p: _write(p, b"\xef\xbb\xbf" + RESUME_TEXT.encode()),
    "crlf.txt": lambda p: _write(p, RESUME_TEXT.replace("\n", "\r\n").encode()),
    "cr.txt": lambda p: _write(p, RESUME_TEXT.replace("\n", "\r").encode()),
    "ansi.txt": lambda p: _write(p, b"\x1b[31mPython\x1b[0m and \x1b]0;owned\x07Kubernetes\n"),
    # too big, or made to expand
    "huge.txt": lambda p: _sparse(p, RESUME_TEXT.encode(), 60 * MB),
    "pages500.pdf": lambda p: _write(p, _text_pdf(["Python developer", "Kubernetes, PostgreSQL"], pages=500)),
    "bomb.pdf": bomb_pdf,
    "nested_bomb.pdf": nested_bomb_pdf,
    "form_bomb.pdf": form_bomb_pdf,
    "bomb.docx": docx_bomb,
    # not files
    "directory.pdf": _directory,
    "directory.txt": _directory,
    "loop.txt": lambda p: _symlink(p, p.name),
    "dangling.txt": lambda p: _symlink(p, "nowhere.txt"),
    # names
    MARKUP_NAME: lambda p: _nested(p, (POSTINGS / "backend_engineer.md").read_bytes()),
    LATIN1_NAME: lambda p: _write(p, RESUME_TEXT.encode()),
    # content without anything to find
    "no_skills.txt": lambda p: _write(p, POSTING_WITHOUT_SKILLS.encode()),
}


def build(directory: Path) -> dict[str, Path]:
    """Write every case into ``directory`` (which must exist); name -> path."""
    return {name: make(directory / name) for name, make in CASES.items()}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make_corpus.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for name, path in build(out).items():
        print(f"{name!a:40} {path.lstat().st_size:>12} bytes")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
