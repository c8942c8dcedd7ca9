"""What a file is, by its content (QA s7 files audit): HTML fragments in .md/.txt, structured
data (JSON, CSV, XML) given as a document, scans with a line of text, directories' subfolders,
and the messages for damaged or mislabelled files."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.api import read_posting
from jobmatch.cli import app
from jobmatch.errors import InputFileError
from jobmatch.loaders import load_document
from jobmatch.vocabulary import Vocabulary
from tests.conftest import POSTINGS, RESUMES

CV = RESUMES / "strong_backend.txt"

FRAGMENT = """<p><strong>Backend Engineer</strong></p>
<p>About us: we build payments software.</p>
<p><strong>Requirements</strong></p>
<ul>
<li>5+ years of Python</li>
<li>Kubernetes</li>
</ul>
<p><strong>Nice to have</strong></p>
<ul>
<li>Kafka</li>
<li>Terraform</li>
</ul>
"""


def run(runner, *args, input=None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args], input=input)


def _tiers(path: Path) -> dict[str, str]:
    posting = read_posting(str(path), Vocabulary.load())
    assert not isinstance(posting, Exception) and hasattr(posting, "requirements")
    return {name.lower(): r.tier.value for r in posting.requirements for name in r.any_of}  # type: ignore[union-attr]


# -- #3: a .md/.txt made of HTML blocks is HTML --------------------------------------------------


@pytest.mark.parametrize("name", ["job.md", "job.txt"])
def test_an_html_fragment_named_md_or_txt_is_read_as_html(tmp_path: Path, name: str) -> None:
    """An ATS API's or an e-mail's body (no <html>, only <p>/<ul>/<li> blocks) saved as .md or .txt
    reads as the .html reader reads it: the title without tags, each list's tier right."""
    (tmp_path / name).write_text(FRAGMENT, encoding="utf-8")
    (tmp_path / "job.html").write_text(FRAGMENT, encoding="utf-8")
    doc = load_document(str(tmp_path / name))
    assert "<" not in doc.text and doc.text.splitlines()[0].lstrip("# ") == "Backend Engineer"
    tiers = _tiers(tmp_path / name)
    assert tiers == _tiers(tmp_path / "job.html")
    assert tiers.get("kubernetes") == "required" and tiers.get("kafka") == "preferred"


def test_one_line_html_body_is_html(tmp_path: Path) -> None:
    (tmp_path / "job.txt").write_text(FRAGMENT.replace("\n", ""), encoding="utf-8")
    assert "<" not in load_document(str(tmp_path / "job.txt")).text


def test_markdown_with_inline_tags_stays_markdown(tmp_path: Path) -> None:
    """A line break written <br>, a word in <b>, one HTML block (a centred logo) among Markdown:
    the file is Markdown, its lines as written."""
    text = (
        '<p align="center"><img src="logo.png"></p>\n\n# Backend Engineer\n\n## Requirements\n'
        "- 5+ years of Python<br>\n- <b>Kubernetes</b> in production\n- Postgres and Redis at scale\n\n"
        "## Nice to have\n- Kafka\n- Terraform, written as code by the whole team\n"
    )
    (tmp_path / "job.md").write_text(text, encoding="utf-8")
    doc = load_document(str(tmp_path / "job.md"))
    assert doc.kind == "markdown" and "- 5+ years of Python<br>" in doc.text
    assert "## Requirements" in doc.text


def test_markdown_under_a_long_html_header_stays_markdown(tmp_path: Path) -> None:
    """A GitHub-style header (a centred logo, an <h1>, a long <p> introduction) over Markdown's own
    headings and lists: Markdown, whatever share of the text the HTML holds."""
    intro = "We build the payments platform used by thousands of merchants across Europe. " * 6
    text = (
        f'<p align="center"><img src="logo.png"></p>\n<h1>Backend Engineer</h1>\n<p>{intro}</p>\n\n'
        "## Requirements\n- 5+ years of Python\n- Kubernetes\n\n## Nice to have\n- Kafka\n"
    )
    (tmp_path / "job.md").write_text(text, encoding="utf-8")
    doc = load_document(str(tmp_path / "job.md"))
    assert doc.kind == "markdown" and "## Requirements" in doc.text


def test_an_e_mail_address_in_angle_brackets_is_no_tag(tmp_path: Path) -> None:
    (tmp_path / "cv.txt").write_text("Jane Doe\n<jane@example.com>\n<https://jane.dev>\nPython\n", encoding="utf-8")
    assert "<jane@example.com>" in load_document(str(tmp_path / "cv.txt")).text


# -- #7: JSON, CSV and XML given as a document ---------------------------------------------------

STRUCTURED = {
    "post.json": ('{"title":"Backend Engineer","requirements":["Python","Kubernetes","AWS"]}', "JSON"),
    "json.txt": ('[{"title":"Backend Engineer"}]\n', "JSON"),
    "csv.txt": ('title,skills\nBackend Engineer,"Python,Go,AWS"\n', "CSV"),
    "csv2.md": ("title,skills\nBackend Engineer,Python,Go,AWS\n", "CSV"),
    "post.xml": ('<?xml version="1.0"?><job><title>Backend</title><req>Python</req></job>', "XML"),
}


@pytest.mark.parametrize("name", sorted(STRUCTURED))
def test_structured_data_is_refused_in_one_line(tmp_path: Path, name: str) -> None:
    text, kind = STRUCTURED[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        load_document(str(tmp_path / name))
    assert caught.value.problem.startswith(f"not read: {kind} data (give the posting's")


def test_structured_data_is_an_error_row_not_a_confident_score(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name, (text, _) in STRUCTURED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run(runner, "match", CV, *(tmp_path / n for n in sorted(STRUCTURED)), "-f", "csv")
    assert result.exit_code == 3
    assert result.stderr.count("not read:") == len(STRUCTURED)


@pytest.mark.parametrize(
    "text",
    [
        "Backend Engineer, Acme\nPython, Go, AWS\n",  # commas in prose
        "{Backend} Engineer\nPython and Go\n",  # a brace, not JSON
        "[Remote] Backend Engineer\n- Python\n",
        "Python,Go\nWe use Python daily.\n",  # a first line of skills, then prose
        '<?xml version="1.0"?><!DOCTYPE html><html><body><p>Backend Engineer</p><p>Python</p></body></html>',
    ],
)
def test_text_that_only_resembles_data_is_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "job.txt").write_text(text, encoding="utf-8")
    assert "Python" in load_document(str(tmp_path / "job.txt")).text  # read, not refused as data


def test_a_real_posting_is_not_data() -> None:
    for path in [*POSTINGS.glob("*.md"), *RESUMES.glob("*.txt")]:
        load_document(str(path))


# -- #2: a page that is mostly an image with a few words of text is a scan ------------------------


def _pdf(tmp_path: Path, name: str, lines: list[str], image: tuple[int, int, int, int] | None, xobject: bool) -> Path:
    """A one-page PDF: ``lines`` of Helvetica text and an image placed at (x, y, width, height),
    drawn as an image XObject or inline."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject(
        {NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
         NameObject("/BaseFont"): NameObject("/Helvetica")}
    )
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    body = []
    if image is not None:
        x, y, w, h = image
        if xobject:
            picture = DecodedStreamObject()
            picture.set_data(b"\x00\xff\xff\x00")
            picture.update(
                {NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                 NameObject("/Width"): NumberObject(2), NameObject("/Height"): NumberObject(2),
                 NameObject("/ColorSpace"): NameObject("/DeviceGray"), NameObject("/BitsPerComponent"): NumberObject(8)}
            )
            resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Im1"): writer._add_object(picture)})
            body.append(f"q {w} 0 0 {h} {x} {y} cm /Im1 Do Q")
        else:
            body.append(f"q {w} 0 0 {h} {x} {y} cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q")
    body.append("BT /F1 9 Tf 40 770 Td 11 TL")
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        body.append(f"({escaped}) Tj T*")
    body.append("ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(body).encode("latin-1", errors="replace"))
    page[NameObject("/Resources")] = resources
    page.replace_contents(stream)
    out = tmp_path / name
    with open(out, "wb") as handle:
        writer.write(handle)
    return out


HEADER = ["DANIEL OKAFOR  Senior Backend Engineer  daniel@example.com"]
RESUME_LINES = [line for line in CV.read_text(encoding="utf-8").splitlines() if line.strip()][:60]


@pytest.mark.parametrize("xobject", [True, False])
def test_a_scan_with_a_stamped_header_is_a_scan(runner, tmp_path: Path, xobject: bool) -> None:  # type: ignore[no-untyped-def]
    """A page image covering the page with one line of text on top (a scanner app's header) is
    an error saying so, not a resume of no skills scored 0.8%."""
    scan = _pdf(tmp_path, "scan.pdf", HEADER, (0, 0, 612, 792), xobject)
    result = run(runner, "match", scan, POSTINGS / "backend_engineer.md")
    assert result.exit_code == 3
    problem = "mostly images: scanned PDF? run OCR first (only a few words are text)"
    assert result.stderr == f"jobmatch: error: {scan}: {problem}\n"


@pytest.mark.parametrize("image", [(480, 650, 100, 120), (0, 0, 612, 792)])
def test_a_resume_with_a_photo_or_a_background_is_read(tmp_path: Path, image: tuple[int, int, int, int]) -> None:
    """A photo in a corner, or a designed background under a page of text: the resume is read."""
    pdf = _pdf(tmp_path, "cv.pdf", RESUME_LINES, image, True)
    assert "OKAFOR" in load_document(str(pdf)).text


def test_a_short_text_page_with_a_small_logo_is_read(tmp_path: Path) -> None:
    """A posting of a few lines with its company's logo is no scan: the image covers little."""
    pdf = _pdf(tmp_path, "job.pdf", ["Backend Engineer", "Requirements: Python, Go"], (500, 700, 80, 60), False)
    assert "Python" in load_document(str(pdf)).text


# -- #10: a blank PDF page is an empty document -----------------------------------------------------


def test_a_blank_pdf_without_images_is_an_empty_document(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, "blank.pdf", [], None, False)
    with pytest.raises(InputFileError) as caught:
        load_document(str(pdf))
    assert caught.value.problem == "no text found (empty document)"
    scan = _pdf(tmp_path, "scan.pdf", [], (0, 0, 612, 792), True)
    with pytest.raises(InputFileError) as caught:
        load_document(str(scan))
    assert caught.value.problem == "no text found: scanned PDF? run OCR first"


# -- #6: a directory's subdirectories -------------------------------------------------------------

READ_NAMES = "txt/md/markdown/pdf/docx/text/rst/mdown/mkd/markdn/html/htm/xhtml"


def test_a_folder_of_year_folders_says_where_the_postings_are(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """jobs/2024/a.md and jobs/2025/b.md only: the message names every suffix a directory's files
    are read by, the subdirectories holding postings, and the glob that reads them (which works)."""
    jobs = tmp_path / "jobs"
    for year in ("2024", "2025"):
        (jobs / year).mkdir(parents=True)
        (jobs / year / "a.md").write_text((POSTINGS / "backend_engineer.md").read_text(encoding="utf-8"))
    (jobs / ".old").mkdir()
    (jobs / ".old" / "x.md").write_text("Python\n")
    (jobs / "empty").mkdir()
    result = run(runner, "match", CV, jobs)
    assert result.exit_code == 3
    assert result.stderr == (
        f"jobmatch: error: {jobs}: directory has no {READ_NAMES} files (its subdirectories 2024, 2025 hold some, "
        f"not read: name them, or use '{jobs}/*')\n"
    )
    (jobs / "empty").rmdir()  # (named through the glob, an empty folder is an error of its own)
    result = run(runner, "match", CV, f"{jobs}/*", "-f", "csv")
    assert result.exit_code == 0 and result.stdout.count("Backend Engineer") == 2


def test_an_empty_directory_names_every_suffix_read(tmp_path: Path) -> None:
    from jobmatch.loaders import RESUME_SUFFIXES, iter_documents

    (tmp_path / "sub").mkdir()
    (tmp_path / "notes.json").write_text("{}")
    [error] = list(iter_documents([str(tmp_path)]))
    assert isinstance(error, InputFileError) and error.problem == f"directory has no {READ_NAMES} files"
    [error] = list(iter_documents([str(tmp_path)], RESUME_SUFFIXES))
    assert isinstance(error, InputFileError)
    assert error.problem == "directory has no pdf/docx/txt/md/markdown/text/rst/mdown/mkd/markdn/html/htm/xhtml files"


# -- #10: what a damaged or mislabelled file is ------------------------------------------------------


def test_a_pdf_missing_its_header_is_a_damaged_pdf(tmp_path: Path) -> None:
    data = (RESUMES / "strong_backend.pdf").read_bytes()
    (tmp_path / "cv.pdf").write_bytes(data[20:])
    with pytest.raises(InputFileError) as caught:
        load_document(str(tmp_path / "cv.pdf"))
    assert caught.value.problem == "corrupt or unreadable PDF (no %PDF header)"
    (tmp_path / "text.pdf").write_text("Backend Engineer\nPython\n")
    with pytest.raises(InputFileError) as caught:
        load_document(str(tmp_path / "text.pdf"))
    assert caught.value.problem == "not a PDF file (content looks like plain text)"


@pytest.mark.parametrize(("mimetype", "suffix"), [("text", ".odt"), ("spreadsheet", ".ods")])
def test_an_opendocument_renamed_docx_says_what_it_is(tmp_path: Path, mimetype: str, suffix: str) -> None:
    import zipfile

    with zipfile.ZipFile(tmp_path / "cv.docx", "w") as archive:
        archive.writestr("mimetype", f"application/vnd.oasis.opendocument.{mimetype}")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(InputFileError) as caught:
        load_document(str(tmp_path / "cv.docx"))
    assert caught.value.problem == f"not a DOCX file (an OpenDocument {suffix}: save it as .docx or PDF)"


def test_a_device_of_binary_data_is_binary_data_not_too_large(tmp_path: Path) -> None:
    """/dev/zero (or a pipe of binary data) is refused from its first block, as binary data."""
    import os

    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    with pytest.raises(InputFileError) as caught:
        load_document("/dev/zero")
    assert caught.value.problem == "not a text file (binary data)"


def test_a_pipe_of_text_is_read_whole(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A posting of more than one block through standard input is read to its end."""
    text = (POSTINGS / "backend_engineer.md").read_text(encoding="utf-8")
    padded = text + "\n\n" + "\n".join(f"Line {i} about the team and the product." for i in range(3000))
    assert len(padded.encode()) > 65536
    result = run(runner, "posting", "-", "-f", "json", input=padded)
    assert result.exit_code == 0, result.stderr
    result = run(runner, "posting", "-", "-f", "json", input=padded + "\nRequirements\n- 9+ years of Erlang\n")
    assert result.exit_code == 0 and "Erlang" in result.stdout


def test_placeholders_in_angle_brackets_are_no_tags(tmp_path: Path) -> None:
    """An anonymised posting ("<ORGANIZATION> is ...") with one HTML block stays text."""
    text = "<ORGANIZATION> is hiring.\n<ORGANIZATION> builds payments.\n<p>Python</p>\n<LOCATION> office, hybrid.\n"
    (tmp_path / "job.txt").write_text(text, encoding="utf-8")
    assert "<ORGANIZATION> is hiring." in load_document(str(tmp_path / "job.txt")).text


def test_a_short_posting_on_a_banner_is_read(tmp_path: Path) -> None:
    # three lines over a top-half banner: a short posting, not a scan
    lines = ["Backend Engineer", "Requirements: Python, Go, AWS, Kubernetes, PostgreSQL",
             "3+ years of backend development"]
    path = _pdf(tmp_path, "banner.pdf", lines, (0, 396, 612, 396), True)
    assert "Kubernetes" in load_document(str(path)).text
