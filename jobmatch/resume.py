"""Resume lines -> structure: sections, dated jobs, years of experience, education.

What a recruiter reads before the skills: where each section starts, which jobs the person held
and when, how many years of professional experience that makes, how long each skill was used
at work, and the highest degree.

* **Sections** start at a heading: a known heading phrase ("Professional Experience", "Core
  Competencies:", "## Skills"), or a short line in capitals (not an employer's name in capitals
  inside the experience section, with dates just below it). The lines before the first heading
  (name, contact) are the ``header``. A resume copied from HTML source is read with its
  character references decoded ("Procter &amp; Gamble").
* **Jobs** are found in experience sections by their dates: "Jan 2019 - Present", "2017-2020",
  "03/2018 - 06/2021", "2019-01 - 2021-03", "01/03/2019 - 28/02/2021" (a day first), "Q3 2020 -
  Q1 2022", "'19-'21", "Summer 2022", "Since 2020", "Jan 2019 - till now". A job's header is its
  date line and up to two lines just above it that read like a title or an employer (LinkedIn's
  "3 yrs 2 mos" aside); its body runs to the next job's header. Roles grouped under one
  employer (LinkedIn: the employer, then each title with its dates; or the employer's own dated
  entry with its roles below) carry that employer.
* **Months**: a month range counts both months ("Jan - Dec 2019" is 12 months), a year range
  the difference ("2017-2020" is 3 years), "Present" runs to the start of the as-of month, a
  season or a quarter is three months. Internships, co-ops, student jobs (a job "while in
  nursing school" or "while completing my MPH", a teaching or research assistant at their own
  university until graduating; a student's part-time job, a cashier's, while a degree is in
  progress; a job under an "Internships" or "Clinical Placements" heading), a bootcamp written as
  an entry, volunteering and time off work (a career break, sabbatical, parental leave, gap year)
  are listed but count for no professional years. Overlapping jobs count once.
* **Years per skill**: a skill named in a job's lines (or implied by one that is: Django work is
  Python work) gets that job's months, overlaps once; not one met in a course ("Relevant
  coursework: AWS", "Took online courses in SQL") or in an activity beside the job (a teacher
  "Coached the robotics club (Python)"); a skill only listed gets none, unless the
  resume states its years ("Python (5 yrs)", "8+ years of Python and SQL experience", a skills
  table's "Years" column: at least that many).
* **Education**: lines of education sections naming a degree (``posting.find_degrees``; there
  "BS Computer Science" names one too), with the field ("Computer Science"), the institution and
  the year. A degree in progress (a candidate, all but dissertation) or expected at a date not
  yet past is listed with no level: it is not held.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from jobmatch.extract import STATE_CODES, in_own_sense
from jobmatch.layout import CREDENTIAL_WORDS
from jobmatch.models import (
    DEGREE_LEVELS,
    Education,
    Job,
    Mention,
    Method,
    Period,
    ResumeSection,
    Skill,
    SkillExperience,
)
from jobmatch.posting import NO_FIELD_WORDS, find_degrees, strip_markup
from jobmatch.text import FENCE, PRESENT_VERBS, fenced_lines, unspaced
from jobmatch.titles import TITLE_SEGMENT, TITLE_WORDS, role_rank
from jobmatch.vocabulary import Vocabulary, key_of

# -- sections -----------------------------------------------------------------------------------
_AND = r"(?:and|&)"
_SECTION_PATTERNS: tuple[tuple[str, str], ...] = (
    ("other", rf"volunteer(?:ing)?(?: experience| work| {_AND} community)?|community (?:service|involvement)"),
    (
        "summary",
        r"(?:professional |career |executive |personal |candidate )?(?:summary|profile|objective|overview)"
        r"|about(?: me)?|personal statement|summary of qualifications|highlights",
    ),
    (
        "certifications",
        # (a driver's "Licenses & Endorsements", "Licenses, Certifications & Endorsements")
        rf"{CREDENTIAL_WORDS}(?: (?:{_AND} )?(?:{CREDENTIAL_WORDS}|training)){{0,2}}"
        rf"|(?:professional )?certifications?|training {_AND} certifications?|professional development"
        # (Australian and British trades: "Licences & Tickets", "Tickets")
        rf"|tickets(?: {_AND} licen[cs]es)?|licen[cs]es {_AND} tickets",
    ),
    (
        "education",
        rf"education(?: {_AND} (?:training|certifications?|qualifications))?|academic (?:background|history)"
        r"|academics|education history|(?:educational |academic )?qualifications?",
    ),
    (
        "experience",
        # up to two words before ("Relevant Work Experience"), a word or dates after ("Experience
        # Highlights", "Experience (selected)", "Professional Experience (2015–Present)")
        r"(?:(?:professional|work|relevant|employment|career|industry|clinical|research|teaching|military|nursing"
        r"|related|software|engineering|technical|selected|previous|prior|recent|additional|other|full-time)"
        r" ){0,2}(?:experience|employment)"
        rf"(?: (?:highlights|history|summary|selected|details|{_AND} (?:leadership|achievements|projects))"
        r"| (?:19|20)\d\d(?: (?:19|20)\d\d| present| current| today)?)?"
        r"|(?:employment|work|career|professional) (?:history|background)|work|where i ve worked"
        r"|(?:other|casual|part-time|previous|relevant|trade|additional) work"
        r"|(?:trade|overseas|international|hospitality|retail|site) experience"
        r"|internships?(?: experience)?|apprenticeships?|(?:clinical|student|work|industrial) placements?"
        r"|positions held|military (?:service|history)|employment records?"
        # ("Job History", "Work Record", "Work Experience & Training", "Employment & Experience", a UK
        # student's "Placements", a mariner's "Sea Service")
        rf"|(?:job|work) (?:history|records?)|(?:work )?experience {_AND} training|employment {_AND} experience"
        r"|placements|sea (?:service|time)"
        rf"|(?:work|professional|employment|paid) {_AND} volunteer(?:ing)? experience"
        rf"|volunteer(?:ing)? {_AND} (?:work|professional|paid) experience",
    ),
    (
        "projects",
        rf"(?:personal |selected |side |key |academic |notable |technical )?projects"
        rf"|open[- ]source(?: (?:contributions|work|projects))?(?: {_AND} (?:talks|projects|writing))?|portfolio",
    ),
    (
        "skills",
        # (Europass: "Personal skills", "Digital skills", "Job-related skills")
        rf"(?:technical |core |key |professional |relevant |hard |soft |computer |personal |digital |job-related )?"
        rf"(?:skills|competencies|proficiencies)"
        rf"(?: {_AND} (?:tools|technologies|expertise|abilities|interests|endorsements))?"  # (LinkedIn's endorsements)
        rf"|technologies|tech(?:nical)? stack|tools(?: {_AND} technologies)?|areas of expertise|expertise"
        r"|skill set|skills summary|technical proficiencies",
    ),
    (
        "other",
        rf"awards?(?: {_AND} (?:honou?rs|achievements))?|honou?rs(?: {_AND} awards)?|publications?"
        rf"|(?:conference |invited |selected )?(?:talks|presentations)(?: {_AND} (?:talks|presentations|posters))?"
        # (an executive's board seats, beside the jobs: "Board & Advisory Roles", "Board Memberships")
        rf"|board(?: {_AND} advisory)? (?:roles|positions|memberships|service|appointments)|advisory roles"
        r"|interests|hobbies|languages|references|activities|leadership|affiliations"
        r"|memberships|achievements|additional information|extracurricular activities|patents",
    ),
)
_SECTIONS = tuple((kind, re.compile(pattern)) for kind, pattern in _SECTION_PATTERNS)
_SECTIONS_RUN_TOGETHER = tuple((kind, re.compile(pattern.replace(" ", " ?"))) for kind, pattern in _SECTION_PATTERNS)
# failing those, a trade's or a field's own ("Driving Experience", "Sales Experience", "Retail Management
# Experience"; "Data Projects"): not the experience of school, projects or leadership ("Leadership
# Experience", "Project Experience"). (Asked only of a heading ending in one of the two words.)
_FIELD_SECTION = re.compile(
    r"(?!(?:\S+ )?(?:leadership|volunteer(?:ing)?|community|campus|extracurricular|student|school|academic"
    # ("Project Experience", not a field's "Project Management Experience")
    r"|study|abroad|exchange|projects?(?= (?:experience|projects)$)|course ?work|courses?|lab(?:oratory)?|life|travel"
    r"|languages?|years?"
    r"|of|my|with|in) )"
    r"(?:[a-z][a-z-]* ){1,2}(?P<noun>experience|projects)"
)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class _Heading:
    text: str
    kind: str
    known: bool  # a known heading phrase, not just a line in capitals


# the noun of an entry as much as of a section: "Internship - Acme Corp" and "Apprenticeship -
# Smith Electrical" are entries, not headings with a qualifier (see heading_of)
_ENTRY_NOUNS = re.compile(
    r"\b(?:internships?|apprenticeships?|placements?|co-?ops?|fellowships?|residency|volunteer(?:ing)?)$", re.I
)
# a qualifier after a heading: "(Australia)", "(selected)", " - UK", " – Overseas"
_QUALIFIER = re.compile(r"\s*\([^()]*\)$|\s+[-–—]\s+[\w.]+(?:\s+[\w.]+)?$")


def _heading_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w&+ -]", " ", text.lower()).split())


def heading_of(line: str, *, first: bool = False) -> _Heading | None:
    """The section a line starts, or None. ``first``: the document's first line (a name in
    capitals is not a heading)."""
    level = 0
    md = _MD_HEADING.match(line)
    if md:
        level, line = len(md.group(1)), md.group(2)
    elif _BULLET.match(line):
        return None
    text = strip_markup(line).strip().rstrip(":").strip()
    spaced = text != (text := unspaced(text))  # "E X P E R I E N C E"
    if not text or len(text) > 50 or len(text.split()) > 6:
        return None
    key = _heading_key(text)
    if spaced and " " not in key:  # "WORKEXPERIENCE": the words of a heading set letter by letter, run together
        for kind, pattern in _SECTIONS_RUN_TOGETHER:
            if pattern.fullmatch(key):
                return _Heading(text, kind, True)
    # a known heading with a qualifier after it: "Work Experience (Australia)", "Experience - UK",
    # "Awards (selected)"; not an entry: "Internship - Acme Corp"
    plain = _QUALIFIER.sub("", text)
    qualified = plain != text and plain and (text.endswith(")") or not _ENTRY_NOUNS.search(plain))
    keys = (key, _heading_key(plain)) if qualified else (key,)
    for kind, pattern in _SECTIONS:
        if any(pattern.fullmatch(k) for k in keys):
            return _Heading(text, kind, True)
    if key.endswith(("experience", "projects")) and (field := _FIELD_SECTION.fullmatch(key)):
        return _Heading(text, "experience" if field.group("noun") == "experience" else "projects", True)
    if md:
        return _Heading(text, "other", False) if level <= 2 and not (first and level == 1) else None
    letters = [c for c in text if c.isalpha()]
    capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
    if capitals and not first and not any(c.isdigit() or c in ",|@/" for c in text):
        return _Heading(text, "other", False)
    return None


def _dated_below(lines: Sequence[str], number: int) -> bool:
    """Whether one of the two lines with text after line ``number`` (from 0) has dates."""
    below = [line for line in lines[number + 1 : number + 6] if line.strip()][:2]
    return any(find_period(line, _FAR) is not None for line in below)


_FAR = date(9999, 12, 1)  # (any date range is before it)

# the last word of a section's name that no employer's name ends with: "CAMPUS INVOLVEMENT", "LEADERSHIP
# & ACTIVITIES", "CLINICAL ROTATIONS" over dated entries are sections ("MICROSOFT RESEARCH", "POSTAL
# SERVICE" are employers)
_SECTION_NOUN = re.compile(
    r"\b(?:involvement|activities|leadership|rotations|fellowships|conferences|grants|speaking"
    r"|publications|presentations|awards|honou?rs|projects|volunteering|affiliations|memberships"
    r"|interests|courses|extracurriculars|engagements)\s*:?\s*$",
    re.I,
)


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def find_sections(lines: Sequence[str]) -> list[tuple[ResumeSection, bool]]:
    """Sections in order, each with whether its heading is a known phrase."""
    first_text = next((i for i, line in enumerate(lines) if line.strip()), None)
    candidates = [
        (i, heading)
        for i, line in enumerate(lines)
        if line.strip() and (heading := heading_of(line, first=i == first_text)) is not None
    ]
    capitals = [i for i, h in candidates if _in_capitals(h.text)]
    if len(capitals) >= 3:
        # headings in capitals ("TECHNICAL SKILLS"): a line in another style is a label inside a
        # section ("Languages" over a list of languages), unless Markdown marks it as a heading
        candidates = [(i, h) for i, h in candidates if i in capitals or _MD_HEADING.match(lines[i])]
    starts: list[tuple[int, _Heading | None]] = []
    if first_text is not None:
        starts.append((first_text, None))
    for i, heading in candidates:
        previous = starts[-1] if starts else None
        if (
            previous is not None
            and previous[1] is not None
            and previous[1].kind == "skills"
            and heading.kind == "other"
            and not any(line.strip() for line in lines[previous[0] + 1 : i])
        ):
            continue  # "Technical Skills" then "Languages": the first label of the skills
        in_experience = previous is not None and previous[1] is not None and previous[1].kind == "experience"
        if in_experience and not heading.known and not _SECTION_NOUN.search(heading.text) and _dated_below(lines, i):
            continue  # "BOSTON SCIENTIFIC" over "Senior Engineer | 2020 – Present": an employer
        if (
            previous is not None
            and previous[1] is not None
            and previous[1].kind in ("certifications", "skills")
            and not heading.known
            and " " not in heading.text
            and i > 0
            and lines[i - 1].strip()
            and not _SECTION_NOUN.search(heading.text)
        ):
            continue  # "BLS, ACLS, PALS" then "TNCC": an item of the list (a heading is set apart)
        if starts and starts[0][0] == i:
            starts[0] = (i, heading)
        else:
            starts.append((i, heading))
    starts = _with_labelled_sections(lines, starts)
    out = []
    for n, (start, heading) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        last = max((j for j in range(start, stop) if lines[j].strip()), default=start)
        if heading is None:
            if last == start and not lines[start].strip():
                continue
            out.append((ResumeSection(None, "header", start + 1, last + 1), False))
        else:
            kind = heading.kind
            if kind == "education" and _BARE_QUALIFICATIONS.fullmatch(_heading_key(heading.text)) and not any(
                _degree_line(lines, number) for number in range(start + 2, last + 2)
            ):
                kind = "skills"  # "QUALIFICATIONS" over "- AWS D1.1 certified", "- 6 years of Python": no degree
            out.append((ResumeSection(heading.text, kind, start + 1, last + 1), heading.known))
    return out


# a section's name as a label before its first entry, on one line: "Education: B.S. Accounting, University
# of Memphis, 2018", "Certifications: PMP, CSM", "Languages: English, Spanish"
_INLINE_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z &/-]{2,40}?)\s*:\s+(?P<rest>\S.*)")
# the sections such a label opens after the last job (no summary, job or project is listed so)
_LABELLED_KINDS = frozenset({"education", "certifications", "skills", "other"})


def label_rest(line: str) -> tuple[_Heading, str] | None:
    """The section a labelled line names and the text after its label ("Education: B.S. Accounting,
    University of Memphis": education, "B.S. Accounting, ..."), or None. Not a list's item: a
    teacher's bullet "- Education: ran 12 parent workshops" is a job's line."""
    if _BULLET.match(line) or _MD_HEADING.match(line):
        return None
    found = _INLINE_LABEL.fullmatch(strip_markup(line).strip())
    if found is None:
        return None
    heading = heading_of(found.group("label"))
    if heading is None or not heading.known or heading.kind not in _LABELLED_KINDS:
        return None
    return heading, found.group("rest").strip()


def _with_labelled_sections(
    lines: Sequence[str], starts: list[tuple[int, _Heading | None]]
) -> list[tuple[int, _Heading | None]]:
    """``starts`` with a section opened by each labelled line after the last job of a section of jobs
    (or of the header, where a resume without headings lists its jobs): "Education: Southwest Tennessee
    Community College - CDL Training Program (2018)" under a warehouse job's bullets is the resume's
    education, no skill of that job (see _opens_labelled_section)."""
    out: list[tuple[int, _Heading | None]] = []
    for n, (start, heading) in enumerate(starts):
        out.append((start, heading))
        if heading is not None and heading.kind != "experience":
            continue
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        labelled = False  # the line above opened a labelled section
        for i in range(start + 1, stop):
            found = label_rest(lines[i])
            if found is not None and _opens_labelled_section(lines, i, start, stop, found, after_label=labelled):
                out.append((i, found[0]))
                labelled = True
            elif lines[i].strip():
                labelled = False
    return out


def _opens_labelled_section(
    lines: Sequence[str], i: int, start: int, stop: int, found: tuple[_Heading, str], *, after_label: bool
) -> bool:
    """Whether labelled line ``i`` (from 0) of a section of jobs from ``start`` to ``stop`` opens its own
    section: below a dated line and with none below it but a school's (after the last job). Education
    when its text names a degree or a school (not "Education: ran 12 parent workshops"); a list of
    skills when set apart by a blank line or under another labelled line ("Technologies: Python, Django"
    right under a job's bullets lists that job's); certifications, languages and the like always."""
    heading, rest = found
    if not any(find_period(lines[j], _FAR) for j in range(start, i)):
        return False  # the contact lines' "Languages: English, French" above the jobs
    for j in range(i + 1, stop):
        if find_period(lines[j], _FAR) and not (_degree_line(lines, j + 1) or _institution(lines[j])):
            return False  # a job below
    if heading.kind == "education":
        return bool(find_degrees(rest, education=True) or _SCHOOL_LEAVING.search(rest) or _institution(rest))
    if heading.kind == "skills":
        # the résumé's own skills by their label ("Skills: Python, SQL", "Core Competencies: ..."), right under
        # the bullets too; a stack's label there lists that job's ("Technologies: Python, Django")
        return after_label or not lines[i - 1].strip() or bool(_SKILLS_LABEL.search(heading.text))
    return True


_SKILLS_LABEL = re.compile(r"\b(?:skills|competencies|proficiencies)\b", re.I)


# a heading that is education only when its lines name a degree: in the UK and Australia "Qualifications"
# lists degrees, in the US it mostly lists skills and certificates (not "Academic Qualifications")
_BARE_QUALIFICATIONS = re.compile(r"qualifications?")


# -- dates --------------------------------------------------------------------------------------
_MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_SEASONS = {"spring": (3, 6), "summer": (6, 9), "fall": (9, 12), "autumn": (9, 12), "winter": (1, 4)}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# ("Q3 2020": a quarter; "'19": a year with its century left out, as in "'19 - '21")
# (a day of the month written too: "1 June 2019", "June 1, 2019", "3rd March 2020")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_POINT = (
    rf"(?:{_SEASON}\s+{_YEAR}|{_MONTH},?\s*(?:{_DAY},?\s+)?(?:{_YEAR}|'\d\d)|(?:0?[1-9]|1[0-2])\s*[/.]\s*{_YEAR}"
    rf"|{_YEAR}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?!\d)|{_YEAR}|Q[1-4]\s*{_YEAR}|'\d\d"
    rf"|(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])[/.]{_YEAR})"  # a day too: "01/03/2019"
)
_NOW = (  # ("Jan 2019 - till now", "2019 – to present", "Sep 2019 – Pres.", "2018 - Continuing")
    r"(?:(?:(?:to|till|until|up to)\s+)?(?:present|current(?:ly)?|now|today|date|ongoing|continuing|pres\.?))"
)
_DASH = r"(?:--?|–|—|~|to|until|till|through|thru)"  # ("--": an en dash typed in Markdown or LaTeX)
# (a form's label: "From: Jan 2014 To: Dec 2016")
# (a day before the month: "1 June 2019 - 31 August 2021", the first day found before the match, see
# find_period: an optional day at the start of every point cost a tenth more on every line with a digit)
_RANGE = re.compile(
    rf"(?<![\w/.])(?P<a>{_POINT})\s*{_DASH}:?\s*(?P<b>{_NOW}|(?:{_DAY}\s+(?={_MONTH}))?{_POINT})(?![\w/])", re.I
)
_DAY_BEFORE = re.compile(rf"(?<![\w/.]){_DAY}\s+$", re.I)
_DAY_FIRST = re.compile(rf"{_DAY}\s", re.I)
_WORD_BEFORE = re.compile(r"[^\W\d_][\w.'&]*\s+$")
# a table's From and To cells: "Kroger | Cashier | 01/2017 | 06/2019" (asked only of a line with a "|")
_CELLS_RANGE = re.compile(rf"(?<![\w/.])(?P<a>{_POINT})\s*\|\s*(?P<b>{_NOW}|{_POINT})(?![\w/])", re.I)
# "Jan - Dec 2019", "January-March 2020": the year written once, after the second month
_MONTHS_OF_YEAR = re.compile(
    rf"(?<![\w/.])(?P<am>{_MONTH})\s*{_DASH}\s*(?P<b>{_MONTH},?\s*{_YEAR})(?![\w/])", re.I
)
# "2016-17", "2018 - 19": a year range whose end is written with two digits (UK, India)
_SHORT_YEARS = re.compile(rf"(?<![\w/.])(?P<a>{_YEAR})\s*(?:--?|–|—)\s*(?P<yy>\d\d)(?![\w/.]|\s*[-–—]\s*\d)", re.I)
# "5/16 - 12/18", "05/16 - Present": month and two-digit year, only as a range (not "3/16 inch")
_MONTH_YY = r"(?:0?[1-9]|1[0-2])/\d\d"
_SHORT_RANGE = re.compile(
    rf"(?<![\w/.])(?P<a>{_MONTH_YY})\s*{_DASH}\s*(?P<b>{_NOW}|{_MONTH_YY})(?![\w/.])", re.I
)
_SINCE = re.compile(rf"(?<![\w/.])since\s+(?P<a>{_POINT})(?![\w/])", re.I)
_OPEN = re.compile(rf"(?<![\w/.])(?P<a>{_POINT})\s*[-–—]\s*(?=$|[|)\]·,])", re.I)
_SEASON_ALONE = re.compile(rf"(?<![\w/.])(?P<a>{_SEASON}\s+{_YEAR})(?![\w/])", re.I)
_PARTS = re.compile(
    rf"^(?:(?P<season>{_SEASON})\s+(?P<sy>\d{{4}})"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>[a-z]{{3,}})\.?,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<my>\d{{4}}|'\d\d)"
    r"|(?P<nm>\d{1,2})\s*[/.]\s*(?P<ny>\d{4}|\d\d)"
    r"|(?P<iy>\d{4})\s*[-/.]\s*(?P<im>\d{2})"
    r"|[qQ](?P<quarter>[1-4])\s*(?P<qy>\d{4})"
    r"|(?P<d1>\d{1,2})[/.](?P<d2>\d{1,2})[/.](?P<dy>\d{4})"
    r"|(?P<year>\d{4}|'\d\d))$",
    re.I,
)


@dataclass(frozen=True)
class _Point:
    year: int
    month: int  # first month
    last: int  # last month (the same for a month; 3 months for a season; 12 for a year)
    precision: str  # month | season | year


def _point(text: str, today: date) -> _Point | None:
    m = _PARTS.match(text.strip())
    if not m:
        return None
    if m.group("season"):
        first, after = _SEASONS[m.group("season").lower()]
        return _Point(int(m.group("sy")), first, after - 1, "season")
    if m.group("month"):
        month = _MONTH_NUMBERS.get(m.group("month")[:3].lower())
        raw = m.group("my")
        year = int(raw) if not raw.startswith("'") else _two_digit_year(int(raw[1:]), today)
        return _Point(year, month, month, "month") if month else None
    if m.group("nm"):
        month, raw = int(m.group("nm")), m.group("ny")
        year = int(raw) if len(raw) == 4 else _two_digit_year(int(raw), today)
        return _Point(year, month, month, "month") if 1 <= month <= 12 else None
    if m.group("iy"):
        month = int(m.group("im"))
        return _Point(int(m.group("iy")), month, month, "month") if 1 <= month <= 12 else None
    if m.group("d1"):
        # day, month, year (Europass: "15/09/2016"), unless the second number cannot be a month
        # ("09/15/2016": month, day, year)
        first, second = int(m.group("d1")), int(m.group("d2"))
        month = second if second <= 12 else first
        return _Point(int(m.group("dy")), month, month, "month") if 1 <= month <= 12 else None
    if m.group("quarter"):
        first = int(m.group("quarter")) * 3 - 2
        return _Point(int(m.group("qy")), first, first + 2, "season")
    raw = m.group("year")
    return _Point(int(raw) if not raw.startswith("'") else _two_digit_year(int(raw[1:]), today), 1, 12, "year")


def _two_digit_year(yy: int, today: date) -> int:
    return 2000 + yy if 2000 + yy <= today.year else 1900 + yy


def _index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _ym(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


_DATE_FORMS = (_RANGE, _MONTHS_OF_YEAR, _SHORT_YEARS, _SHORT_RANGE, _SINCE, _OPEN, _SEASON_ALONE)
_DATE_FORMS_CELLS = (*_DATE_FORMS[:-1], _CELLS_RANGE, _SEASON_ALONE)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DateMatch:
    period: Period
    start: int  # character offsets in the line
    end: int


# a US federal job's pay plan, series and grade: "Supply Technician, GS-2005-07" (series 2005, grade 7),
# "WG-5803-10": no dates
_PAY_PLANS = r"(?:GS|GG|GL|WG|WL|WS|NH|NT|NF|ZP|ZA)"
_PAY_PLAN = re.compile(rf"\b{_PAY_PLANS}-$")
# the whole grade in a job's heading, its label and brackets too: "Program Assistant, GS-0303-07, Department of
# Veterans Affairs", "Program Analyst (GS-0343-11)", "Series/Grade: GS-2210-12/13", "GS-11": neither the title
# nor the employer (not "GS1 Standards" nor "NT-based": a grade's number after its dash; after a space only GS's and
# WG's, "GS 11": not "Windows NT 4 Domain"; one run of spaces at a time around the label's colon: "grade" and 8,000
# spaces took 5 s)
_FEDERAL_GRADE = re.compile(
    rf"(?<!\s)\s*[(\[]?(?:(?:series\s*/\s*)?grade\s*(?::\s*)?)?\b(?:{_PAY_PLANS}-|(?:GS|WG) )\d{{1,4}}(?:-\d{{1,2}})?"
    r"(?:/\d{1,2})?\b[)\]]?"
    # (a service member's pay grade, a unit of its own: "Human Resources Specialist (42A), E-5", "Platoon Leader, O-2,
    # United States Army"; not "Payroll Specialist, W-2 and 1099 processing")
    r"|,\s*[EOW]-\d\b(?=\s*(?:,|$))|(?<!\s)\s*\([EOW]-\d\)",
    re.I,
)


def find_period(line: str, today: date, *, days_first: bool = False) -> DateMatch | None:
    """The first date range of a line, as a Period, or None. ``days_first``: the document writes its
    dates day first (see writes_days_first)."""
    if not _DIGIT.search(line):  # every date names a year
        return None
    now = _index(today.year, today.month)
    for regex in _DATE_FORMS if "|" not in line else _DATE_FORMS_CELLS:
        for m in regex.finditer(line):
            groups = m.groupdict()
            if groups.get("am") is not None:  # "Jan - Dec 2019": the first month in the second's year
                a = _point(f"{m.group('am')} {m.group('b')[-4:]}", today)
                if a is not None and a.month > (_point(m.group("b"), today) or a).month:
                    a = _Point(a.year - 1, a.month, a.last, a.precision)  # "Nov - Feb 2020"
            else:
                a = _point(m.group("a"), today)
            if a is None or (line[m.start() - 1 : m.start()] == "-" and _PAY_PLAN.search(line, 0, m.start())):
                continue
            if groups.get("yy") is not None:  # "2016-17": to the year ending in 17 after 2016
                full = a.year // 100 * 100 + int(m.group("yy"))
                full += 100 if full <= a.year else 0
                if full - a.year > 50:
                    continue
                groups["b"] = str(full)
            start = _index(a.year, a.month)
            b_text = groups.get("b")
            present = b_text is None and regex is not _SEASON_ALONE
            if regex is _SEASON_ALONE:
                end = _index(a.year, a.last) + 1
            elif b_text is None or re.fullmatch(_NOW, b_text.strip(), re.I):
                present, end = True, now
            else:
                b = _point(b_text, today)
                if b is None:
                    continue
                if b.precision == "year":
                    end = _index(b.year, 1)  # "2017-2020": three years
                    if end <= start:
                        end = _index(b.year, 12) + 1  # "2019 - 2019", "Jun 2019 - 2019"
                else:
                    end = _index(b.year, b.last) + 1
            if start > now or end < start:
                continue  # a future start or a reversed range is not a job held
            end = max(min(end, now), start + 1) if not present else max(now, start + 1)
            begin = m.start()
            if regex is _RANGE and (day := _day_before(line, begin, b_text, days_first)) is not None:
                begin = day  # "1 June 2019 - ...": the day of the first date too
            text = line[begin : m.end()].strip()
            return DateMatch(Period(text=text, start=_ym(start), end=_ym(end), present=present), begin, m.end())
    return None


def _day_before(line: str, begin: int, end: str | None, days_first: bool = False) -> int | None:
    """Where the day of a range's first date starts, the number just before its month ("1 June 2019 -
    31 August 2021"), or None. After a word the number is the day only when the end has a day too, or
    the document writes its dates day first (``days_first``): in "Cafe 19 Feb 2018 - Mar 2020" the 19 is
    the employer's ("Cafe 19"), in "Cashier, Tesco 1 June 2019 - 31 August 2021" a day, and in "Acme 1 June
    2019 - Present" when another job's dates are "15 March 2016 - 31 May 2019"; after a separator or at
    the line's start it is one ("Tesco | 1 June 2019 - Present")."""
    day = _DAY_BEFORE.search(line, max(0, begin - 6), begin)
    if day is None:
        return None
    if (
        not days_first
        and _WORD_BEFORE.search(line, max(0, day.start() - 40), day.start())
        and not _DAY_FIRST.match(end or "")
    ):
        return None
    return day.start()


def writes_days_first(lines: Iterable[str]) -> bool:
    """Whether a document writes its dates day first: a range of it ends in a day before the month
    ("15 March 2016 - 31 May 2019")."""
    for line in lines:
        if _DIGIT.search(line) and (m := _RANGE.search(line)) is not None and _DAY_FIRST.match(m.group("b")):
            return True
    return False


# -- jobs ---------------------------------------------------------------------------------------
_NOT_PROFESSIONAL = re.compile(r"\b(?:intern|internship|co-?op|student|volunteer(?:ing)?)\b", re.I)
# a British degree's year of work, anywhere in the job's header: "Site Engineer (placement year)",
# "Analyst - year in industry"
_PLACEMENT = re.compile(
    r"\b(?:placement year|year in industry|industrial placement|sandwich (?:year|placement))\b", re.I
)
# a section of such entries only: "Internships", "Co-op Terms", "Clinical Placements" (a student
# nurse's); not one of them and work: "Experience & Internships", "Work & Volunteer Experience"
_NOT_PROFESSIONAL_SECTION = re.compile(
    r"\b(?:intern(?:ship)?s?|co-?ops?|student|volunteer(?:ing)?|(?:clinical|student|work|industrial) placements?)\b",
    re.I,
)


def _not_professional_section(heading: str) -> bool:
    """Whether a section holds only entries that count no years: "Internships", "Internship &
    Co-op Experience" (its words, then "experience" at the end), not "Experience & Internships"."""
    if _NOT_PROFESSIONAL_SECTION.search(heading) is None:
        return False
    rest = _NOT_PROFESSIONAL_SECTION.sub(" ", heading)
    words = re.sub(r"&|\band\b|,|/|\+|#", " ", rest.lower()).split()
    return not words or (words == ["experience"] and heading.lower().rstrip(" :").endswith("experience"))


# study written as an entry with no title of a job: "Full Stack Web Development Bootcamp | Flatiron
# School | Sep 2022 - Dec 2022", "Software Engineering Immersive, General Assembly"
_STUDY = re.compile(r"\b(?:boot ?camp|immersive|nanodegree|coursework)\b", re.I)
# time off work written out as an entry of its own ("Career break - family caregiving", "Parental
# leave", "Sabbatical (travel)", "Gap year - backpacking"): listed, counted for no years. Only an
# untitled entry, or one whose title starts with it: "Consultant (during a career break)" is work.
_NOT_WORK = re.compile(
    r"\b(?:career (?:break|gap|pause)|employment gap|gap year|sabbatical|"
    r"(?:parental|maternity|paternity|family|medical|personal|caregiving|bereavement) leave|leave of absence|"
    r"stay[- ]at[- ]home (?:parent|mom|mother|dad|father)|full[- ]time (?:parent|caregiver|carer)|"
    r"family caregiv(?:er|ing))\b",
    re.I,
)
_SEPARATORS = re.compile(r"\s+[|·•—–]\s+|\s+--?\s+|\t|\s+@\s+|\s+at\s+(?=[A-Z])")
_COUNTRIES = (
    "USA|US|United States|UK|United Kingdom|England|Canada|Germany|France|Spain|Italy|Netherlands|"
    "Ireland|India|Australia|Singapore|Japan|Brazil|Mexico|Poland|Portugal|Sweden|Switzerland|Israel"
)
_PLACE = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'-]+(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ.'-]+){0,2}"  # (Montréal, Zürich, Düsseldorf)
_LOCATION = re.compile(
    # (Australia's without the comma: "Moranbah QLD", "Brisbane QLD 4000")
    rf"(?:^|,\s*)(?P<loc>{_PLACE}\s+(?:QLD|NSW|VIC|TAS)(?:\s+\d{{4}})?"
    # (USAJOBS writes the country after the state and the ZIP code: "Fort Sam Houston, TX 78234 United States")
    rf"|{_PLACE},\s*(?:{'|'.join(STATE_CODES)}|{_COUNTRIES})(?:\s+\d{{5}})?(?:\s+(?:United States|USA|US))?"
    r"(?:\s*\((?:Remote|Hybrid|On-?site)\))?|(?:Remote|Hybrid|On-?site)(?: \([^)]*\))?)\s*$"
)
_COMPANY_SUFFIX = re.compile(r"^(?:Inc|LLC|Ltd|GmbH|Corp|Co|PLC|LLP|SA|AG|BV)\.?$")


# a job held as a student: "(while in nursing school)", "part-time during my degree"
_WHILE_STUDYING = re.compile(
    r"\b(?:while|during)\s+(?:(?:in|at|attending|studying|completing|my|a|the)\s+){0,2}"
    r"(?:(?:nursing|high|grad|graduate|medical|law|business)\s+)?"
    r"(?:school|college|university|studies|studying|degree|undergrad|undergraduate|graduate studies|enrolled"
    r"|doctorate|ph\.?d|master'?s|bachelor'?s|mph|mba|msc|bsc|msn|bsn)\b",
    re.I,
)
# a degree people study for beside a full-time job: "Promoted twice while completing my MBA in
# the evening program" is no student's job
_STUDIED_BESIDE_WORK = re.compile(
    r"\b(?:mba|master'?s|ms|msc|mph|msn|doctorate|ph\.?d|graduate studies|evening|part-time|online)\b", re.I
)


def _studying_full_time(text: str) -> bool:
    """Whether a job's line says the job was held while studying, at school or for a first degree."""
    found = _WHILE_STUDYING.search(text)
    return found is not None and not _STUDIED_BESIDE_WORK.search(text, found.start())


# a student's job at their own university, ended by graduation: "Teaching Assistant, Data
# Structures | San Jose State University, Aug 2023 - May 2025" with a degree from there in 2025
_STUDENT_TITLE = re.compile(
    r"\b(?:teaching assistant|TA|grader|tutor|peer (?:tutor|mentor)|student (?:assistant|worker|ambassador)"
    r"|resident assistant|lab assistant|(?:graduate |undergraduate )?research assistant|GRA|GTA)s?\b",
    re.I,
)


_PART_TIME = re.compile(r"\b(?:part[- ]time|casual|weekends?)\b", re.I)
# the jobs students take beside their studies, outside the field they study for ("Cashier",
# "Barista", "Sales Associate"); a working student's "Junior Web Developer (part-time)" is work
_STUDENT_WORK = re.compile(
    r"\b(?:cashier|barista|server|waiter|waitress|bartender|host|hostess|crew|retail|sales associate|store associate"
    r"|stocker|lifeguard|tutor|babysitter|nanny|dishwasher|kitchen|cook|delivery|courier|usher|cleaner|housekeep\w*"
    r"|shop assistant|checkout|team member|front desk|call cent(?:er|re)|warehouse|picker|packer)s?\b",
    re.I,
)
_PROFESSIONAL_TITLE = re.compile(
    r"\b(?:developer|engineer|analyst|programmer|designer|scientist|consultant|accountant|architect)s?\b", re.I
)


def _student_jobs(
    jobs: list[Job], education: Sequence[Education], lines: Sequence[str], today: date | None = None
) -> list[Job]:
    """Jobs with a student's title at an institution the person studied at, ended by the year
    they graduated there, marked not counted; jobs whose lines say they were held while
    studying ("- Assisted residents ... while in nursing school."), unless they went on after
    the last degree's year; and a part-time student's job held while a degree is in progress (a
    cashier's job "(part-time)" beside a degree expected next year; not a working student's job in
    the field: "Junior Web Developer (part-time)")."""
    last_degree = max((e.year for e in education if e.year is not None), default=None)
    studying = today is not None and any(
        e.degree is None and e.year is not None and e.year >= today.year and find_degrees(e.text) for e in education
    )
    out = []
    for job in jobs:
        if (
            studying
            and not job.internship
            and _PART_TIME.search(f"{job.title or ''} {job.employer or ''}")
            and _STUDENT_WORK.search(job.title or job.employer or "")
            and not _PROFESSIONAL_TITLE.search(job.title or "")
        ):
            out.append(replace(job, internship=True))
            continue
        if not job.internship and (last_degree is None or _ym(_index(*job.period.end) - 1)[0] <= last_degree):
            body = lines[job.line : job.end_line]  # (the title line was read by _job)
            if any(("hile" in t or "uring" in t) and _studying_full_time(t) for t in body):
                out.append(replace(job, internship=True))
                continue
        if not job.internship and job.employer and _STUDENT_TITLE.search(job.title or ""):
            employer = job.employer.casefold()
            for e in education:
                if (
                    e.institution
                    and e.year is not None
                    and _ym(_index(*job.period.end) - 1)[0] <= e.year  # (its last month: "Dec 2023" ends 2023)
                    and (employer in e.institution.casefold() or e.institution.casefold() in employer)
                ):
                    job = replace(job, internship=True)
                    break
        out.append(job)
    return out


@dataclass
class _LineInfo:
    text: str  # markup stripped
    blank: bool
    bullet: bool
    indented: bool
    date: DateMatch | None


# a job's header that sets its title in bold before a comma: "**3rd Grade Bilingual Teacher**, Harlandale ISD -
# Wright Elementary, San Antonio, TX" (the bold is the title, what follows its comma the employer), "**Acme
# Corp**, Senior Analyst"
_BOLD_LEAD = re.compile(r"^\s*(\*\*|__)(?P<bold>[^*_]+?)\1\s*,\s*(?=\S)")


def _line_info(line: str, today: date, *, days_first: bool = False) -> _LineInfo:
    bullet = bool(_BULLET.match(line))
    if not bullet:
        line = _BOLD_LEAD.sub(r"\g<bold> | ", line)  # (the bold's end is a cell's end)
    text = strip_markup(_MD_HEADING.sub(r"\2", line)).strip()
    found = find_period(text, today, days_first=days_first) if text else None
    if found is not None and not _header_like(text, found, bullet):
        found = None
    return _LineInfo(text, not text, bullet, line[:1].isspace() and not bullet, found)


# a job heading wrapped inside its dates in a text file: "... | Apr" then "2021 - Present", "... |
# Jul 2015" then "- May 2017" (no bullet), "... | Jan 2019 -" then "May 2021"
_WRAP_NEXT = frozenset("0123456789-–—")
_WRAP_END = re.compile(rf"(?:^|[\s|,·(–—-]){_MONTH}$|(?<![\w/.]){_YEAR}(?:\s*[-–—])?$", re.I)


def _rejoin_dates(info: dict[int, _LineInfo], n: int, today: date) -> None:
    """Line ``n`` and the next as one date line, when a date range spans the break and the next
    line has nothing else; the next line is then left empty."""
    a, b = info[n], info[n + 1]
    if a.blank or b.blank or a.bullet or (a.date is not None and not a.text.endswith(("-", "–", "—"))):
        return  # (a line with its dates whole is not wrapped inside them)
    rest = b.text.lstrip("-–— ")
    if not (rest[:1].isdigit() or rest[:3].lower() in _MONTH_NUMBERS or rest[:4].lower() in ("pres", "curr")):
        return  # (a bullet)
    if not _WRAP_END.search(a.text[-16:]):
        return
    merged = f"{a.text} {b.text}"
    found = find_period(merged, today)
    if found is None or not found.start < len(a.text) < found.end or _trim(merged[found.end :]):
        return
    if not _header_like(merged, found, False):
        return
    info[n] = _LineInfo(merged, False, False, a.indented, found)
    info[n + 1] = _LineInfo("", True, False, False, None)


def _header_like(text: str, found: DateMatch, bullet: bool) -> bool:
    """Dates on a job's header line, not a year in a sentence ("from 2019 to 2021, cut...")."""
    before = text[: found.start].strip(" ,;:|·-–—([*_")
    after = text[found.end :].strip(" ,;:|·-–—)]*_.")
    if bullet and len(before.split()) > 1:
        return False
    # after the dates, a title, an employer and a place: more of them when the dates come first
    # ("2021 – Present    Senior Software Engineer, Wayfair, Boston, MA"), not a sentence
    words = len(after.split())
    if words > 5 and (
        words > 12
        or before
        or not TITLE_WORDS.search(after)
        or (text.rstrip(" *_)").endswith(".") and not _COMPANY_SUFFIX.match(after.split()[-1]))
    ):
        return False
    return not (_words(before) > 14 or (before.endswith(".") and after))


def _words(text: str) -> int:
    """How many words a text has, not counting separators ("|", "&", "-", "·")."""
    tokens = text.split()
    if len(tokens) <= 14:
        return len(tokens)  # (most lines: few enough either way)
    return sum(1 for t in tokens if any(c.isalnum() for c in t))


# A job title names the work of its field: "Product Manager" is product management, "Mechanical
# Engineer" mechanical engineering, "Data Analyst" data analysis. The title's head noun, made the
# name of the work, after the words before it (the longest run that the vocabulary names: "Senior
# Technical Product Manager" -> "product management"). Only these compounds: a title word that is a
# skill on its own ("Java Developer") is already a mention of the line, and a place or an employer
# ("Phoenix") never makes one.
_TITLE_WORK = {
    "manager": ("management",),
    "engineer": ("engineering", "development"),
    "developer": ("development",),
    "programmer": ("programming",),
    "analyst": ("analysis", "analytics"),
    "scientist": ("science",),
    "designer": ("design",),
    "architect": ("architecture",),
    "administrator": ("administration",),
    "accountant": ("accounting",),
    "marketer": ("marketing",),
    "tester": ("testing",),
    "consultant": ("consulting",),
    "strategist": ("strategy",),
}
_TITLE_HEAD = re.compile(
    r"(?:\b(?P<field>(?:[A-Za-z][\w+#./&-]*\s+){1,3}))?\b(?P<head>" + "|".join(_TITLE_WORK) + r")s?"
    r"(?:\s+(?:[IV]{1,3}|[1-4]))?\s*(?:\(.*\))?$",
    re.I,
)


# titles of a trade or a care profession, which name their work in other words: "Registered
# Nurse", "ICU Staff Nurse" and "Nurse Manager" are nursing, "Sous Chef" food preparation, "Account
# Executive" sales
_TITLE_TRADE = {
    "nursing": r"nurse",
    "electrical wiring": r"electrician",
    "food preparation": r"(?:sous |head |commis |pastry |executive |line |prep )?(?:chef|cook)",
    "welding": r"welder",
    "bookkeeping": r"bookkeeper",
    # (the trades and professions whose title names their work: "Staff Accountant", "Plumber", "Cashier")
    "accounting": r"(?:staff |senior |junior |chartered |certified |general |cost |fund |project )?accountant",
    # (a finance auditor: not a quality, safety, energy or hotel's night auditor)
    "auditing": r"(?<!quality )(?<!safety )(?<!energy )(?<!night )(?<!clinical )(?<!food )(?<!site )"
    r"(?<!health )(?<!environmental )(?:internal |external |senior |staff |it |financial )?auditor",
    "plumbing": r"plumber",
    "carpentry": r"(?:finish |rough |framing )?carpenter",
    "pharmacy practice": r"(?:staff |clinical |retail |hospital |community |senior )?pharmacist",
    "cash handling": r"cashier",
    "CNC machining": r"cnc (?:machinist|operator)",
    "surveying": r"(?<!quantity )(?<!building )(?<!marine )(?<!claims )(?<!vehicle )(?:land |site )?surveyor",
    "talent acquisition": r"(?<!military )(?<!army )(?<!navy )(?:technical |senior |corporate )?recruiter",
    "sales": r"(?:account executive|sales (?:representative|rep|associate|executive|consultant|advisor))",
    # (a tractor-trailer is driven on a commercial licence of class A; a truck may need class B)
    "CDL Class A": r"(?:otr|long[- ]haul|tractor[- ]trailer|class a|cdl[- ]a|line[- ]?haul)(?: truck)? driver",
    "CDL": r"(?:truck|regional|cdl|tanker) driver",
}
_TITLE_TRADE_RE = re.compile(
    "|".join(rf"(?P<t{i}>\b{pattern}s?\b)" for i, pattern in enumerate(_TITLE_TRADE.values())), re.I
)
_TITLE_TRADE_NAMES = tuple(_TITLE_TRADE)


def title_skill(title: str, vocab: Vocabulary, context: str | None = None) -> tuple[str, str] | None:
    """The skill a job title names as its work, and the words of the title that name it
    ("Senior Product Manager" -> ("product management", "Product Manager")), or None. ``context``: the job's
    lines, which decide a work of two senses as they do on a line (extract.in_own_sense): "Architectural
    Designer" over "Produced construction documents in Revit" is no software architecture."""
    found = _title_work(title, vocab, context)
    if found is not None:
        return found
    trade = _TITLE_TRADE_RE.search(title)
    if trade is not None and trade.lastgroup is not None:
        name = _TITLE_TRADE_NAMES[int(trade.lastgroup[1:])]
        if vocab.get(name) is not None:
            return name, trade.group()
    return None


def _title_work(title: str, vocab: Vocabulary, context: str | None = None) -> tuple[str, str] | None:
    found = _TITLE_HEAD.search(title.strip())
    if not found and "," in title:  # "Software Engineer, Platform Team": the title before its unit
        title = title[: title.index(",")]
        found = _TITLE_HEAD.search(title.strip())
    if not found or not found.group("field"):
        return None
    words = found.group("field").split()
    head = found.group("head")
    for n in range(len(words), 0, -1):
        field = words[-n:]
        for work in _TITLE_WORK[head.lower()]:
            entry = vocab.index.get(key_of(" ".join((*field, work))))
            if entry is not None and entry.skill is not None and not entry.strict:
                # (through an alias of two senses, only with its own sense's words: the title is all there is)
                if context is not None and not in_own_sense(
                    " ".join((*field, work)), context, own_needed=not entry.is_name
                ):
                    return None
                surface = title[title.find(field[0], found.start()) : found.end("head")]
                return entry.skill.name, surface
    return None


# a skill the resume says it is learning, or interested in, is not held yet: "Currently learning:
# Kubernetes, Rust", "- Learning Rust", "interested in Go", "planning to learn Terraform". The cue
# starts a clause (not "Machine learning: TensorFlow"), and the skill follows it in that clause.
_LEARNING = re.compile(
    r"(?:^|[:;,.(|•]|\bwhile\b)\s*(?:[-*+•]\s*)?(?:(?:currently|now|actively|also|am|i am|i'm)\s+)*"
    r"(?:(?:self-)?learning|(?<=currently )studying)\b"
    r"(?!\s+(?:management|platform|systems?|experiences?|outcomes|analytics|and development|& development|designer"
    r"|curve|path|objectives|programs?|initiatives?|modules?|content|culture|opportunities|resources)\b)"
    # "interested in" starts its clause ("Interested in: Rust"), never "clients interested in AWS"
    r"|(?:^|[:;.(|•])\s*(?:[-*+•]\s*)?(?:(?:also|am|i am|i'm|very|particularly|especially)\s+)*interested in\b"
    # what the person hopes to learn, gain or become ("Eager to learn Python", "Looking to gain
    # experience in Salesforce", "Would like to train in Sage", "I want to become a forklift
    # operator", "a role where I can learn Agile and Jira"), not what they have
    r"|\b(?:want|wants|wanting|hope|hoping|plan|planning|aim|aiming|eager|keen|looking|would like|seeking|excited"
    r"|motivated|willing)\s+to\s+(?:learn|gain|train|become)\b"
    r"|\bwhere i (?:can|could|will|would)\s+(?:learn|gain|train|grow (?:my|into))\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;|]\s|[;|]")
# the end of what the person is learning: its clause, or a comma before what they have ("eager to
# learn new tools, skilled in Go and Terraform")
_LEARNING_END = re.compile(
    r"[.;|]\s|[;|]|,\s*(?:and\s+)?(?=(?:skilled|experienced|proficient|strong|solid|expert|familiar|adept|versed"
    r"|with|having|have|has|i|i'm|currently|also|specialized|specialised|knowledgeable|certified|hands-on)\b)",
    re.I,
)


def learning_mentions(lines: Sequence[str], mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions of skills the resume says it is learning, interested in or hoping to gain, not
    using ("Currently learning: Kubernetes, Rust", "Eager to learn Python"), and of the role it
    seeks ("Seeking a Scrum Master position"). They are no job's skill and state no years."""

    def after_cues(line: str) -> list[tuple[int, int]]:  # from each cue to the end of its clause
        spans = []
        end: re.Match[str] | None = None
        searched = False
        for cue in _LEARNING.finditer(line):
            # the clause's end found for an earlier cue is this one's too when it lies beyond it, and none
            # found is none for the cues after: one search a clause, not one to the line's end a cue
            if not searched or (end is not None and end.start() < cue.end()):
                end, searched = _LEARNING_END.search(line, cue.end()), True
            spans.append((cue.end(), end.end() if end else len(line) + 1))
        spans += [(m.start("role"), m.end("role")) for m in _WANTED_ROLE.finditer(line)]
        return spans

    return _mentions_in_spans(lines, mentions, _LEARNING_WORDS, after_cues)


# a section naming the job the resume applies for (Europass: "JOB APPLIED FOR", then the title)
_WANTED_HEADING = re.compile(
    r"(?:job|position|role|post) applied for|(?:desired|target|preferred) (?:position|role|job)", re.I
)


def _wanted_role_mentions(sections: Iterable[ResumeSection], mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions in a section naming the job applied for: wanted, not held."""
    spans = [(s.line, s.end_line) for s in sections if s.heading and _WANTED_HEADING.fullmatch(s.heading.strip())]
    return [m for m in mentions if any(a <= m.line <= b for a, b in spans)] if spans else []


# the role an objective asks for is not held: "Seeking an entry-level Project Manager or Scrum
# Master position", "Applying for a Data Analyst role" (the skills after it still count: "Seeking a
# role where I can use my SQL")
_WANTED_ROLE = re.compile(
    r"\b(?:(?:seeking|looking for|applying for|pursuing)\s+(?:an?\s+|the\s+)?|(?:to obtain|to secure)\s+(?:an?|the)\s+)"
    # (a job or a post in the singular: "a Python developer job", "a Band 5 Registered Nurse post";
    # "slow Apache Spark jobs" are a cluster's)
    r"(?P<role>(?:[\w+#/&.-]+\s+){1,7}?)(?:(?:position|role|opportunit(?:y|ies)|career)s?|job|post)\b",
    re.I,
)
# (a line without one of them has no cue)
_LEARNING_WORDS = re.compile(
    "learn|studying|interested|gain|train|become|grow|seeking|looking for|applying|obtain|secure|pursuing"
)


def _mentions_in_spans(
    lines: Sequence[str],
    mentions: Iterable[Mention],
    words: re.Pattern[str],
    spans_of: Callable[[str], list[tuple[int, int]]],
) -> list[Mention]:
    """The mentions that start in one of the spans ``spans_of(line)`` gives of their line, asked
    once per line, and only of a line in which ``words`` (words in lower case) finds one, lowered."""
    spans_by_line: dict[int, list[tuple[int, int]]] = {}
    out = []
    for mention in mentions:
        spans = spans_by_line.get(mention.line)
        if spans is None:
            line = lines[mention.line - 1] if 0 < mention.line <= len(lines) else ""
            lowered = line.lower()
            spans = spans_by_line[mention.line] = _merged(spans_of(line)) if words.search(lowered) else []
        if spans and _span_at(spans, mention.start) is not None:
            out.append(mention)
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans, overlapping ones made one, in order (for _span_at: a line of a resume exported as one
    line has hundreds of spans and thousands of mentions)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(span for span in spans if span[0] < span[1]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


# a skill met in a course, not at work: "Familiar with Python (coursework)", "Relevant coursework:
# Kubernetes, AWS", "Took online courses in SQL and Tableau". On a job's lines it is shown, but it is
# no skill of the job: it gets none of the job's years. (Teaching a course is work: "Taught courses
# in Python" has none of these cues.)
_COURSEWORK = re.compile(
    r"\bcourse ?work\b"
    r"|\b(?:took|taking|completed|completing|enrolled in|attended|attending)\s+"
    r"(?:(?:an?|the|several|two|three|some|\w+)\s+)?(?:courses?|classes|class)\b"
    # a platform's courses, when their subject follows ("Online courses in SQL", "Udemy course:
    # Docker"), not work on one ("Built the online course marketplace")
    r"|\b(?:online|udemy|coursera|edx|linkedin learning)\s+(?:courses?|classes|class)\s*(?:in|on|:)",
    re.I,
)
# an activity beside the job, not the job: a teacher who "Coached the robotics club (Python)", "Sponsored
# the coding club", "Founded an after-school STEM club using Scratch": the skill is shown (evidence), but
# the job's years are not its years. (Work for a club is work: the employer "Boys & Girls Club" has no
# such verb before it.)
_ACTIVITY = re.compile(
    r"\b(?:coach|sponsor|advis|found|organi[sz]|ran|run|led|lead|mentor|start|facilitat|chair|captain)\w*"
    # (the club its object: "the school's robotics club", not "a Python course for club members")
    r"\s+(?:(?!(?:for|to|with|in|at|on|of|by|from)\b)[\w'&-]+\s+){0,5}?(?:club|society|extra-?curricular|after-?school)\b"
    r"(?:\s+(?:program(?:me)?s?|activit(?:y|ies)|teams?))?"
    # (where the clause ends: "Led the American Cancer Society donor platform migration" is work)
    r"(?=\s*(?:[(),.;:]|$)|\s+(?:and|at|for|in|with|where|of|to)\b)",
    re.I,
)
_CLAUSE = re.compile(r"[^.;|]+(?:[.;|](?!\S)|$)|[^;|]+")


def coursework_mentions(lines: Sequence[str], mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions in a clause that says the skill was met in a course ("Relevant coursework: AWS",
    "Familiar with Python (coursework)", "Took online courses in SQL") or in an activity beside the
    job ("Coached the robotics club (Python)", see _ACTIVITY)."""

    def cued_clauses(line: str) -> list[tuple[int, int]]:
        return [
            (c.start(), c.end())
            for c in _CLAUSE.finditer(line)
            if _COURSEWORK.search(c.group()) or _ACTIVITY.search(c.group())
        ]

    return _mentions_in_spans(lines, mentions, _COURSE_WORDS, cued_clauses)


_COURSE_WORDS = re.compile("course|class|club|societ|curricular|after.?school")


# a certification not held yet: "CFA Level II Candidate", "PMP candidate (exam scheduled March
# 2026)", "AWS Solutions Architect (in progress)", "CPA (expected 2026)", "Studying for the CPA
# exam". Like a degree in progress, it is not held: it is handled as a skill being learned.
_CERT_CUE_AFTER = re.compile(
    r"\)?\s*(?:\([^()]{1,12}\)\s*)?(?:"
    # a level of the exam right after its name: "CFA Level II" (not "RN, Level I Trauma Center")
    r"level\s+(?:I{1,3}|[123])\b(?!\s*[,(]?\s*[A-Za-z])"
    r"|(?:level\s+(?:I{1,3}|[123])\b\s*)?[(,:–—-]?\s*(?:"
    r"(?:(?:exam|examination)\s+)?(?:candidate|candidacy)|in[ -]progress|pursuing"
    r"|(?:exam|test)s?\s+(?:scheduled|planned|pending|booked)|licen[cs]\w*\s+pending|pending\s+licen[cs]\w*"
    rf"|(?:expected|anticipated|exp\.)\s*(?:in\s+|by\s+|:\s*)?(?:{_MONTH}\.?\s+)?{_YEAR}|(?:expected|anticipated)\b))",
    re.I,
)
_CERT_CUE_BEFORE = re.compile(
    r"\b(?:candidate for|pursuing|studying for|preparing for|working (?:toward|towards)|sitting for"
    r"|enrolled in)\b",
    re.I,
)
_CERT_HINT = re.compile(
    r"candida|progress|pursu|studying|preparing|toward|sitting|enrolled|expected|anticipated|exp\.|level|scheduled"
    r"|planned|pending|booked|exam",
    re.I,
)
# ... and an exam passed in part: its sections or parts, some of them passed ("CPA exam: passed AUD and FAR", "Passed 2
# of 4 CPA exam sections", "CPA (passed all four sections, licensure pending)": the licence is not held yet; "Passed
# the CPA exam, licensed in Texas" holds it, and so does a whole exam passed: "PMP exam passed 2024")
_EXAM_PARTS = re.compile(
    r"\s*(?:exam|examination)s?\b[^.;|]*?(?:\b(?:sections?|parts?)\b"
    r"|\bpassed\s+(?:\d\s*(?:/|of\b|out\b)|one\b|two\b|three\b|(?-i:[A-Z]{2,4})\b))",
    re.I,
)


def _span_at(spans: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The span holding a position, of spans in order that do not overlap (a line's clauses), by bisection."""
    index = bisect_right(spans, (at, sys.maxsize)) - 1
    return spans[index] if index >= 0 and at < spans[index][1] else None


def unheld_certifications(lines: Sequence[str], mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions of certifications the resume says are not held yet: a candidate for one,
    studying for one, one in progress or expected ("CFA Level II Candidate", "CPA (expected
    2026)", "Preparing for the PMP exam"). A cue after the certification is its own ("PMP, CKA
    (in progress)": CKA only); a cue before it covers the rest of its clause."""
    out = []
    clauses: dict[int, list[tuple[int, int]] | None] = {}  # a line's clauses, None without a cue
    for mention in mentions:
        if mention.skill.category != "certification" or not 0 < mention.line <= len(lines):
            continue
        line = lines[mention.line - 1]
        if mention.line not in clauses:  # once a line: a resume exported as one line has hundreds
            hinted = _CERT_HINT.search(line) is not None
            clauses[mention.line] = [c.span() for c in _CLAUSE.finditer(line)] if hinted else None
        spans = clauses[mention.line]
        if spans is None:
            continue
        start, end = _span_at(spans, mention.start) or (0, len(line))
        after = _CERT_CUE_AFTER.match(line, mention.end, end) or _EXAM_PARTS.match(line, mention.end, end)
        if after is None:
            # "(exam scheduled March 2026)" after "PMP candidate": the bracket is the mention's own
            tail = line[mention.end : end]
            bracket = re.match(r"\s*\(([^()]*)\)", tail)
            after = _CERT_CUE_AFTER.search(bracket.group(1)) if bracket else None
        if after is not None or _CERT_CUE_BEFORE.search(line, start, mention.start):
            out.append(mention)
    return out


def find_jobs(
    lines: Sequence[str],
    sections: Iterable[ResumeSection],
    today: date,
    mentions: Sequence[Mention],
    vocab: Vocabulary | None = None,
    title_mentions: list[Mention] | None = None,
    employer_mentions: list[Mention] | None = None,
) -> list[Job]:
    """The dated jobs of the given (experience) sections. With ``vocab``, a job's title is
    evidence of the skill it names as its work (see title_skill): the job's skills include it, and
    ``title_mentions`` (when given) gets a mention of it on the title's line. A mention inside the
    employer's name on a job's heading ("Software Engineer, Salesforce", "Express Scripts") is no
    skill of the job's; ``employer_mentions`` (when given) gets it."""
    by_line: dict[int, list[str]] = {}
    mentions_at: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_line.setdefault(mention.line, []).append(mention.skill.name)
        mentions_at.setdefault(mention.line, []).append(mention)
    jobs: list[Job] = []
    days_first = writes_days_first(lines)
    for section in sections:
        first, last = section.line + (0 if section.kind == "header" else 1), section.end_line
        info = {n: _line_info(lines[n - 1], today, days_first=days_first) for n in range(first, last + 1)}
        for n in range(first, last):
            if not info[n].bullet and (info[n + 1].text[:1] in _WRAP_NEXT or info[n].text.endswith(("-", "–", "—"))):
                _rejoin_dates(info, n, today)
        several = {n: parts for n in range(first, last + 1) if (parts := _jobs_of_one_line(info[n], today))}
        for n, parts in several.items():
            info[n] = parts[0]  # (the line's dates and its header: the first job's)
        dated = [n for n in range(first, last + 1) if info[n].date is not None]
        floor = first
        starts: list[int] = []
        for n in dated:
            start, above = n, 0
            while start - 1 >= floor and above < 2 and _header_line(info[start - 1]):
                start -= 1
                # (LinkedIn's "3 yrs 2 mos" is no header line, nor a federal resume's "Series/Grade: GS-0343-11",
                # the employer's street address or its place alone between its name and the title: "United
                # States Army" / "Fort Bragg, NC" / "Human Resources Specialist" / "06/2011 - 09/2017")
                text = info[start].text
                above += not (_tenure(text) or _job_detail(text) or _LOCATION.fullmatch(text))
            starts.append(start)
            floor = n + 1
        # dates above the title ("Jan 2021 – Present" then "Senior UX Researcher, Morningstar"):
        # the first date has nothing above it, and each date is alone on its line with a title
        # line below it
        below = (
            bool(dated)
            and starts[0] == dated[0]
            and all(_date_alone(info[n]) and n + 1 in info and _title_line(info[n + 1]) for n in dated)
        )
        group: str | None = None  # the employer of a group of roles (LinkedIn), see _group_employer
        umbrella: Job | None = None  # an employer's entry over the roles held there, see _under
        # a line of several jobs gives a view of the section per job; the lines below it are its last job's
        views = [
            (k, n, info if n not in several else {**info, n: part}, part is several.get(n, [part])[-1])
            for k, n in enumerate(dated)
            for part in several.get(n, [info[n]])
        ]
        section_start = len(jobs)  # (a group's employer comes from this section's jobs only)
        for k, n, view, last_part in views:
            start = starts[k] if n not in several else n
            stop = (starts[k + 1] - 1) if k + 1 < len(dated) else last
            end = max((j for j in range(n, stop + 1) if not view[j].blank), default=n) if last_part else n
            job = _job(view, start, n, end, by_line, below=below)
            earlier = jobs[-1] if len(jobs) > section_start and (k or n in several) else None
            group = _group_employer(view, start, n, job, group, earlier)
            if job.employer is None and job.title is not None and group is not None:
                job = replace(job, employer=group)
            if umbrella is not None and job.title is not None and _within(job.period, umbrella.period):
                job = _under(job, umbrella, view, start, n)
            elif job.title is None and job.employer is not None and end == n:
                umbrella = job  # "Northern Trust, Chicago, IL   2015 – Present", no lines of its own
            else:
                umbrella = None
            job = _without_detail_skills(job, view, mentions_at, employer_mentions)
            if job.employer is not None:
                job = _without_employer_skills(job, lines, view, n, mentions_at, employer_mentions)
            if vocab is not None and job.title is not None:
                title_line = n + 1 if below else (title_after_particulars(view, n, end) or n)
                job = _with_title_skill(job, lines, title_line, vocab, title_mentions, by_line)
            if not job.internship and section.heading and _not_professional_section(section.heading):
                job = replace(job, internship=True)  # ("Software Engineer, Google" under "Internships")
            jobs.append(job)
    return _without_uncoded_towns(jobs, lines)


# a place with its state's or its country's code: "Groton, CT", "Memphis TN", "Munich (Germany)"
_CODED_PLACE = re.compile(rf"[\s,(](?:{'|'.join(STATE_CODES)}|{_COUNTRIES})\)?(?:\s+\d{{4,5}})?$")


def _without_uncoded_towns(jobs: list[Job], lines: Sequence[str]) -> list[Job]:
    """The jobs with a bare word after an employer's comma given back to the employer when the resume
    writes its places with their state's or country's code: "Johnson & Johnson, Janssen" (a company of
    the group) where another job is "Pfizer, Groton, CT"; a big city stays a place ("Google, London")."""
    if not any(job.location and _CODED_PLACE.search(job.location) for job in jobs):
        return jobs
    out = []
    for job in jobs:
        place, employer = job.location, job.employer
        if (
            place
            and employer
            and _BARE_PLACE.fullmatch(place)
            and place not in MAJOR_CITIES
            and not _LOCATION.fullmatch(place)  # ("Remote")
        ):
            joined = f"{employer}, {place}"
            if any(joined in lines[n - 1] for n in range(job.line, job.end_line + 1)):
                job = replace(job, employer=joined, location=None)
        out.append(job)
    return out


def _jobs_of_one_line(line: _LineInfo, today: date) -> list[_LineInfo]:
    """The jobs of a line that lists several, each with its dates, apart at its semicolons: "Legal
    Secretary, Jenner & Block LLP (2015-2018); Receptionist, Baker McKenzie (2012-2015)" is two
    jobs; a line with one date ("Analyst, Acme (2019-2021); promoted twice") is none of this."""
    if line.bullet or ";" not in line.text:
        return []
    parts = [_line_info(part, today) for part in line.text.split(";") if part.strip()]
    if len(parts) < 2 or not all(_titled_then_dated(part) for part in parts):
        return []  # ("Founded 2010 - 2012 in Berlin; funded 2019 - 2021.": no job's)
    return parts


def _titled_then_dated(line: _LineInfo) -> bool:
    """A job's title (and employer), then its dates, nothing after: "Receptionist, Baker McKenzie (2012-2015)"."""
    found = line.date
    return found is not None and not _trim(line.text[found.end :]) and TITLE_WORDS.search(line.text[: found.start])


def _without_detail_skills(
    job: Job, info: dict[int, _LineInfo], mentions_at: dict[int, list[Mention]], employer_mentions: list[Mention] | None
) -> Job:
    """The job without the skills only its particulars' lines show (see _JOB_DETAIL): "Supervisor: Robert Chen,
    (202) 555-0177; may contact" names a person to call, no skill of the job's."""
    detail = [n for n in range(job.line, job.end_line + 1) if not info[n].bullet and _job_detail(info[n].text)]
    dropped = [m for n in detail for m in mentions_at.get(n, ())]
    if not dropped:
        return job
    if employer_mentions is not None:
        employer_mentions.extend(dropped)
    shown = {m.skill.name for n in range(job.line, job.end_line + 1) if n not in detail for m in mentions_at.get(n, ())}
    gone = {m.skill.name for m in dropped} - shown
    return replace(job, skills=tuple(name for name in job.skills if name not in gone))


def _without_employer_skills(
    job: Job,
    lines: Sequence[str],
    info: dict[int, _LineInfo],
    date_line: int,
    mentions_at: dict[int, list[Mention]],
    employer_mentions: list[Mention] | None,
) -> Job:
    """The job without the skills only its employer's name shows: a mention inside the employer on
    a heading line (to the row below the dates, a two-row heading's) is no evidence of the skill
    ("Product Manager, HubSpot"; "Salesforce Developer, Acme" keeps its title's Salesforce, a bullet
    "Built integrations with Salesforce" its own). A business's name says what the business does,
    not what the person did there: an industry's or a trade's common noun in it is no evidence
    either ("Pipe Welder, Goettl Air Conditioning & Plumbing": no plumbing; "Brightwire Logistics":
    no logistics). Kept: a description in brackets ("Parcelnest (e-commerce SaaS)"), and an
    "employer" that is a list of skills ("Backend Engineer | Python, Django": two skills or more
    and nothing else)."""
    employer = job.employer
    assert employer is not None
    dropped: list[Mention] = []
    for number in range(job.line, min(date_line + 1, job.end_line) + 1):
        if number > date_line and (info[number].bullet or info[number].blank):
            break
        at = lines[number - 1].find(employer)
        if at < 0:
            continue
        name = len(employer.split("(")[0].rstrip())  # not a description in brackets: "Parcelnest (logistics SaaS)"
        inside = [m for m in mentions_at.get(number, ()) if m.start >= at and m.end <= at + name]
        rest = _without_spans(lines[number - 1], at, at + name, inside) if len(inside) > 1 else ""
        if len(inside) == 1 or _BUSINESS_WORD.search(rest):
            # (two or more and no other word: a list of skills taken for an employer); a trade the title
            # names too stays: "Plumber, ABC Plumbing & HVAC" shows plumbing
            dropped.extend(m for m in inside if not _trade_of_the_job(job.title, employer, m))
        dropped.extend(_place_mentions(lines[number - 1], at + len(employer), job, mentions_at.get(number, ())))
        dropped.extend(_location_mentions(lines[number - 1], at + len(employer), job, mentions_at.get(number, ())))
    if not dropped:
        return job
    if employer_mentions is not None:
        employer_mentions.extend(dropped)
    gone = set(map(id, dropped))
    shown = {
        m.skill.name for n in range(job.line, job.end_line + 1) for m in mentions_at.get(n, ()) if id(m) not in gone
    }
    return replace(job, skills=tuple(name for name in job.skills if name in shown))


# a word of a business's name beside the skills it names ("Goettl" and "Air Conditioning" of "Goettl Air
# Conditioning & Plumbing"); not a separator or a joining word
_BUSINESS_WORD = re.compile(r"\b(?!(?:and|or|of|the)\b)[A-Za-z]{2,}")


# the place after an employer on a job's heading, up to the next cell or the dates: "Trafford Grammar
# School, Sale - September 2021", "Tesco | Sale | 2019 - 2022", "Walgreens, Sale    2016 - 2018" (the dates
# after spaces: a right-aligned column), "Walgreens, Sale 01/2016 - 06/2018"
_PLACE_SLOT = re.compile(
    r"\s*(?:,|\||[-–—·])\s*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    rf"(?=\s*(?:[,|(·]|[-–—]\s|$)|\s+(?:(?i:{_MONTH})\s*|(?:0?[1-9]|1[0-2])\s*[/.]\s*)?{_YEAR}\b)"
)


def _place_mentions(line: str, end: int, job: Job, mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions of a common noun's skill in the place after the employer, in capitals: a town
    named like a skill ("Sale" in Greater Manchester is no sales, nor "Commerce, CA" commerce). Not
    a skill named as such ("Acme Corp, Python/Django"), nor the title after its employer ("Acme
    Corp, Sales Manager"), nor a department where the job has no title ("Acme Corp | Marketing")."""
    if job.title is None:
        return []
    found = _PLACE_SLOT.match(line, end)
    if found is None or found["place"] == job.title or TITLE_WORDS.search(found["place"]):
        return []
    start, stop = found.span("place")
    return [m for m in mentions if m.start >= start and m.end <= stop and m.skill.name[:1].islower()]


def _location_mentions(line: str, end: int, job: Job, mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions inside the job's place read after its employer on a heading line: a town's
    abbreviation before its state's code ("Best Buy, MPLS, MN": Minneapolis, no MPLS networking)."""
    if job.location is None:
        return []
    at = line.find(job.location, end)
    if at < 0:
        return []
    return [m for m in mentions if m.start >= at and m.end <= at + len(job.location)]


def _trade_of_the_job(title: str | None, employer: str, mention: Mention) -> bool:
    """Whether a skill the employer's name names is the worker's trade: the title names it too
    ("Plumber, ABC Plumbing & HVAC": plumbing), or the title is a trade's role that names no trade of
    its own, so it works in the employer's ("Apprentice, ABC Plumbing & Heating": plumbing; not "HVAC
    Installer, Goettl Air Conditioning & Plumbing", whose title names its own trade). An employer of
    two trades says neither is the role's ("Lead Service Technician, Goettl Air Conditioning &
    Plumbing" may fix air conditioners alone): the job's own lines show which, when they name it."""
    if mention.skill.name[:1].islower() and _title_names(title, mention.surface):
        return True
    return mention.skill.category == "domain" and _bare_trade_role(title) and _firm_trades(employer) < 2


# the trades a firm's name may list, each a family of its words: "Goettl Air Conditioning & Plumbing"
# names two, "ABC Plumbing & Heating" and "Bob's Plumbing & Drains" one (heating is a plumber's as often
# as an HVAC firm's: "Heating & Air" alone says HVAC)
_FIRM_TRADE_FAMILIES = (
    r"plumbing|plumbers?|drains?|drainage",
    r"air[- ]conditioning|hvac|hvac-?r|cooling|refrigeration|heating (?:&|and) air|heat pumps?",
    r"electric(?:al)?|electricians?",
    r"roofing|roofers?",
    r"carpentry|joinery|carpenters?",
    r"welding|fabrication",
    r"landscaping|landscapes?",
    r"painting|decorating|painters?",
    r"masonry|bricklaying|brickwork",
)
_FIRM_TRADE = re.compile(
    "|".join(rf"(?P<f{i}>\b(?:{family})\b)" for i, family in enumerate(_FIRM_TRADE_FAMILIES)), re.I
)


def _firm_trades(employer: str) -> int:
    """How many trades a firm's name lists (see _FIRM_TRADE_FAMILIES)."""
    return len({m.lastgroup for m in _FIRM_TRADE.finditer(employer)})


# a trade's role that names no trade ("Apprentice", "Helper", "2nd Year Apprentice", "Service Technician"),
# with its grade and setting; a title with any other word names its own trade or work
_TRADE_ROLE = re.compile(r"apprentice|helper|mate|technician|tech|installer|fitter|journeyman|journeyperson|"
                         r"mechanic|labou?rer|trainee|improver|operative|tradesman|tradesperson|hand")
_TRADE_ROLE_GRADE = re.compile(
    r"(?:senior|junior|lead|chief|head|master|general|service|field|site|shop|crew|first|second|third|fourth|"
    r"1st|2nd|3rd|4th|year|yr|level|grade|class|i{1,3}|iv|[a-c]|trade|trades|skilled|qualified|licensed|"
    r"registered|indentured|certified|assistant|and|&|/)"
)


def _bare_trade_role(title: str | None) -> bool:
    """Whether a title is a trade's role and its grade only (see _TRADE_ROLE)."""
    if not title:
        return False
    words = re.findall(r"[a-z0-9&/]+", title.lower().replace("'s ", " "))
    return any(_TRADE_ROLE.fullmatch(w) for w in words) and all(
        _TRADE_ROLE.fullmatch(w) or _TRADE_ROLE_GRADE.fullmatch(w) for w in words
    )


def _title_names(title: str | None, surface: str) -> bool:
    """Whether a job's title names the trade a word of an employer's name names: a word of each
    with the same first four letters or more ("Plumber" and "Plumbing", "Electrician" and
    "Electrical", "Accountant" and "Accounting")."""
    if not title:
        return False
    stems = {w[:4] for w in re.findall(r"[a-z]{4,}", surface.lower())}
    return any(w[:4] in stems for w in re.findall(r"[a-z]{4,}", title.lower()))


def _without_spans(line: str, start: int, end: int, mentions: Sequence[Mention]) -> str:
    """``line[start:end]`` without the text of ``mentions`` (inside it)."""
    out, at = [], start
    for m in sorted(mentions, key=lambda m: m.start):
        out.append(line[at : m.start])
        at = max(at, m.end)
    out.append(line[at:end])
    return " ".join(out)


def _with_title_skill(
    job: Job,
    lines: Sequence[str],
    last: int,
    vocab: Vocabulary,
    title_mentions: list[Mention] | None,
    by_line: dict[int, list[str]],
) -> Job:
    """The job with its title's skill; its mention on the first header line (to ``last``) that has
    it, unless the line names the skill already ("Business Analyst" is an alias of business analysis)."""
    assert job.title is not None
    found = title_skill(job.title, vocab, "\n".join(lines[job.line - 1 : job.end_line]))
    if found is None:
        return job
    for name, surface in (found, *_title_licences(job.title, vocab)):
        skill = vocab.get(name)
        if skill is None:
            continue
        if title_mentions is not None:
            for number in range(job.line, last + 1):
                at = lines[number - 1].find(surface)
                if at >= 0:
                    if name in by_line.get(number, ()):
                        break
                    title_mentions.append(Mention(skill, number, at, at + len(surface), surface, Method.ALIAS))
                    break
        if name not in job.skills:
            job = replace(job, skills=(*job.skills, name))
    return job


# a nurse's title of the registered grade is her registration: "Staff Nurse", "Charge Nurse",
# "Intensive Care Nurse" (not "Nursing Assistant", "Licensed Practical Nurse", "Student Nurse")
_REGISTERED_NURSE = re.compile(
    r"\b(?:staff|charge|clinical|ward|theatre|scrub|icu|intensive care|critical care|emergency|er|registered"
    r"|senior|specialist|community|district|practice|school|triage|surgical|pediatric|paediatric|oncology"
    r"|telemetry|neonatal|nicu|flight|travel) nurse\b",
    re.I,
)


def _title_licences(title: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """The licence a title shows beside its work (see title_skill): a registered nurse's grade."""
    found = _REGISTERED_NURSE.search(title)
    if found is None or re.search(
        r"\b(?:student|practical|vocational|enrolled|assistant|aide|lpn|lvn|rpn|en)\b", title, re.I
    ):
        return []
    return [("RN", found.group())] if vocab.get("RN") is not None else []


# LinkedIn's tenure and employment type, on a line of their own or beside the dates: "3 yrs 2
# mos", "Full-time · 2 yrs 4 mos", "Jan 2022 - Present · 2 yrs": neither title nor employer
_TENURE = re.compile(
    r"(?:(?:\d{1,2}\s*(?:yrs?|years?|mos?|months?)\b\s*){1,2}|less than a year|(?:full|part)[- ]time|permanent"
    r"|temporary|seasonal)",
    re.I,
)


def _tenure(text: str) -> bool:
    """Whether a header line or unit says only how long or on what terms ("3 yrs 2 mos",
    "Full-time · 2 yrs")."""
    if not _TENURE_HINT.search(text):
        return False  # (most lines: a unit of tenure has a number or one of these words)
    units = [u for u in (_trim(u) for u in _SEPARATORS.split(text)) if u]
    return bool(units) and all(_TENURE.fullmatch(u) for u in units)


_TENURE_HINT = re.compile(r"\d|time|permanent|temporary|seasonal|less than", re.I)


def _group_employer(
    info: dict[int, _LineInfo], start: int, date_line: int, job: Job, group: str | None, previous: Job | None
) -> str | None:
    """The employer of the group of roles a job is in, for the jobs after it. LinkedIn lists the
    roles held at one employer under it: "Google" (then "3 yrs 2 mos"), "Senior Engineer",
    "Jan 2022 - Present", ..., "Engineer", "Jan 2020 - Dec 2021": the first role's header has the
    employer on a line of its own above the title; the next roles have a title line only, and each
    ended when the one above it started (a promotion; a month shared at most). A job headed that
    way starts a group; a later role stays in it; any other job ends it."""
    header = [n for n in range(start, date_line) if not _tenure(info[n].text)]
    # (or the title on the dates' line: "Brightwave Analytics | Chicago, IL", then "Senior Account
    # Executive, Mid-Market | January 2023 - Present", ..., "Account Executive, SMB | March 2021 -
    # December 2022")
    titled = job.title is not None and not _dates_alone(info[date_line])
    if len(header) in (1, 2) and job.employer is not None and not TITLE_WORDS.search(info[header[0]].text):
        if len(header) == 2 and _title_line(info[header[1]]) and _dates_alone(info[date_line]):
            return job.employer
        if len(header) == 1 and titled:
            return job.employer
    elif len(header) in (0, 1) and job.employer is None and job.title is not None and previous is not None:
        earlier = _index(*job.period.end) <= _index(*previous.period.start) + 1
        role_line = _dates_alone(info[date_line]) if header else titled
        return group if earlier and role_line else None
    return None


def _dates_alone(info: _LineInfo) -> bool:
    """Whether a date line names no title and no employer ("Jan 2022 - Present · 2 yrs")."""
    found = info.date
    assert found is not None
    return _title_employer([info.text[: found.start] + " | " + info.text[found.end :]])[:2] == (None, None)


def _within(inner: Period, outer: Period) -> bool:
    return _index(*outer.start) <= _index(*inner.start) and _index(*inner.end) <= _index(*outer.end)


def _under(job: Job, umbrella: Job, info: dict[int, _LineInfo], start: int, date_line: int) -> Job:
    """A role listed under its employer's entry ("Northern Trust, Chicago, IL   2015 – Present",
    then "Vice President, Risk Analytics (2021 – Present)"): the employer is the entry's, and what
    follows the title after a comma is the rest of the title, not another employer."""
    title = job.title
    assert title is not None
    if job.employer is not None:
        joined = f"{title}, {job.employer}"
        if any(joined in info[n].text for n in range(start, date_line + 1)):
            title = joined
        elif job.employer != umbrella.employer:
            return job  # an employer of its own (a client, a subsidiary): kept
    return replace(job, title=title, employer=umbrella.employer)


# the abbreviation a heading's name ends in, its stop no sentence's: "Accounting Clerk, Midwest Foods Inc.",
# "Paralegal, Baker & Sons Co.", "Staff Accountant, Washington, D.C." (not "Reconciled accounts monthly.")
_ABBREVIATION_END = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr)|\b(?:[A-Z]\.){1,3}[A-Z])\.$")


def _sentence_end(text: str) -> bool:
    """Whether a line ends as a sentence does, with a stop or a semicolon (not an abbreviation's stop)."""
    return text.endswith(";") or (text.endswith(".") and not _ABBREVIATION_END.search(text))


# a line of a job's particulars on a federal resume or a form's (USAJOBS, Europass): "Hours per week: 40",
# "Salary: $86,335 per year", "Series/Grade: GS-0343-11", "Pay Plan: GS", "Supervisor: Jane Doe, (202) 555-0198;
# may contact", "Okay to contact this Supervisor: Yes"; and the employer's street address ("500 C Street SW,
# Washington, DC 20472"): no title, no employer's name, no skill (not "Salesforce Administrator: 2019 - 2021")
_JOB_DETAIL = re.compile(
    r"(?:hours(?: per week)?|salary|pay plan|(?:(?:immediate|direct|first[- ]line) )?"
    r"supervisor(?:'s (?:name|phone))?|(?:ok(?:ay)?|may (?:we|i)) (?:to )?contact(?: (?:this )?supervisor)?"
    r"|reason for leaving|duties,? accomplishments,? and related skills|number of employees supervised)\s*:"
    # (a grade or series only with a pay plan's or a grade's number for its value, "Series: 0343", "Grade: 11",
    # "Series/Grade: GS-2210-12/13": not a teacher's "Grade: 4th grade math" nor a broker's "Series: 7, 66 licensed")
    rf"|(?:series\s*/\s*)?grade\s*:\s*(?:{_PAY_PLANS}\b|\d{{4}}\b|\d{{1,2}}(?:/\d{{1,2}})?(?=\s*(?:[,;]|$)))"
    rf"|series\s*:\s*(?:{_PAY_PLANS}\b|\d{{4}}\b)"
    # (Europass: the employer's industry, "Business or sector Information and communication": no communication)
    r"|(?:business or sector|type of business)\b"
    r"|\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr"
    r"|Lane|Ln|Way|Parkway|Pkwy|Highway|Hwy|Pike|Plaza)\b\.?(?:\s+[NS][EW]\b)?(?:,|$)",
    re.I,
)


def _job_detail(text: str) -> bool:
    """Whether a line is a job's particulars (see _JOB_DETAIL), or its grade alone ("GS-0343-11")."""
    if _JOB_DETAIL.match(text):
        return True
    return _DIGIT.search(text) is not None and not _trim(_FEDERAL_GRADE.sub("", text))


def title_after_particulars(info: dict[int, _LineInfo], date_line: int, end: int) -> int | None:
    """The line of a job's title written below its dates and its particulars, as USAJOBS writes a job: the
    employer, its place, "08/2019 - Present", "Salary: ...", "Hours per week: 40", "Grade: 6", then "Medical
    Support Assistant" (not a title right below the dates: see find_jobs' ``below``)."""
    n = date_line + 1
    while n <= end and not info[n].bullet and _job_detail(info[n].text):
        n += 1
    return n if date_line + 1 < n <= end and _title_line(info[n]) else None


def _titled_below_particulars(
    texts: list[str], title_text: str, location: str | None
) -> tuple[str | None, str | None, str | None]:
    """Title, employer and place of a job whose title is below its particulars: the title that line's ("Medical
    Support Assistant (This is a federal job)": its note left out), the employer the first header line that is
    no place and no particular ("Brooke Army Medical Center")."""
    title = _trim(_NOTE.sub("", _FEDERAL_GRADE.sub("", title_text))) or None
    employer = None
    for text in texts:
        if not text or _job_detail(text) or _LOCATION.fullmatch(text):
            continue
        place = _place_at_end(text)
        employer = _trim(text[: place.start()]) if place and place.start() else text
        location = location or (place.group("loc") if place else None)
        break
    return title, employer, location


def _header_line(info: _LineInfo) -> bool:
    return (
        not info.blank
        and not info.bullet
        and not info.indented
        and info.date is None
        and not _sentence_end(info.text)
        and len(info.text.split()) <= 15
        and not info.text.startswith(_ENTRY_NOTES)
        and not _work_sentence(info.text)
        and not _TABLE_HEAD_ROW.fullmatch(info.text)
    )


# the label before a job's dates: "From: Jan 2014 To: Dec 2016", "Dates: 2019 - 2021"
_DATE_LABEL = re.compile(r"\b(?:from|dates?|period)\s*:?\s*$", re.I)


# a work history table's header row: "Company | Position | From | To", "Employer  Designation  Duration"
_COLUMN_LABEL = (
    r"(?:company|employer|organi[sz]ation|position|job title|title|role|designation|from|to|dates?|duration|period"
    r"|location|start(?: date)?|end(?: date)?|city|responsibilities)"
)
_TABLE_HEAD_ROW = re.compile(rf"\W*{_COLUMN_LABEL}(?:\s*[|,/\t-]?\s*{_COLUMN_LABEL}){{2,}}\W*", re.I)


# the first word of a bullet's sentence whose bullet was drawn, not written (a PDF from HTML with
# CSS list bullets): a verb in the past tense
_PAST_VERB = re.compile(
    r"^(?:[A-Z][a-z]{2,}ed|Built|Wrote|Led|Ran|Held|Made|Won|Took|Set|Grew|Cut|Drove|Taught|Sold|Brought|Began|Kept"
    r"|Met|Got|Gave|Found|Fought|Rebuilt|Rewrote|Oversaw|Spoke|Shipped|Upheld|Undertook|Overcame|Flew|Saw|Sent|Spent)\b"
)


# or in the present, a current job's ("Build weekly schedules and approve timecards in Kronos", "Act as NEC4
# Supervisor; manage compensation events"), a word in lower case or a number after it ("Design drainage to
# DMRB", "Supervise 35 associates"; not "Design Studio of the City of London")
_PRESENT_VERB = re.compile(
    rf"^(?:{PRESENT_VERBS}|Administer|Advise|Analy[sz]e|Approve|Counsel|Draft|Negotiate|Organi[sz]e|Process|Repair"
    r"|Report|Respond|Schedule|Sell|Serve|Track|Use|Verify|Work)s? (?=[a-z0-9])"
)


def _work_sentence(text: str) -> bool:
    """A bullet's sentence with its bullet left out ("Wrote REST endpoints and PostgreSQL
    migrations; added unit tests", "Deployed with Docker to AWS ECS via GitHub Actions", "Build
    weekly schedules and approve timecards in Kronos"): a past verb or a present one, then two
    words in lower case or more, no title ("Registered Nurse in the ICU"); never a job's title or
    employer ("Advanced Micro Devices", "United States Air Force")."""
    if not (_PAST_VERB.match(text) or _PRESENT_VERB.match(text)):
        return False
    words = text.split()
    return (
        len(words) >= 5
        and sum(w[:1].islower() for w in words) >= 2
        and (";" in text or not TITLE_WORDS.search(text))
    )


# the last line of a Europass entry: "Business or sector Human health activities" (no heading of
# the next one)
_ENTRY_NOTES = ("Business or sector", "Type of business", "Main activities")


def _date_alone(info: _LineInfo) -> bool:
    found = info.date
    return found is not None and not _trim(info.text[: found.start] + " " + info.text[found.end :])


def _title_line(info: _LineInfo) -> bool:
    return _header_line(info) and bool(TITLE_WORDS.search(info.text))


def _job(
    info: dict[int, _LineInfo],
    start: int,
    date_line: int,
    end: int,
    by_line: dict[int, list[str]],
    *,
    below: bool = False,
) -> Job:
    """``below``: the title line is the one below the date line."""
    found = info[date_line].date
    assert found is not None
    texts = [info[n].text for n in range(start, date_line)]
    dated = info[date_line].text
    rest = _trim(_DATE_LABEL.sub("", dated[: found.start]) + " " + dated[found.end :])
    if rest:
        texts.append(rest)
    if below:
        texts.append(info[date_line + 1].text)
    location_line = info.get(date_line + (2 if below else 1))
    title, employer, location = _title_employer(texts)
    if not below and (after := title_after_particulars(info, date_line, end)) is not None:
        title, employer, location = _titled_below_particulars(texts, info[after].text, location)
    if employer is None and title is not None and location is not None and (venue := _VENUE_PLACE.match(location)):
        # "Prep Cook (seasonal), Lake Geneva Resort, WI": the "place" is an employer's name before its state
        employer, location = venue.group("name"), venue.group("rest")
    if (
        employer is not None
        and title is not None
        and rest.startswith(f"{title}, {employer}")
        and not below
        and date_line < end
        and not _ORGANISATION.search(employer)
        and not _NAMED_FIRM.search(employer)
    ):
        # "Research Associate II, Immunology  Aug 2021 - Present" over "Moderna, Cambridge, MA": after the
        # title's comma its department, the employer (with its place) on the row below
        below_employer, row_place = _employer_row(info[date_line + 1])
        if below_employer is not None and row_place is not None:
            title, employer, location = f"{title}, {employer}", below_employer, location or row_place
    if employer is None and title is not None and _trim(_NOTE.sub("", rest)) and not below and date_line < end:
        # (not when all the date line has beside its dates is a note, LinkedIn's "(1 year 5 months)": the row
        # below is the job's place, "New York, New York, United States", or its text)
        # a two-row heading (Jake's resume): "Senior Data Scientist  Mar 2022 - Present", then
        # "Zillow Group  Seattle, WA" (the employer, its place) on the row below
        employer, row_place = _employer_row(info[date_line + 1])
        location = location or row_place
    elif below and title is not None and date_line + 2 <= end:
        # dates, then the title, then the employer (Europass): "03/2019 – 05/2021" / "Staff Nurse,
        # Internal Medicine" / "Copernicus Hospital, Gdańsk (Poland)": the title line is the title
        whole = info[date_line + 1].text
        if employer is None or (employer in whole and whole.startswith(title)):
            row = date_line + (3 if info[date_line + 2].blank and date_line + 3 <= end else 2)  # (a DOCX's empty cell)
            found_employer, row_place = _employer_line(info[row])
            if found_employer is not None:
                title, employer, location = _trim(whole), found_employer, location or row_place
    if location is None and location_line is not None and not location_line.bullet:
        place = _LOCATION.search(location_line.text)
        if place and place.start() == 0:
            location = place.group("loc")
    skills = list(dict.fromkeys(name for n in range(start, end + 1) for name in by_line.get(n, ())))
    kind_text = title or " ".join(texts)
    not_work = _NOT_WORK.search(kind_text)
    if not_work and title is not None and kind_text[: not_work.start()].strip(" (*_"):
        not_work = None
    if not_work and title is None and employer is not None and _NOT_WORK.search(employer):
        title, employer = employer, None  # "Career break (travelling)": what the entry is, no employer's name
    joined = " ".join(texts)
    student = _WHILE_STUDYING.search(joined) or _PLACEMENT.search(joined)
    return Job(
        title=title,
        employer=employer,
        location=location,
        period=found.period,
        line=start,
        end_line=end,
        internship=bool(
            _NOT_PROFESSIONAL.search(kind_text) or not_work or student or (title is None and _STUDY.search(kind_text))
        ),
        skills=tuple(skills),
    )


# words that start a city's name of two or three ("New York", "Salt Lake City", "Mountain View"):
# the place at the end of "Google Mountain View, CA" is "Mountain View"
_CITY_HEADS = frozenset(
    "new san los las santa st st. saint fort ft. palo mountain salt lake ann baton long grand el little sioux "
    "cedar colorado kansas oklahoma jersey boca redwood menlo foster daly culver beverly virginia overland round "
    "rio des port cape kuala abu hong tel buenos são sao mexico rancho newport palm west east north south "
    "college state ho".split()
)
# the big cities a row names bare, no state or country after it ("Chicago | Data Analyst | 2019-2021"): a
# cell that is one of them is the job's place, never its employer
MAJOR_CITIES = frozenset(
    (
        "New York", "NYC", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego",
        "Dallas", "Austin", "San Jose", "San Francisco", "Seattle", "Denver", "Boston", "Atlanta", "Miami",
        "Washington", "Detroit", "Minneapolis", "Portland", "Nashville", "Baltimore", "Pittsburgh", "Charlotte",
        "Orlando", "Tampa", "Las Vegas", "Salt Lake City", "Kansas City", "St. Louis", "Cleveland", "Cincinnati",
        "Columbus", "Indianapolis", "Milwaukee", "Raleigh", "Sacramento", "New Orleans", "Jacksonville",
        "Fort Worth", "Oklahoma City", "Albuquerque", "Tucson", "Memphis", "Louisville", "Richmond", "Buffalo",
        "Brooklyn", "Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Ottawa", "London", "Manchester",
        "Birmingham", "Edinburgh", "Glasgow", "Dublin", "Paris", "Berlin", "Munich", "Hamburg", "Frankfurt",
        "Amsterdam", "Madrid", "Barcelona", "Milan", "Rome", "Zurich", "Zürich", "Stockholm", "Copenhagen",
        "Warsaw", "Prague", "Vienna", "Lisbon", "Brussels", "Sydney", "Melbourne", "Brisbane", "Perth",
        "Auckland", "Singapore", "Hong Kong", "Tokyo", "Seoul", "Bangalore", "Bengaluru", "Mumbai", "Delhi",
        "New Delhi", "Hyderabad", "Chennai", "Pune", "Dubai", "Tel Aviv", "São Paulo", "Mexico City",
    )
)
_NAME_WORD = r"(?:[A-Z0-9][\w&.'-]*|&|and|of|the|for)"
# "Zillow Group", "Bank of America", a chain's store by its number ("Walgreens #4411", "Kroger #527")
_ORGANISATION_ROW = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,5}}(?: #\d+)?")


_LAST_CELL = re.compile(r".*\s[|·•]\s+")  # (all up to the last cell of a row)
_NAMES_THEN_STATE = re.compile(rf"^[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){{3,5}},\s*(?:{'|'.join(STATE_CODES)})$")


def _employer_row(info: _LineInfo) -> tuple[str | None, str | None]:
    """The employer and the place of the row below a title's date line, when it is one: "Zillow
    Group  Seattle, WA" (the two cells of a row, their gap lost), "General Motors, Warren, MI",
    "Expedia" (a name in capitals, no sentence)."""
    if info.blank or info.bullet or info.date is not None or not _header_line(info) or TITLE_WORDS.search(info.text):
        return None, None
    text = info.text
    place = _place_at_end(text)
    location = None
    if place is None and (cell := _LAST_CELL.match(text)) is not None and _LOCATION.fullmatch(text[cell.end() :]):
        # the place a cell of its own: "Multnomah County Library | Portland, OR"
        location, text = text[cell.end() :], text[: cell.end()].strip(" |·•")
    elif place is None and _NAMES_THEN_STATE.match(text):
        location, text = text, ""  # "UC Santa Cruz Santa Cruz, CA": more words than a place has
    elif place is not None:
        location, text = place.group("loc"), text[: place.start()].strip(" ,|·-–—")
    if location is not None and not text and "," in location:
        # no separator left between the employer and the city: the city is its last word,
        # or two or three ("Mountain View")
        words, state = location[: location.index(",")].split(), location[location.index(",") :]
        k = len(words) - 1
        while k > 0 and words[k - 1].lower() in _CITY_HEADS:
            k -= 1
        if k == 0:
            return None, location
        text, location = " ".join(words[:k]), " ".join(words[k:]) + state
    units = [u for u in (_trim(u) for u in _SEPARATORS.split(text)) if u]
    if units and (host := _HOST.fullmatch(units[0])) and _ORGANISATION.search(host["org"]):
        return host["org"], location  # "Lab of Dr. K. Osei, Northeastern University": the university employs
    if not units or not (_ORGANISATION_ROW.fullmatch(units[0]) or _firm_and_its_part(units[0])):
        return None, None
    return units[0], location


def _firm_and_its_part(text: str) -> bool:
    """A firm's name with its line of business or its legal form after a comma, no town: "Goldman Sachs, Asset
    Management", "Acme, Inc." (not "Python, SQL", "Monzo Bank, London" nor two functions: "Sales, Marketing")."""
    name, _, part = (p.strip() for p in text.partition(","))
    return (
        bool(_ORGANISATION_ROW.fullmatch(name) and _ORGANISATION_ROW.fullmatch(part))
        and not _BUSINESS_FUNCTION.fullmatch(name)
        and (_COMPANY_SUFFIX.match(part) is not None or _BUSINESS_FUNCTION.search(part) is not None)
    )


# a lab, a department or a division before the organisation it is part of: "Lab of Dr. K. Osei, Northeastern
# University", "Osei Lab, Northeastern University", "Department of Medicine, Stanford University"
_HOST = re.compile(
    rf"(?:{_NAME_WORD} )*?(?:Lab|Laboratory|Department|Dept\.|Division|Group)(?: {_NAME_WORD}){{0,5}},\s*"
    rf"(?P<org>{_NAME_WORD}(?: {_NAME_WORD}){{0,5}})"
)


def _employer_line(info: _LineInfo) -> tuple[str | None, str | None]:
    """The employer, and its place, on a line of its own below a job's title: "DB Schenker AG,
    Munich (Germany)", "Kühne + Nagel, Hamburg" (a name of a few capitalised words, no sentence)."""
    found = _employer_row(info)
    if found[0] is not None or info.blank or info.bullet or info.date is not None or not _header_line(info):
        return found
    if TITLE_WORDS.search(info.text) or _sentence_end(info.text):
        return None, None
    name, _, place = (part.strip() for part in info.text.partition(","))
    words = _LEGAL_FORM_END.sub("", name).split()
    if not words or len(words) > 6 or not (name[0].isupper() or name[0].isdigit()):
        return None, None
    if not all(w[0].isupper() or w[0].isdigit() or w in ("&", "+", "and", "of", "the", "for") for w in words):
        return None, None
    return name, place or None


# a company's legal form written in lower case or with stops, at the end of its name: "Allegro sp. z o.o.", "Kofola
# a.s.", "Luxottica S.p.A.", "Glovo S.L." (the name before it in capitals as any employer's)
_LEGAL_FORM_END = re.compile(
    r"(?<!\s)\s+(?:sp\. z o\.o\.|sp\.k\.|s\.r\.o\.|a\.s\.|S\.p\.A\.|S\.r\.l\.|S\.L\.|S\.A\.|S\.A\.S\.|B\.V\.|N\.V\."
    r"|d\.o\.o\.|Kft\.|e\.V\.)$",
    re.I,
)
_BRACKETED = re.compile(r"\s*\(([^()]+)\)$")
_NOTE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


# a county's or a parish's name is a place's, its word no role: "Cook County Circuit Court", "Baker County Sheriff's
# Office", "Butler County" (a judicial extern's court, no cook's kitchen)
_COUNTY_NAME = re.compile(r"\b[A-Z][a-z]+ (?:County|Parish|Borough)\b")


def _title_employer(texts: list[str]) -> tuple[str | None, str | None, str | None]:
    """Title, employer and location from a job's header lines (its dates taken out)."""
    units: list[tuple[int, str]] = []  # (the line it is on, the unit)
    # (a federal resume's particulars are neither, its grade no part of either: see _JOB_DETAIL, _FEDERAL_GRADE;
    # of the employer's street address, its town is the job's place)
    texts = [
        (_FEDERAL_GRADE.sub("", text) if _DIGIT.search(text) else text)
        if not _job_detail(text)
        else (place.group("loc") if (place := _place_at_end(text)) else "")
        for text in texts
    ]
    for k, text in enumerate(texts):
        units.extend((k, _trim(u)) for u in _SEPARATORS.split(text))
    location = None
    kept: list[str] = []
    lines: list[int] = []
    for k, unit in units:
        place = _place_at_end(unit) if unit else None
        if place and location is None:
            location = place.group("loc")
            unit = unit[: place.start()].strip(" ,")
        elif location is None and unit.endswith(")") and (bracketed := _BRACKETED.search(unit)):
            place = _LOCATION.fullmatch(bracketed.group(1))  # "Loft (São Paulo, Brazil)"
            if place:
                location, unit = place.group("loc"), unit[: bracketed.start()].strip(" ,")
        elif location is None and unit in MAJOR_CITIES:
            location, unit = unit, ""  # "Chicago | Data Analyst | 2019-2021": the job's place
        # a note in brackets of its own is neither title nor employer: "(2 years 10 months)" after
        # LinkedIn's dates, "(part-time, overlapping)"
        if unit and not _NOTE.fullmatch(unit) and not _TENURE.fullmatch(unit):
            kept.append((_LABEL.sub("", unit) or unit) if ":" in unit else unit)
            lines.append(k)
    if not kept:
        return None, None, location
    title_at = next((i for i, u in enumerate(kept) if TITLE_WORDS.search(_COUNTY_NAME.sub(" ", u))), None)
    if title_at is None:
        title_at = _shaped_title(kept)
    others = [u for i, u in enumerate(kept) if i != title_at]
    if title_at is None:
        return None, kept[0], location
    title = kept[title_at]
    # an organisation on a line of its own beats what follows the title on its line: "Registered
    # Nurse - ICU" over "Tampa General Hospital, Tampa, FL" (the unit, the specialty, is not it);
    # not a place: "Software Engineer | Google" over "London"
    elsewhere = [u for i, u in enumerate(kept) if lines[i] != lines[title_at] and i != title_at]
    if len(others) > len(elsewhere) > 0 and _ORGANISATION.search(elsewhere[0]) and not _ORGANISATION.search(others[0]):
        others = elsewhere
    if others and "," in title and len(parts := _comma_parts(title)) == 2 and _NAMED_FIRM.search(parts[1]):
        # "3rd Grade Bilingual Teacher, Harlandale ISD - Wright Elementary": the firm after the
        # title's comma is the employer, what follows it (a school of the district, an office) its part
        title, others = parts[0], [parts[1]]
    joined = None if others else _ORGANISATION_THEN_TITLE.match(title)
    if (
        joined
        and not TITLE_WORDS.search(joined["org"])
        # ("Emerging Technologies Lead" is a title: a name ending in a kind of business takes a title of two words)
        and (" " in joined["title"] or not joined["org"].endswith(_BUSINESS_KINDS))
    ):
        # "Infosys Ltd<tab>Senior Software Engineer<tab>Jul 2019 - Present", its tabs read as spaces
        title, others = joined["title"], [joined["org"]]
    if not others and "," in title:
        parts = _comma_parts(title)
        inner = next((i for i, p in enumerate(parts) if TITLE_WORDS.search(p)), 0)
        title, others = parts[inner], [p for i, p in enumerate(parts) if i != inner]
        if len(others) >= 2 and inner == 0 and _UNIT.search(others[0]):
            # "Registered Nurse, Medical-Surgical Unit, HonorHealth": a hospital unit, a team, a
            # department is part of the title when an organisation follows it
            title, others = f"{title}, {others[0]}", others[1:]
        if inner == 0 and _PARTNERS_FIRM.fullmatch(", ".join(others)):
            # "Associate, Skadden, Arps, Slate, Meagher & Flom LLP": a firm named by its partners, commas and all
            others = [", ".join(others)]
        while others and inner == 0 and TITLE_SEGMENT.fullmatch(others[0]):
            # "Account Executive, SMB", "Sales Director, Enterprise, EMEA": the segment is the
            # title's, alone too (the employer the block's above: see _group_employer)
            title, others = f"{title}, {others[0]}", others[1:]
    employer = others[0] if others else None
    if employer is not None and location is None and "," in employer and employer in elsewhere:
        employer, location = _name_and_place(employer)
    return title, employer, location


# A title's noun that is no listed one, in a header where no unit has one: the one unit that ends in a word shaped like
# a role's ("Senior Tax Preparer — Alamo Tax & Bookkeeping, San Antonio, TX": ...er, ...or, ...ist); with two such
# units, or none, no telling ("Northwind Traders — Senior Tax Preparer" stays the employer's and the title's unknown)
def _shaped_title(units: list[str]) -> int | None:
    shaped = [i for i, u in enumerate(units) if len(units) > 1 and u.split() and role_rank(u.split()[-1]) == 2]
    return shaped[0] if len(shaped) == 1 else None


# a firm named by its partners: surnames between commas, the last two joined by "&" or "and", perhaps
# its legal form after ("Skadden, Arps, Slate, Meagher & Flom LLP", "Wachtell, Lipton, Rosen & Katz")
# (with its legal form, or three partners or more before an "&": "Accenture, Boston and Chicago" is a firm and
# its offices)
_FIRM_FORM = r",? (?:LLP|LLC|PC|P\.C\.|PLLC|Ltd|Inc)\.?"
_PARTNERS_FIRM = re.compile(
    rf"(?:[A-Z][\w'-]+, )+[A-Z][\w'-]+ (?:&|and) [A-Z][\w'-]+{_FIRM_FORM}"
    r"|(?:[A-Z][\w'-]+, ){2,}[A-Z][\w'-]+ & [A-Z][\w'-]+"
)


# a place's name alone, no state or country after it: "London", "Hatfield", "Den Haag" (not "AWS")
_BARE_PLACE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ.'-]+(?: (?:[A-ZÀ-Þ][a-zà-ÿ.'-]+|upon|on|am|de|del)){0,2}")


# a town after the employer's comma with its state's code and no comma between: "Werner Enterprises, Memphis
# TN", "Shopify, Ottawa ON 12345" (the town's name in lower case after its capital: not "Acme, IBM CO")
_TOWN_STATE = re.compile(rf",\s*(?P<loc>{_BARE_PLACE.pattern}\s+(?:{'|'.join(STATE_CODES)})(?:\s+\d{{5}})?)\s*$")


def _place_at_end(text: str) -> re.Match[str] | None:
    """The place that ends an employer's text, its name in the group "loc": "Zillow Group, Seattle, WA",
    "Moranbah QLD", "Remote"; or a town with its state's code and no comma between after the employer's
    comma: "Buckeye Climate Control, Columbus OH" (as "Werner Enterprises, Memphis TN" on the title's line)."""
    return _LOCATION.search(text) or _TOWN_STATE.search(text)


# a firm's line of business or a department after its comma, no town: "Goldman Sachs, Asset Management"
_BUSINESS_FUNCTION = re.compile(
    r"\b(?:management|engineering|operations|finance|sales|marketing|technology|research|development|banking"
    r"|markets|capital|advisory|digital|insurance|wealth|investments?|retail|media|software|security|energy|legal"
    r"|logistics|analytics|commerce|ventures|brands|foods?|pharma(?:ceuticals)?|cloud|assurance|audit|tax|consulting"
    r"|lending|mortgages?|payments|nursing|pharmacy|health(?:care)?|care|services|solutions|division|department|unit"
    r"|labs?|studios?|group|holdings|partners|practice|trading|treasury|procurement|compliance|risk)$",
    re.I,
)


def _name_and_place(text: str) -> tuple[str, str | None]:
    """An employer's line of its own split into its name and its town: "Monzo Bank, London",
    "Ocado Technology, Hatfield" (as _employer_line reads "Kühne + Nagel, Hamburg"); a name with a
    comma of its own stays whole: "Acme, Inc.", "Goldman Sachs, Asset Management", "Stripe, Payments"."""
    name, _, place = (part.strip() for part in text.rpartition(","))
    if (
        not name
        or not _BARE_PLACE.fullmatch(place)
        or _COMPANY_SUFFIX.match(place)
        or _ORGANISATION.search(place)
        or _UNIT.search(place)
        or TITLE_SEGMENT.fullmatch(place)
        or TITLE_WORDS.search(place)
        or _BUSINESS_FUNCTION.search(place)
    ):
        return text, None
    return name, place


# an employer by the name's end: its legal form, or a school district ("Harlandale ISD", "Denver Public Schools")
_NAMED_FIRM = re.compile(
    r"\b(?:Inc|LLC|LLP|Ltd|Limited|Corp|Corporation|PLC|GmbH|ISD|CISD|USD|CUSD|School District|Public Schools)\.?$"
)


# a "place" that is an employer's name ending in a kind of business, before its state: "Lake Geneva Resort, WI"
_VENUE_PLACE = re.compile(
    r"(?P<name>.*\b(?:Resort|Hotel|Inn|Lodge|Casino|Hospital|Clinic|Restaurant|Cafe|Bistro|Grill|Bar|Club|Store"
    r"|Market|Farms?|Ranch|Academy|School|Church|Center|Centre|Company|Group|Services)),\s*(?P<rest>.+)"
)


# an employer's name ending in its legal form, then the title, with nothing between them (an Indian
# resume's "Company<tab>Role<tab>Dates" row once its tabs are spaces): "Infosys Ltd Senior Software
# Engineer", "Wipro Technologies Data Engineer"
_ORGANISATION_THEN_TITLE = re.compile(
    r"(?P<org>[A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*){0,4}?"
    r" (?:Ltd|Limited|Pvt\.? Ltd|Private Limited|Inc|LLC|LLP|PLC|GmbH|Corp|Corporation|Infotech|Technologies)\.?"
    # (or an IT services firm's kind of business after two words or more, "Tata Consultancy Services Systems
    # Engineer", "Cognizant Technology Solutions Programmer Analyst"; not after a rank: "Senior Customer Services
    # Team Leader", nor a department's name: "Enterprise Cloud Solutions Sales Director")
    r"|(?!(?:Senior|Sr|Junior|Jr|Lead|Principal|Head|Chief|Deputy|Trainee|Regional|Global|Customer|Client|Guest)\b)"
    r"[A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*){0,2}? (?:Consultancy|Technology|Information|IT|Software|Business|Infotech"
    r"|Systems|Computer) (?:Services|Solutions))"
    r" (?P<title>[A-Z][\w&/.'() -]*)"
)


_BUSINESS_KINDS = ("Technologies", "Infotech", "Services", "Solutions")


# a unit, team or department within an employer: "Medical-Surgical Unit", "Emergency Department",
# "Platform Team", "ICU"
_UNIT = re.compile(
    r"\b(?:unit|ward|floor|department|dept\.?|team|division|icu|nicu|picu|ccu|pacu|er|ed|or|l&d)$"
    r"|^(?:med[- ]?surg|medical[- ]surgical|emergency|oncology|pediatrics|telemetry|labor (?:&|and) delivery"
    r"|step[- ]?down|critical care|intensive care)\b",
    re.I,
)


_ORGANISATION = re.compile(
    r"\b(?:hospitals?|health(?:care)?|medical|clinics?|center|centre|schools?|district|universit(?:y|ies)|college"
    r"|institute|academy|inc|llc|llp|ltd|plc|gmbh|corp|corporation|company|co|group|bank|agency|department|county"
    r"|services|systems|technologies|solutions|labs|partners|associates|foundation|church|hotel|restaurant|store"
    r"|pharmacy|firm|studio|consulting|international|holdings|enterprises|industries)\b\.?",
    re.I,
)
# a label before an employer: "Client: Toyota North America" (a contractor's), "Employer: ..."
# and before a title: "Designation : Quality Engineer" (India), "Position: ...", "Job title: ..."; and before
# the earlier jobs listed on one line: "Earlier: Legal Secretary, Jenner & Block LLP (2015-2018); ..."
_LABEL = re.compile(
    r"^(?:client|employer|company|organi[sz]ation|agency|end client|designation|position|role|job title|title"
    r"|earlier|previously|before that|(?:earlier|previous|prior|other) (?:roles|positions|experience|career))\s*:\s*",
    re.I,
)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")  # "Etsy ( )": the dates were inside


def _trim(text: str) -> str:
    """Separators and unbalanced brackets off both ends: what is left of a header line once its
    dates are taken out ("Ledgerly Inc. (fintech payments) (" -> "Ledgerly Inc. (fintech payments)")."""
    previous = None
    text = _EMPTY_BRACKETS.sub(" ", text)
    while text != previous:
        previous = text
        text = text.strip(" ,;:|·-–—")
        if text.endswith(("(", "[")) or (text.endswith(")") and text.count("(") < text.count(")")):
            text = text[:-1]
        if text.startswith((")", "]")) or (text.startswith("(") and text.count("(") > text.count(")")):
            text = text[1:]
    return text


def _comma_parts(text: str) -> list[str]:
    """Split at commas, keeping "Acme, Inc." together."""
    parts: list[str] = []
    for piece in (p.strip() for p in text.split(",")):
        if parts and _COMPANY_SUFFIX.match(piece):
            parts[-1] += ", " + piece
        elif piece:
            parts.append(piece)
    return parts


def months_of(periods: Iterable[Period]) -> int:
    """Months covered by periods, overlaps counted once."""
    spans = sorted((_index(*p.start), _index(*p.end)) for p in periods)
    total = 0
    current: tuple[int, int] | None = None
    for a, b in spans:
        if current is None or a > current[1]:
            if current is not None:
                total += current[1] - current[0]
            current = (a, b)
        else:
            current = (current[0], max(current[1], b))
    if current is not None:
        total += current[1] - current[0]
    return total


# -- years in a field of work ----------------------------------------------------------------------
# "5+ years of professional software engineering experience": the overall minimum of a posting
# may name the field its years must be in. These find the field and the jobs in it, so that a
# check can say which jobs it counted (the restaurant manager's nine years are not software
# engineering).
# the software trade, named by titles: "Software Engineer", "Web Developer", "Programmer", "SRE"
_SOFTWARE_FIELD = re.compile(
    r"\b(?:software|programming|coding|(?:web|application|app|backend|back-end|frontend|front-end|full[- ]?stack"
    r"|mobile|ios|android|game|embedded software)\s+(?:development|engineering)|development)\b",
    re.I,
)
_SOFTWARE_TITLE = re.compile(
    r"\b(?:software|developer|programmer|sre|devops|full[- ]?stack|front[- ]?end|back[- ]?end|web|ios|android"
    r"|site reliability|platform engineer|data engineer|ml engineer|machine learning engineer)\b",
    re.I,
)
_OTHER_ENGINEERING = re.compile(
    r"\b(?:mechanical|civil|electrical|chemical|structural|process|manufacturing|industrial|sales|field|hvac"
    r"|biomedical|environmental|petroleum|mining|aerospace|materials|nuclear|quality|audio|sound)\s+engineer",
    re.I,
)
_SOFTWARE_ENGINEER = re.compile(r"\b(?:engineer|architect)s?\b", re.I)
# the field of running systems ("infrastructure engineering", "systems administration"), and the titles
# of its jobs: "Systems Engineer", "Site Reliability Engineer", "Linux Administrator" (or the job names two
# of its tools: Ansible and HAProxy)
_INFRASTRUCTURE_FIELD = re.compile(
    r"\b(?:infrastructure|platform|systems|cloud|site reliability|production|operations)\s+(?:engineering|operations)\b"
    r"|\bsystems? administration\b",
    re.I,
)
_INFRASTRUCTURE_TITLE = re.compile(
    r"\b(?:infrastructure|platform|systems?|cloud|site reliability|sre|devops|linux|unix|production)"
    r"\s+(?:engineer|administrator|admin|architect|operations)|\bsysadmin\b|\bsre\b|\bdevops\b",
    re.I,
)
_INFRASTRUCTURE_CATEGORIES = frozenset({"devops", "cloud"})
# a role named by its title ("3+ years as a data analyst") is the work it does: "data analysis"
_ROLE_WORK = {
    "analyst": "analysis", "engineer": "engineering", "manager": "management", "scientist": "science",
    "developer": "development", "designer": "design", "programmer": "programming", "architect": "architecture",
}
_ROLE_NOUN = re.compile(r"\b(" + "|".join(_ROLE_WORK) + r")s?\b$", re.I)
_SOFTWARE_CATEGORIES = frozenset({"language", "framework", "library", "database", "devops", "cloud"})


def counted_jobs(jobs: Iterable[Job]) -> tuple[Job, ...]:
    """The jobs that count for professional years (not internships, study, volunteering, breaks)."""
    return tuple(j for j in jobs if not j.internship)


def field_jobs(jobs: Iterable[Job], field: str, vocab: Vocabulary) -> tuple[Job, ...]:
    """The counted jobs in a field of work. Software ("software engineering", "web development"): a
    software title ("Software Engineer", "Web Developer", an engineer of no other discipline), or
    two programming languages, frameworks, databases or cloud tools named in the job's lines.
    Another field: the job names the field's skill (its title too: "Product Manager" names
    product management), or its title has every word of the field, endings aside ("Marketing
    Coordinator" for marketing, "Registered Nurse" for nursing; not "Engineering Manager" for
    product management)."""
    out = []
    field = _ROLE_NOUN.sub(lambda m: _ROLE_WORK[m.group(1).lower()], field)  # "data analyst": data analysis
    software = bool(_SOFTWARE_FIELD.search(field))
    infrastructure = not software and bool(_INFRASTRUCTURE_FIELD.search(field))
    skill = vocab.index.get(key_of(field))
    field_skill = skill.skill.name if skill is not None and skill.skill is not None else None
    stems = {_stem(w) for w in re.findall(r"[a-z]{4,}", field.lower())} - {_stem(w) for w in NO_FIELD_WORDS}
    for job in counted_jobs(jobs):
        title = job.title or ""
        if software:
            titled = bool(_SOFTWARE_TITLE.search(title)) or bool(
                _SOFTWARE_ENGINEER.search(title) and not _OTHER_ENGINEERING.search(title)
            )
            technical = {
                n for n in job.skills if (s := vocab.get(n)) is not None and s.category in _SOFTWARE_CATEGORIES
            }
            relevant = titled or len(technical) >= 2
        elif infrastructure:
            tools = {
                n for n in job.skills if (s := vocab.get(n)) is not None and s.category in _INFRASTRUCTURE_CATEGORIES
            }
            relevant = bool(_INFRASTRUCTURE_TITLE.search(title)) or len(tools) >= 2
        else:
            title_stems = {_stem(w) for w in re.findall(r"[a-z]{4,}", title.lower())}
            relevant = (field_skill is not None and field_skill in job.skills) or bool(stems and stems <= title_stems)
        if relevant:
            out.append(job)
    return tuple(out)


_SUFFIXES = ("ing", "ment", "ants", "ant", "ers", "er", "ists", "ist", "ions", "ion", "ian", "es", "s", "e")


def _stem(word: str) -> str:
    """A word without its endings: "nursing" and "nurse", "management" and "manager" alike."""
    stemmed = None
    while stemmed != word:
        stemmed = word
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
    return word


# years the resume states for a skill, just after its name: "Python (5 yrs)", "Java (8+ years,
# expert)", "SQL: 6 years", "Go – 3 yrs"
# or just before it: "8+ years of Python", "6 years of experience with Python and SQL", "5 years
# in Java, Kotlin and Spring" (up to three skills listed after the years)
_YEARS_BEFORE = re.compile(
    r"(?<![\w.])(?P<n>\d{1,2}(?:\.\d)?)\s*\+?\s*(?:yrs?|years?)\s+(?:of\s+)?(?:(?:professional|hands-on|commercial"
    r"|industry|production)\s+)?(?:(?:experience|exp\.?)\s+)?(?:(?:with|in|using|of)\s+)?"
    r"(?:[\w.+#/-]+(?:\s+[\w.+#/-]+)?(?:,\s*|\s+(?:and|&)\s+|\s*/\s*)){0,3}$",
    re.I,
)
# (the skill ends the list, or the list goes on: not "3 years of AWS budgets")
_YEARS_BEFORE_REACH = 300  # characters: "12+ years of professional experience with A B, C D and E F "
# (or where it was used follows: "7 years of classroom experience in differentiated instruction", "5 years of Python
# experience in fintech")
_LIST_GOES_ON = re.compile(
    r"\s*(?:(?:experience|exp\.?|development|programming)\b\s*)?(?:[,.;:)/&]|and\b|$)|\s*(?:experience\s+)?in\b", re.I
)
# (or after a space alone, a skills list's shorthand ending its item: "Java 5y", "Scala 2 yrs, Go 1 yr"; not "Python
# 3" nor "Java 8 years ago" nor "Led the Kubernetes 2 year migration")
_STATED_YEARS = re.compile(
    r"(?<!\s)\s*(?:\(\s*|[:–—-]\s*|(?P<bare>\s))(?P<n>\d{1,2}(?:\.\d)?)\s*(?:\+\s*)?(?:y|yrs?|years?)\b"
    r"(?(bare)(?=\s*(?:[,;)|/.]|$))|(?!\s+ago\b))",
    re.I,
)
_YEARS_UNIT = re.compile(r"\d\s*(?:\+\s*)?(?:y|yrs?|years?)\b", re.I)  # (one space run: "5" and 8,000 spaces took 2 s)


def stated_years(lines: Sequence[str], mentions: Iterable[Mention]) -> dict[str, int]:
    """Months per skill from the years the resume states next to its name (the most stated), or
    in a table's column of years."""
    out: dict[str, int] = {}
    columns: dict[int, int | None] = {}
    tops: dict[int, int] = {}
    may: dict[int, bool] = {}  # per line: a long line with many mentions is looked at once
    for mention in mentions:
        line = lines[mention.line - 1] if 0 < mention.line <= len(lines) else ""
        end = mention.end if line[mention.start : mention.end] == mention.surface else -1
        if end < 0:
            at = line.find(mention.surface)
            end = at + len(mention.surface) if at >= 0 else -1
        if end < 0:
            continue
        years = None
        if mention.line not in may:
            may[mention.line] = _may_state_years(line)
        if may[mention.line]:
            found = _STATED_YEARS.match(line, end)
            if not found and _LIST_GOES_ON.match(line, end):
                # (the figure stands a few words before the name: looked for in the characters
                # just before it, not from the start of a long line for every name on it)
                before = end - len(mention.surface)
                found = _YEARS_BEFORE.search(line, max(0, before - _YEARS_BEFORE_REACH), before)
            years = float(found.group("n")) if found else None
        if years is None and line.lstrip().startswith("|"):
            years = _table_years(lines, mention.line, end, columns, tops)
        if years is not None and 0 < years <= 40:
            out[mention.skill.name] = max(out.get(mention.skill.name, 0), round(years * 12))
    return out


# a table of skills with a column of years: "| Skill | Years | Level |" over "| Python | 6 | Expert |"
_YEARS_COLUMN = re.compile(
    r"(?:years?|yrs?)(?: of (?:experience|exp\.?|use))?|(?:experience|exp\.?) \((?:years|yrs)\)", re.I
)
_YEARS_CELL = re.compile(r"(?P<n>\d{1,2}(?:\.\d)?)\s*\+?\s*(?:yrs?|years?)?", re.I)
_TABLE_RULE = re.compile(r"[\s|:-]+")


def _table_years(
    lines: Sequence[str], number: int, end: int, columns: dict[int, int | None], tops: dict[int, int]
) -> float | None:
    """The years a Markdown table row states for the skill named in one of its cells (ending at
    ``end``), from the table's column headed "Years" ("Years of experience", "Exp (yrs)");
    ``columns``: the years column of each table, by its first line; ``tops``: a row's table's first line."""
    top, below = number, []
    while top not in tops and top > 1 and lines[top - 2].lstrip().startswith("|"):
        below.append(top)
        top -= 1
    top = tops.get(top, top)
    tops.update(dict.fromkeys(below, top))  # (each row walked up once: a table of 5,000 rows is no square)
    if top not in columns:
        header = [c.strip() for c in lines[top - 1].strip().strip("|").split("|")]
        columns[top] = next((i for i, c in enumerate(header) if _YEARS_COLUMN.fullmatch(c)), None)
    column = columns[top]
    if column is None or top == number or _TABLE_RULE.fullmatch(lines[number - 1]):
        return None
    line = lines[number - 1]
    cells = line.strip().strip("|").split("|")
    offset = line.index("|") + 1 if line.lstrip().startswith("|") else 0
    at = None
    for i, cell in enumerate(cells):  # the cell the name ends in
        offset += len(cell) + 1
        if end <= offset:
            at = i
            break
    if at is None or at == column or column >= len(cells):
        return None
    found = _YEARS_CELL.fullmatch(cells[column].strip())
    return float(found.group("n")) if found else None


def _may_state_years(line: str) -> bool:
    lowered = line.lower()
    return "yr" in lowered or "year" in lowered or bool(_YEARS_UNIT.search(line))


def skill_experience(
    jobs: Sequence[Job], vocab: Vocabulary, stated: dict[str, int] | None = None
) -> list[SkillExperience]:
    """Months per skill over the professional jobs whose lines name it or a skill implying it;
    at least the months the resume states for it (``stated``, see stated_years)."""
    stated = stated or {}
    named: dict[str, list[Job]] = {}
    implied: dict[str, list[Job]] = {}
    for job in jobs:
        if job.internship:
            continue
        for name in job.skills:
            named.setdefault(name, []).append(job)
            for target in vocab.implied(name):
                implied.setdefault(target, []).append(job)
    out = []
    for name in sorted(set(named) | set(implied) | set(stated)):
        held = list({id(j): j for j in named.get(name, []) + implied.get(name, [])}.values())
        out.append(
            SkillExperience(
                name=name,
                months=max(months_of(j.period for j in held), stated.get(name, 0)),
                jobs=tuple(sorted({j.line for j in held})),
                implied=name not in named and name not in stated,
            )
        )
    return sorted(out, key=lambda e: (-e.months, e.name))


# -- education ----------------------------------------------------------------------------------
_INSTITUTION = re.compile(
    r"\b(?:university|college|institute|school|academy|polytechnic|conservatory|universit[éyà]|universidad|"
    r"universität|hochschule)\b",
    re.I,
)
_MINOR = re.compile(r",?\s*(?:minor|concentration|specialization|emphasis) in [^,;|()]+", re.I)
_FIELD_END = r"(?=\s*(?:[,;(|·]|\s[-–—]\s|\s(?:at|from)\s|\b(?:19|20)\d\d\b|$))"
_FIELD_WORDS = r"[A-Z][\w&/' -]*?\w"  # "Human-Computer Interaction"
# (not the kind of an associate degree: "Associate in Applied Science, Nursing" is in Nursing)
_FIELD_IN = re.compile(rf"(?<!Associate )\bin\s+(?P<field>{_FIELD_WORDS}){_FIELD_END}")
_FIELD_OF = re.compile(
    # (and Australia's "Diploma of Nursing", "Advanced Diploma of Engineering")
    r"\b(?:Bachelor|Master|Doctor|Associate|Diploma)(?:'?s)?\s+(?:Degree\s+)?of\s+"
    rf"(?!(?:Science|Arts|Applied Science|Fine Arts|Philosophy)\b)(?P<field>{_FIELD_WORDS}){_FIELD_END}"
)
_ABBREVIATIONS = (
    r"B\.?\s?S\.?c?|B\.?\s?A\.?|B\.?\s?Eng\.?|BSN|B\.?Tech|BFA|B\.?B\.?A\.?|M\.?\s?S\.?c?|M\.?\s?A\.?|M\.?B\.?A\.?"
    r"|M\.?\s?Eng\.?|M\.?\s?Ed\.?|Ed\.?\s?D\.?|MPH|MFA|MSN|MSW|MPA|M\.?\s?Phil\.?|Ph\.?\s?D\.?"
    r"|A\.?\s?A\.?\s?S?\.?|A\.?\s?S\.?"
    # India's: "B.E. Mechanical Engineering", "M.Tech in VLSI", "B.Com", "MCA" ("BE"/"ME" only dotted)
    r"|B\.\s?E\.|M\.\s?E\.|M\.?\s?Tech|B\.?\s?Com|M\.?\s?Com|BCA|MCA"
    # the UK's: "HND Mechanical Engineering", "PGCE Secondary Mathematics", "FdA Early Years"
    r"|HND|HNC|PGCE|PGDE|FdA|FdSc"
)
# a general degree's major in brackets (Australia, New Zealand): "Bachelor of Science (Data Science)",
# "Bachelor of Commerce (Finance)", "Bachelor of Arts (Psychology)"; not "(Hons)" nor "(BSc)"
_FIELD_BRACKET = re.compile(
    r"\b(?:Bachelor|Master|Associate)(?:'?s)?\s+(?:Degree\s+)?of\s+(?:Science|Arts|Applied Science|Fine Arts|Commerce"
    rf"|Business|Social Science)\s*\((?!Hons?\b|Honou?rs\b|(?:{_ABBREVIATIONS})\))(?=[^)]*[a-z])"
    rf"(?P<field>{_FIELD_WORDS})\)"
)
_DEGREE_ABBREVIATION = re.compile(
    rf"\b(?:{_ABBREVIATIONS})(?!\w)(?:\s*\(Hons?\.?\))?"
    rf"\s+(?P<field>{_FIELD_WORDS})(?=\s*(?:[,;(|]|\s[-–—]\s|$))"
)
# the field as the next item after the degree: "PhD, Statistics — Boston University", "M.Ed.,
# Secondary Education, Temple University", "Honours Bachelor of Science, Computer Science, ...";
# only when a school follows or the item names a discipline ("M.B.A., Wharton, 2019": no field)
_FIELD_NEXT = re.compile(
    rf"(?:\b(?:{_ABBREVIATIONS})(?!\w)|\b(?:Bachelor|Master|Doctor|Associate)(?:'?s)?(?:\s+Degree)?"
    r"(?:\s+(?:of|in)\s+(?:Science|Arts|Applied Science|Fine Arts|Philosophy))?\b)(?:\s*\(Hons?\.?\))?"
    # (the degree's letters in brackets: "Associate of Applied Science (AAS), Nursing – Ivy Tech"; a tab's cells:
    # "B.S. | Computer Science")
    rf"(?:\s*\((?:{_ABBREVIATIONS})\))?\s*(?:,|\s[-–—|])\s*(?P<field>{_FIELD_WORDS}){_FIELD_END}"
)
_HONOURS = re.compile(r"hons?\.?|honou?rs", re.I)
_DISCIPLINE = re.compile(
    r"\b(?:science|sciences|engineering|studies|education|mathematics|economics|administration|management"
    r"|design|arts|business|finance|accounting|marketing|nursing|psychology|statistics|physics|chemistry"
    r"|biology|history|law|communications?|informatics|technology|health|policy|interaction|linguistics)\b",
    re.I,
)
# a degree not held: a candidate, in progress, all but dissertation ("PhD Candidate in Machine
# Learning", "Ph.D. program (all but dissertation)"); or expected at a date not yet past ("expected
# 2027" as of 2026: not held; "expected 2020" as of 2026: held, the date is past)
_IN_PROGRESS = (
    r"candidate|candidacy|in[ -]progress|ongoing|pursuing|currently enrolled|all but dissertation|ABD"
    r"|not completed|incomplete|coursework only"
    # credits short of the degree: "Some college coursework toward B.S. in Biology", "90 credits towards a
    # B.A.", "Studied Biology at Purdue University (no degree)"
    r"|(?:coursework|credits?|credit hours|units)\s+towards?|some college|no degree|non-degree"
)
_EXPECTED = r"expected|anticipated|exp\.|expecting"
_NOT_HELD = re.compile(rf"\b(?:(?P<progress>{_IN_PROGRESS})\b|(?:{_EXPECTED}))", re.I)
_NOT_HELD_NEXT = re.compile(rf"\W*(?:(?P<progress>{_IN_PROGRESS})\b|(?:{_EXPECTED}))", re.I)  # the next line
_YEAR_IN_TEXT = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


def find_education(
    lines: Sequence[str], sections: Iterable[ResumeSection], today: date | None = None
) -> list[Education]:
    """The degrees of the given (education) sections. A degree in progress ("PhD Candidate",
    "all but dissertation") or expected at a date not yet past on ``today`` (its month when one is
    given: "Expected June 2026" is past in November 2026; else its year) is listed with no level:
    it does not count as held."""
    out: list[Education] = []
    for section in sections:
        labelled = label_rest(lines[section.line - 1]) if section.kind == "education" else None
        first = section.line + (0 if section.kind == "header" or labelled else 1)
        numbers = [n for n in range(first, section.end_line + 1) if lines[n - 1].strip()]
        for k, n in enumerate(numbers):
            text = strip_markup(_BULLET.sub("", _MD_HEADING.sub(r"\2", lines[n - 1]))).strip()
            if labelled and n == section.line:
                text = labelled[1]  # "Education: B.S. Accounting, ...": the first entry after the label
            levels = find_degrees(_NO_LEVEL_AWARD.sub(" ", _without_school_state(text)), education=True) or (
                {"high_school"} if _SCHOOL_LEAVING.search(text) and not _NOT_HELD.search(text) else set()
            )
            award = _college_award(text) if not levels and section.kind == "education" else None
            if not levels and award is None and _NO_LEVEL_AWARD.search(text):
                award = _field(text) or ""  # listed with no level: "Graduate Certificate in Data Analytics"
            if not levels and award is None:
                continue
            degree: str | None = max(levels, key=DEGREE_LEVELS.index) if levels else None
            institution = _institution(text)
            year_text = text
            following = strip_markup(lines[numbers[k + 1] - 1]).strip() if k + 1 < len(numbers) else ""
            if following and (
                find_degrees(following, education=True)
                or _SCHOOL_LEAVING.search(following)
                # a table's next row ("B.Tech (Mechanical)  JNTU Hyderabad  2019  72.4%", then
                # "Intermediate (MPC)  Sri Chaitanya Junior College  2015"): each row has its year
                or (_YEAR_IN_TEXT.search(text) and _YEAR_IN_TEXT.search(following) and _institution(following))
            ):
                following = ""
            if institution is None and following and not _schools_above(lines, numbers):
                institution = _institution(following)
                if institution is not None:
                    year_text += " " + following
            if (
                institution is None
                and k
                and not _degree_line(lines, numbers[k - 1])
                and not (len(lines[numbers[k - 1] - 1]) < 200 and _TABLE_HEAD.search(lines[numbers[k - 1] - 1]))
                # (not an entry of its own with its year: "CDL Training Program, Texas Truck Driving School,
                # 2015" above "GED, 2010")
                and not (_YEAR_IN_TEXT.search(lines[numbers[k - 1] - 1]) and _YEAR_IN_TEXT.search(year_text))
            ):
                # LinkedIn: the school, then the degree, then its dates ("2013 - 2017")
                institution = _institution(strip_markup(lines[numbers[k - 1] - 1]).strip())
                if institution is not None and not _YEAR_IN_TEXT.search(text) and _dates_only(following):
                    year_text += " " + following
            if following and not _YEAR_IN_TEXT.search(year_text) and _dates_only(following):
                year_text += " " + following  # the year on a line of its own below (a sidebar's)
            if not _YEAR_IN_TEXT.search(year_text) and _dates_above(lines, numbers, k):
                year_text += " " + strip_markup(lines[numbers[k - 1] - 1])  # (Europass: the dates, then the degree)
            not_held = _NOT_HELD.search(text) or _NOT_HELD_NEXT.match(following)
            if not_held:
                expected_past = today is not None and _date_past(not_held.string[not_held.end() :], today)
                if not_held.group("progress") or not expected_past:
                    degree = None  # listed, not held
            years = _YEAR_IN_TEXT.findall(year_text)
            out.append(
                Education(
                    degree=degree,
                    field=award or _field(text) or _major_below(lines, numbers, k) or _named_field(text),
                    institution=institution,
                    year=int(years[-1]) if years else None,
                    text=text,
                    line=n,
                )
            )
    return out


# a certificate or a diploma taken after a degree, itself of no degree's level: "Graduate Certificate in Data
# Analytics", "Post-Baccalaureate Certificate in Accounting", a UK or Commonwealth "Graduate Diploma in Law" or
# "Postgraduate Diploma in Marketing" (no master's), "PG Diploma", "PGDip" (not "Master of Science" nor a
# "Diploma in Business Studies": find_degrees reads those; nor a teacher's "Postgraduate Certificate in
# Education", the PGCE, which find_degrees reads as a bachelor's as it does "PGCE Secondary Mathematics")
_NO_LEVEL_AWARD = re.compile(
    r"\b(?!Post[- ]?graduate Certificate in Education\b(?!\s+[A-Z]))"
    r"(?:(?:Post[- ]?)?Graduate|Post[- ]?Baccalaureate|Post[- ]?Bacc?|Post[- ]?Master'?s|PG|Advanced Graduate)"
    r"\s+(?:Certificate|Diploma|Cert\.?|Dip\.?)(?=\s|,|$)|\bPG\s?(?:Cert|Dip)\b|\bPGDCA\b",
    re.I,
)


# a college's certificate or diploma that is no degree, the field after it: "Certificate in Welding Technology,
# Lincoln Tech, 2019", "Diploma, Medical Assistant Program — Madison College" (a certificate program's; a
# "Diploma in Business Studies" is a college diploma, an associate's level: find_degrees)
_AWARD = re.compile(
    r"(?:(?:Technical|Vocational|Career|Professional)\s+)?(?:Certificate|Diploma)(?:\s+(?:in|of)\s+|\s*,\s*|\s+[-–—:]\s+)"
    rf"(?P<field>{_FIELD_WORDS}){_FIELD_END}"
)


def _college_award(text: str) -> str | None:
    """The field of a line that is a college's certificate or diploma (see _AWARD), named with its school:
    listed with no degree level (a certificate program's diploma is no associate's), not held when it says so."""
    award = _AWARD.match(text)
    if award is None or _institution(text) is None:
        return None  # ("Diploma, 2015" alone; "Certificate in Welding" with no school: a certification)
    return _FIELD_KIND.sub("", award.group("field")).strip()


# a school-leaving qualification named as other countries name it (a high school diploma's level):
# "GCSEs (9) including English and Maths", "A-levels: Maths (A)", "BTEC Level 2 Business", "Leaving
# Certificate", "HSC, Maharashtra State Board", "Class XII (CBSE)", "IB Diploma", "Abitur"
_SCHOOL_LEAVING = re.compile(
    r"\b(?:A[- ]?levels?|AS[- ]levels?|I?GCSEs?|BTEC(?: National)?(?: Level [1-3])?|Leaving Cert(?:ificate)?"
    r"|(?:Scottish )?Highers|HSC|SSC|SSLC|Higher Secondary(?: Certificate)?|Senior Secondary(?: Certificate)?"
    r"|Class (?:XII|X)|(?:12|10)th (?:standard|grade|class|std)|Matric(?:ulation)?|IB Diploma"
    r"|International Baccalaureate|Abitur|Baccalaur[ée]at|VCE|WACE|NCEA(?: Level [1-3])?"
    # the US's: a named high school with its diploma or graduation ("Roosevelt High School, Gary, IN — Diploma,
    # 2015", "Graduated from Roosevelt High School"; not "Roosevelt High School" alone, nor a teacher's
    # "Lincoln High School"), the GED's equivalents ("High school equivalency diploma (HiSET)", "TASC")
    r"|High School\b(?=.*\b[Dd]iploma\b)|(?:[Dd]iploma|[Gg]raduated)\b.*\bHigh School"
    r"|[Hh]igh [Ss]chool [Ee]quivalency|HiSET|TASC)\b(?!-)"
)


# the month or season just before an expected degree's year ("Expected June 2026", "Anticipated
# Spring 2026", "expected 05/2026")
_MONTH_BEFORE = re.compile(
    rf"(?:\b(?P<month>{_MONTH})|\b(?P<season>{_SEASON})|\b(?P<number>0?[1-9]|1[0-2])/)\W{{0,2}}$", re.I
)


# the field on a line of its own below the degree: "Major: Health Sciences" (USAJOBS: "Bachelor's Degree 05/2014" /
# "GPA: 3.2 of a maximum 4.0" / "Major: Health Sciences"), "Major: Psychology; Minor: Spanish"
_MAJOR_LINE = re.compile(
    rf"\W*(?:major|field of study|concentration)\s*:\s*(?P<field>{_FIELD_WORDS})(?=\s*(?:[;,(|]|$))", re.I
)


def _major_below(lines: Sequence[str], numbers: Sequence[int], k: int) -> str | None:
    """The field a "Major:" line states among the three lines below the degree at ``numbers[k]``, before the next
    degree."""
    for n in numbers[k + 1 : k + 4]:
        if _degree_line(lines, n):
            break
        if found := _MAJOR_LINE.match(strip_markup(lines[n - 1])):
            return found.group("field").strip()
    return None


def _schools_above(lines: Sequence[str], numbers: Sequence[int]) -> bool:
    """Whether an education section names each school on the line above its degree, as LinkedIn does ("New York
    University" / "Bachelor of Science - BS, Computer Science · (2014 - 2018)" / "Stuyvesant High School" / ...):
    the section's first degree has a school of its own above it. Then the school below a degree is the next
    entry's, not this one's (in "B.S. Biology" / "Rutgers University" / "M.S. Biology" / "University of Georgia"
    the first degree has none above: each school is below its degree)."""
    first = next((i for i, n in enumerate(numbers) if _degree_line(lines, n)), None)
    if not first:
        return False
    above = strip_markup(lines[numbers[first - 1] - 1]).strip()
    return _institution(above) is not None and not _dates_only(above) and heading_of(above) is None


def _dates_above(lines: Sequence[str], numbers: Sequence[int], k: int) -> bool:
    """Whether the entry at ``numbers[k]`` (an education section's lines) has its dates on the line above it, as
    Europass writes them ("01/10/2014 – 30/06/2016" / "Master of Science in Computer Science" / the school): the
    line above holds dates only, and so does the line above the section's first degree (in "B.S. Biology, Rutgers"
    / "2014 - 2018" / "M.S. Biology, UGA" the dates are the B.S.'s)."""
    if not k or not _dates_only(strip_markup(lines[numbers[k - 1] - 1])):
        return False
    first = next((i for i, n in enumerate(numbers) if _degree_line(lines, n)), None)
    return first is not None and first > 0 and _dates_only(strip_markup(lines[numbers[first - 1] - 1]))


def _date_past(text: str, today: date) -> bool:
    """Whether the first date in ``text`` (after "expected") is past on ``today``: its month, or the
    season's last month, when one is given, else the whole year."""
    year = _YEAR_IN_TEXT.search(text)
    if year is None:
        return False
    month = _MONTH_BEFORE.search(text, 0, year.start())
    last = 12
    if month is not None:
        if month.group("month"):
            last = _MONTH_NUMBERS[month.group("month")[:3].lower()]
        elif month.group("season"):
            last = _SEASONS[month.group("season").lower()][1] - 1
        else:
            last = int(month.group("number"))
    return (int(year.group()), last) < (today.year, today.month)


# a date after the field, apart from it or after "expected" ("Computer Science    May 2026",
# "Computer Science Expected 2025"): not part of the field
_FIELD_DATE = re.compile(
    rf"(?:\s{{2,}}|\t|\s+(?={_EXPECTED}\b)|\s+(?:{_MONTH}|{_SEASON})\s+{_YEAR}\b|\s+{_YEAR}\b).*$", re.I
)


# an education table's header row: "Qualification  Institute  Year  Percentage" (India), "Degree |
# School | Year"
_TABLE_HEAD = re.compile(
    r"^\W*(?:qualifications?|degrees?|course|exam(?:ination)?)\W+.*\b(?:year|percentage|cgpa|gpa|grade|marks|%)\W*$",
    re.I,
)


def _degree_line(lines: Sequence[str], number: int) -> bool:
    """Whether a line (numbered from 1) names a degree (or a school-leaving qualification: "A-levels")."""
    text = strip_markup(lines[number - 1])
    return bool(find_degrees(text, education=True) or _SCHOOL_LEAVING.search(text))


_DATE_WORDS = re.compile(rf"{_MONTH}|{_SEASON}|present|current|expected", re.I)


def _dates_only(text: str) -> bool:
    """Whether a line holds dates and nothing else ("2013 - 2017", "Sep 2013 - Jun 2017")."""
    return bool(_YEAR_IN_TEXT.search(text)) and not re.search(r"[A-Za-z]", _DATE_WORDS.sub("", text))


def _institution(text: str) -> str | None:
    parts = re.split(r"\s*[,;|·]\s*|\s+[-–—]\s+", text)
    for k, part in enumerate(parts):
        if _SCHOOL_DEGREE.match(part):
            continue  # "High School Diploma, Lincoln High School": the degree, then the school
        found = _INSTITUTION.search(part)
        if found and found.group().islower() and find_degrees(part, education=True):
            continue  # a school's kind in a degree's words: "Some college coursework toward B.S. in Biology"
        if found or _INSTITUTE_ACRONYM.search(part) or (_TECH_SCHOOL.fullmatch(part) and not _DISCIPLINE.search(part)):
            named = _NAMED_INSTITUTION.search(part)
            if named and named.start() and find_degrees(part[: named.start()], education=True):
                part = part[named.start() :]  # "B.S. Computer Science University of Washington" (a sidebar's lines)
            elif (bracket := _DEGREE_BRACKET.match(part)) and (
                _INSTITUTION.search(part, bracket.end()) or _INSTITUTE_ACRONYM.search(part, bracket.end())
            ):
                part = part[bracket.end() :]  # "B.Sc. (Computer Science) Fergusson College"
            part = _YEAR_NOTE.sub("", _GRADE_NOTE.sub("", _ACCREDITED_NOTE.sub("", _ATTENDED.sub("", part)))).strip()
            if k + 1 < len(parts) and _STATE_AND_COUNTRY.fullmatch(parts[k + 1]):
                part = _without_town(part)
            return part
    return None


# a state's code as an item of its own after a school's name (and its town), in a comma's or a bar's cell: "Harvard
# University Extension School, MA, 2016", "Boston College, Chestnut Hill, MA" (Massachusetts, not a Master of Arts),
# "University of Mississippi, MS", "B.S. Biology | University of Maryland | MD | 2012" (Maryland, no doctor of
# medicine). (A school's name of at most 120 characters: each school word of a long line scans no further.)
_SCHOOL_STATE = re.compile(
    r"(?P<school>\b(?:University|College|Institute|School|Academy)\b[^,;|]{0,120})"
    r"(?:[,|]\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*)?"
    rf"[,|]\s*(?:{'|'.join(STATE_CODES)})(?=\s*(?:[,;|]|\d|$))"
)


def _without_school_state(text: str) -> str:
    """An education line without the state's code written after its school when the line names its degree
    elsewhere: "Bachelor of Science in Biology, Harvard University Extension School, MA, 2016" is a bachelor's. Left
    as it is when the letters are the line's only degree ("Harvard University, MA, 2016": a Master of Arts or the
    state, not told apart)."""
    if not _SCHOOL_STATE.search(text):
        return text
    rest = _SCHOOL_STATE.sub(r"\g<school>", text)
    return rest if find_degrees(rest, education=True) else text


# USAJOBS writes a school's town with no comma before its state: "University of Texas at San Antonio San Antonio, TX
# United States"; the state's code (and the country) after the comma tells the town is the name's end
_STATE_AND_COUNTRY = re.compile(rf"(?:{'|'.join(STATE_CODES)})(?:\s+\d{{5}})?(?:\s+(?:United States|USA|US))?")
# the word that ends a school's name before its town: "Ohio State University Columbus", "University of Maryland
# Global Campus Adelphi" (not "University of ...": the name goes on; nor a town named after a college, "Texas A&M
# University College Station", "University of Maryland College Park")
_NAME_END = re.compile(
    r"\b(?:University|College|Institute|School|Academy|Campus|Polytechnic)\b"
    r"(?! (?:of|at|for|in|Station|Park|Place|Point|Heights)\b)"
)


def _without_town(name: str) -> str:
    """A school's name without the town USAJOBS writes after it: the town repeated from the name ("University of
    Texas at San Antonio San Antonio"), or the words after the name's last word ("Texas A&M University College
    Station", "University of Maryland Global Campus Adelphi"). A name that may end in its town is kept
    ("University of Washington Seattle": its town is not told apart from the name). The name ends at its last such
    word: "Harvard University Extension School", "Columbia University Teachers College" are whole names."""
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > 2 * size and words[-size:] == words[-2 * size : -size]:
            return " ".join(words[:-size])  # "... San Antonio San Antonio"
    end = max(_NAME_END.finditer(name), key=lambda found: found.start(), default=None)
    if end is None or end.end() == len(name):
        return name
    town = name[end.end() :].split()
    if not 1 <= len(town) <= 3 or not all(word[:1].isupper() for word in town):
        return name
    return name[: end.end()]


# a school known as "<name> Tech", as a whole item: "Ivy Tech", "Lincoln Tech", "Georgia Tech" (not a field's
# "Health Tech" nor "Ed Tech")
_TECH_SCHOOL = re.compile(r"(?:[A-Z][a-z]+\s)?(?!(?:Info|Med|Vet|Rad|Surg|Pharm|Lab|Bio|Fin|Ag)\s)[A-Z][a-z]{2,}\sTech")
# the grade in brackets after the school: "IIT Bombay (CGPA 8.6/10)", "Anna University (GPA: 3.8)"
_GRADE_NOTE = re.compile(r"\s*\((?:CGPA|GPA|CPI|SGPA|percentage)\b[^()]*\)$", re.I)
# the school's accreditation in brackets after it: "San Jose State University (ALA-accredited)", "(AACSB accredited)"
_ACCREDITED_NOTE = re.compile(r"\s*\((?:[A-Z][A-Za-z&]{1,7}[\s-])?accredited\)$", re.I)
# the verb before the school: "Graduated from Roosevelt High School", "Attended Ohio State University"
_ATTENDED = re.compile(r"^(?:graduated\s+from|attended)\s+", re.I)


# a degree named after a school ("High School Diploma", "Secondary School Certificate"): no institution
_SCHOOL_DEGREE = re.compile(
    r"\W*(?:high|secondary|senior\s+secondary)\s+school\s+(?:diploma|certificate|graduate|equivalency)\b", re.I
)
# institutes known by their acronym with the city: "IIT Delhi", "NIT Trichy", "BITS Pilani", "IIIT Hyderabad"
# (and India's universities known by theirs: "VIT Vellore", "JNTU Hyderabad", "SRM Chennai"; the University
# of California's campuses: "UC San Diego", "UCSD")
_INSTITUTE_ACRONYM = re.compile(
    r"\b(?:IIT|NIT|IIIT|IIM|IISc|BITS|MIT|ETH|EPFL|KTH|UCLA|NYU|CMU|VIT|JNTU|VTU|SRM|DTU|NSIT|BHU|JNU|COEP|MNIT|VNIT"
    r"|UCSD|UCSF|UCSB|UCSC|USC|UIUC|UNC|UCL|LSE|CUNY|SUNY)\b|\bUC (?=Berkeley|Davis|Irvine|Merced|Riverside|San Diego"
    r"|Santa Barbara|Santa Cruz)"
)


# "University of Washington", "College of Charleston": where the institution's name starts in a line
# that has the degree before it with no separator
_NAMED_INSTITUTION = re.compile(r"\b(?:University|College|Institute|School|Academy) of [A-Z]")


# "Fayetteville State University (2018)", "The University of Texas at Austin 2019"; with the marks
# after the year in an Indian table's row, its cells' gaps lost: "University of Pune 2016 72%",
# "VIT Vellore 2018 CGPA 8.4"
_YEAR_NOTE = re.compile(
    r"\s*(?:\((?:19|20)\d\d\)|(?:19|20)\d\d)"
    r"(?:\s+(?:\d{1,3}(?:\.\d+)?\s*%|(?:CGPA|GPA|CPI|SGPA|percentage)\s*:?\s*\d{1,3}(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?%?))?$",
    re.I,
)
# a degree with its field in brackets before the institution, the cells' gaps lost: "B.Sc. (Computer
# Science) Fergusson College", "B.Tech (Electronics and Communication) VIT Vellore"
_DEGREE_BRACKET = re.compile(rf"\W*(?:{_ABBREVIATIONS})(?!\w)\.?\s*\((?P<field>{_FIELD_WORDS})\)")


# a degree's status between the degree and its field: "Ph.D. candidate (ABD), Ecology and Evolutionary Biology",
# "M.S. (in progress), Computer Science" (read as "Ph.D., Ecology and ...": the status says it is not held)
_DEGREE_STATUS = re.compile(
    r"(?<!\s)\s+(?:candidate|student)\b(?:\s*\([^()]*\))?"
    r"|(?<!\s)\s*\((?:ABD|all but dissertation|in[- ]progress|ongoing)\)",
    re.I,
)


def _field(text: str) -> str | None:
    text = _DEGREE_STATUS.sub("", _MINOR.sub("", text))
    found = (
        _FIELD_IN.search(text)
        or _FIELD_BRACKET.search(text)
        or _FIELD_OF.search(text)
        or _DEGREE_ABBREVIATION.search(text)
        or ((bracket := _DEGREE_BRACKET.match(text)) and not _HONOURS.fullmatch(bracket.group("field")) and bracket)
    )
    at = 0
    while not found and (following := _FIELD_NEXT.search(text, at)):
        # (the item after the degree may be its abbreviation: LinkedIn's "Bachelor of Science - BS,
        # Computer Science"; then the field is the item after that)
        if (
            _DISCIPLINE.search(following.group("field"))
            or _INSTITUTION.search(text, following.end())
            or _field_after_the_school(text, following)
        ):
            found = following
        at = following.start("field")
    if not found:
        return None
    field = _FIELD_DATE.sub("", _FIELD_KIND.sub("", found.group("field")))
    named = _NAMED_INSTITUTION.search(field)
    field = (field[: named.start()] if named else field).strip()
    return None if not field or _INSTITUTION.search(field) else field


# degrees whose name is their field, as "Master of Social Work" gives "Social Work": the field of "MSW, Columbia
# University, 2015" when none is written ("MBA, Finance concentration" is in Finance); not the general degrees whose
# field is their major ("MFA", "M.S.", "B.A.": "Master of Fine Arts" names no field either), nor an MBA, read as
# no field ("M.B.A., University of Illinois Chicago, 2019": its concentration, when written, is the field), nor a
# professional doctorate ("J.D., Georgetown University Law Center", "PharmD, Purdue University": no field)
_FIELD_OF_DEGREE = {
    "MLIS": "Library and Information Science",
    "MSLIS": "Library and Information Science",
    "MSW": "Social Work",
    "BSW": "Social Work",
    "MPH": "Public Health",
    "MPA": "Public Administration",
    "MHA": "Health Administration",
    "BSN": "Nursing",
    "MSN": "Nursing",
    "DNP": "Nursing Practice",
    "MEd": "Education",
    "EdD": "Education",
    "MAcc": "Accountancy",
}
_DEGREE_NAME_ITEM = re.compile(r"\s*(?:[,;|·]|\s[-–—]\s)\s*")
_HONOURS_NOTE = re.compile(r"\s*\((?:Hons?\.?|Honou?rs)\)$", re.I)


def _named_field(text: str) -> str | None:
    """The field a degree's name implies when the line writes none: "MLIS, University of Washington, 2019" is in
    Library and Information Science, "Columbia University — MSW, 2015" in Social Work. A state's letters after a
    town are no degree (an undotted name that is a state's code counts only as the line's first item)."""
    for k, item in enumerate(_DEGREE_NAME_ITEM.split(text)):
        written = _HONOURS_NOTE.sub("", item.strip())
        letters = written.replace(".", "").replace(" ", "")
        field = _FIELD_OF_DEGREE.get(letters)
        if field is None or (k and "." not in written and letters.upper() in STATE_CODES):
            continue
        return field
    return None


# the kind of the field after it: "MBA, Finance concentration", "Diploma, Medical Assistant Program"
_FIELD_KIND = re.compile(r"\s+(?:concentration|specialization|emphasis|track|program(?:me)?)$", re.I)


# what may follow the field as a school's last item: its year, bare or in brackets ("..., Logistics (2019)")
_YEAR_LAST = re.compile(r"\s*(?:[,(]\s*)?(?:(?:19|20)\d\d\s*\)?)?\s*$")
# a town with its state's code, no comma between: "Columbus OH" (see _TOWN_STATE)
_TOWN_AND_STATE = re.compile(rf"{_BARE_PLACE.pattern}\s+(?:{'|'.join(STATE_CODES)})")


def _field_after_the_school(text: str, following: re.Match[str]) -> bool:
    """The item after the degree's comma is its field when the school came first and the item is the
    last but the year: "Northwest Mississippi Community College — Associate of Applied Science, Logistics &
    Supply Chain (2019)"; not a place: "Boston University — MBA, Boston, 2018", "... — B.S., Columbus OH"."""
    field = following.group("field")
    return bool(
        _INSTITUTION.search(text, 0, following.start())
        and _YEAR_LAST.fullmatch(text, following.end())
        and field not in MAJOR_CITIES
        and not _LOCATION.fullmatch(field)
        and not _TOWN_AND_STATE.fullmatch(field)
    )


# -- everything ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Structure:
    sections: tuple[ResumeSection, ...]
    jobs: tuple[Job, ...]
    total_months: int | None
    education: tuple[Education, ...]
    experience: tuple[SkillExperience, ...]
    as_of: tuple[int, int]
    # a job title's own skill ("Product Manager": product management) where the title is written,
    # for the skills the resume shows; see title_skill
    title_mentions: tuple[Mention, ...] = ()
    # skills the resume says it is learning or interested in ("Currently learning: Rust"): not
    # held, no job's skill; see learning_mentions
    learning: tuple[Mention, ...] = ()
    # skills met in a course ("Relevant coursework: AWS", "Took online courses in SQL") or in an
    # activity beside the job ("Coached the robotics club (Python)"): shown, no job's skill (no
    # years); see coursework_mentions
    coursework: tuple[Mention, ...] = ()
    # the mentions that are a whole heading of an "other" or "summary" section ("LEADERSHIP",
    # "Languages" over spoken languages): a heading names a section, it shows no skill (a
    # project's heading, "## Open Source", is kept: it names the work below it); and those on the
    # column headings of a Europass self-assessment grid (see _GRID_HEADINGS)
    headings: tuple[Mention, ...] = ()
    # the mentions inside the employer's name on a job's heading ("Product Manager, HubSpot"): the
    # employer's, no skill of the person's (see find_jobs)
    employers: tuple[Mention, ...] = ()
    # the mentions inside a Markdown code fence, an ASCII diagram's "[API gateway] --> [Kafka]" or a code
    # sample's "import pandas": not shown (see _code_mentions)
    code: tuple[Mention, ...] = ()


def analyse(lines: Sequence[str], mentions: Sequence[Mention], vocab: Vocabulary, *, today: date) -> Structure:
    """A resume's structure, "Present" meaning ``today``. ``lines`` are the ones the mentions were
    found on: decoded already when the resume was copied from HTML source (match.profile_resume
    decodes "Procter &amp; Gamble" before finding skills)."""
    code: list[Mention] = []
    fenced = fenced_lines(lines)
    if fenced:
        # a code fence's lines are code: its "# Experience" opens no section, its "Jan 2015 - Dec 2018" dates
        # no job, its "B.S. Computer Science" is no degree (a portfolio resume's code sample or diagram)
        code = _code_mentions(lines, fenced, mentions)
        mentions = [m for m in mentions if m.line not in fenced]
        lines = ["" if number in fenced else line for number, line in enumerate(lines, 1)]
    found = find_sections(lines)
    sections = [s for s, _ in found]
    experience = [s for s in sections if s.kind == "experience"]
    if not experience:
        # no experience heading: look for dated jobs where a heading is unknown, or under the
        # summary, which runs on over them when their heading was not read as one
        experience = [s for s, known in found if (s.kind in ("header", "other") and not known) or s.kind == "summary"]
    title_mentions: list[Mention] = []
    learning = learning_mentions(lines, mentions)
    learning += [m for m in unheld_certifications(lines, mentions) if m not in learning]
    learning += [m for m in _wanted_role_mentions(sections, mentions) if m not in learning]
    if learning:
        mentions = [m for m in mentions if m not in learning]
    coursework = coursework_mentions(lines, mentions)
    at_work = [m for m in mentions if m not in coursework] if coursework else mentions
    employer_mentions: list[Mention] = []
    jobs = find_jobs(lines, experience, today, at_work, vocab, title_mentions, employer_mentions)
    if not experience or not any(s.kind == "experience" for s in sections):
        jobs = [j for j in jobs if j.title is not None]  # outside an experience section: titled only
    education_sections = [s for s in sections if s.kind == "education"] or [
        s for s in sections if s.kind not in ("experience", "skills", "summary", "projects")
    ]
    education = find_education(lines, education_sections, today)
    jobs = _student_jobs(jobs, education, lines, today)
    professional = [j.period for j in jobs if not j.internship]
    return Structure(
        sections=tuple(sections),
        jobs=tuple(jobs),
        total_months=months_of(professional) if jobs else None,
        education=tuple(education),
        experience=tuple(skill_experience(jobs, vocab, stated_years(lines, mentions))),
        as_of=(today.year, today.month),
        title_mentions=tuple(title_mentions),
        headings=tuple(_heading_mentions(sections, mentions, lines)),
        employers=tuple(employer_mentions),
        learning=tuple(learning),
        coursework=tuple(coursework),
        code=tuple(code),
    )


def _code_mentions(lines: Sequence[str], fenced: frozenset[int], mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions inside code fences but for those of an opening fence's info string: "```python" says
    the sample is Python, which it shows (as a course does: no job's years); a skill in the code itself is
    weak evidence, and code reads as skills it does not show ("[API gateway] --> [Kafka]": no Amazon API
    Gateway; "return render(request)": no rendering)."""
    out = []
    for m in mentions:
        if m.line not in fenced:
            continue
        opening = FENCE.match(lines[m.line - 1]) if m.line - 1 not in fenced else None
        if opening is None or m.start < opening.start("info"):
            out.append(m)
    return out


# the column headings of a Europass self-assessment grid: its digital skills' areas ("Information processing
# Communication Content creation Safety Problem solving": no content marketing, no problem solving of the
# person's) and its languages' ("Listening Reading Spoken interaction Spoken production"); the grid's rows below
# them give the levels
_GRID_HEADINGS = re.compile(
    r"\W*(?:information processing\W+communication\W+content creation\W+safety\W+problem[- ]solving"
    r"|(?:understanding\W+speaking\W+writing\W*)?listening\W+reading\W+spoken interaction\W+spoken production"
    r"|understanding\W+speaking\W+writing)\W*",
    re.I,
)


def _heading_mentions(
    sections: Sequence[ResumeSection], mentions: Sequence[Mention], lines: Sequence[str] = ()
) -> list[Mention]:
    """See Structure.headings."""
    grid = {n for n, line in enumerate(lines, 1) if len(line) < 200 and _GRID_HEADINGS.fullmatch(line)}
    at = {s.line: s for s in sections if s.heading and s.kind in ("other", "summary")}
    named = _named_in_headings(sections, lines)
    if not at and not grid and not named:
        return []
    out = [m for m in mentions if m.line in grid]
    for m in mentions:
        heading = at[m.line].heading if m.line in at else None
        whole = heading is not None and m.surface.casefold() == strip_markup(heading).strip(" :#").casefold()
        if whole and _credential_over_places(at[m.line], m, lines):
            continue
        if whole or (
            m.line in named and named[m.line][0] <= m.start and m.end <= named[m.line][1] and _heading_topic(m.skill)
        ):
            out.append(m)
    return out


# An entry under a credential's heading that is only a place, perhaps with its year: "Illinois (2018)", "New York,
# 2020", "U.S. District Court for the Northern District of Illinois (2019)" (not one in prospect: "Expected 2027",
# "Illinois (pending)")
_PLACE_ENTRY = re.compile(
    # (a prospect's word anywhere: "New York, Pending", "Illinois, expected 2027")
    r"(?!.*\b(?i:expected|pending|anticipated|eligible|sitting|applied|planned|in progress)\b)"
    r"\s*(?:[-*•·▪◦●–]\s*)?"
    r"[A-Z][\w.'’-]*(?:[ ,]+(?:[A-Z][\w.'’-]*|of|the|for|and|&))*\s*"
    r"(?:[,(–—-]\s*(?:(?:admitted|since)\s+)?(?:19|20)\d\d\)?)?\s*"
)


def _credential_over_places(section: ResumeSection, mention: Mention, lines: Sequence[str]) -> bool:
    """A heading that names a credential whole over entries of places holds it: "BAR ADMISSIONS" over "Illinois
    (2018)" and "New York (2020)" (not over prose or prospects: "Expected 2027")."""
    if mention.skill.category != "certification":
        return False
    entries = [line for line in lines[section.line : section.end_line] if line.strip()]
    return bool(entries) and all(len(line) <= 100 and _PLACE_ENTRY.fullmatch(line) for line in entries)


# the kinds of named thing a section's heading shows as well as its lines do (see _heading_topic)
_NAMED_THING_CATEGORIES = frozenset(
    {"tool", "platform", "database", "cloud", "devops", "os", "language", "certification"}
)


def _heading_topic(skill: Skill) -> bool:
    """Whether a skill named in a section's heading is the section's topic, a soft skill, a practice or a
    methodology ("Project Management Experience", "Conference Presentations", "Agile Delivery"), which the lines
    below show or not. A tool, a language, a platform or a certification named there is the work the section
    lists ("## Tableau & Power BI Dashboards" over "- Built 40 executive dashboards", "Salesforce Administration
    Experience" over an admin job): it counts as a skill named anywhere does."""
    if skill.soft or skill.category == "methodology":
        return True
    return skill.name == skill.name.lower() and skill.category not in _NAMED_THING_CATEGORIES


def _named_in_headings(sections: Sequence[ResumeSection], lines: Sequence[str]) -> dict[int, tuple[int, int]]:
    """The spans of the headings that name a topic in more words than a skill's: "## Conference Presentations",
    "Project Management Experience". The heading names what the section is about; the lines below show it
    or not ("Coordinated 3 office moves" shows no project management), and the heading is not the
    evidence when they do. Known headings and Markdown ones only: a short line in capitals may be an entry
    ("RSA (NSW)", a licence); and not a project's heading ("## Open Source" names the work below it)."""
    out = {}
    for s in sections:
        if not s.heading or s.kind in ("projects", "header") or not 1 <= s.line <= len(lines):
            continue
        line = lines[s.line - 1]
        heading = heading_of(line)
        if heading is None or not (heading.known or _MD_HEADING.match(line)):
            continue
        start = line.find(heading.text)
        if start >= 0:
            out[s.line] = (start, start + len(heading.text))
    return out


# -- the language it is written in ------------------------------------------------------------------

# Frequent English function words: a resume whose prose is made of them is written in English,
# which shows English as well as a "Languages: English" line does.
_ENGLISH_WORDS = frozenset(
    "the and of to in for with on as at by from an a is are was were my our this that which "
    "into over across using through while".split()
)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")


def english_prose_line(lines: Sequence[str]) -> int | None:
    """The number of the first prose line (six words or more, English function words among them)
    when the resume as a whole is written in English (at least 12% of its words are English
    function words), else None. A short resume (under 40 words) is no exception when it is laid out as one,
    under a resume's heading: "EXPERIENCE" over "Cashier, Kroger, 2019 - 2023" and "Handled cash and helped
    customers with returns and exchanges." is written in English as much as a page is; a short note with no
    heading ("We are looking for someone nice to join us.") is too little to tell a resume by, and a list
    alone ("Python, Go, SQL") has no prose line."""
    words = [w.lower() for line in lines for w in _WORD.findall(line)]
    if sum(w in _ENGLISH_WORDS for w in words) < 0.12 * len(words):
        return None
    if len(words) < 40 and not any(heading_of(line) for line in lines if len(line) < 60):
        return None
    for number, line in enumerate(lines, 1):
        found = [w.lower() for w in _WORD.findall(line)]
        if len(found) >= 6 and sum(w in _ENGLISH_WORDS for w in found) >= 2:
            return number
    return None
