"""Positioned text of a PDF page -> its lines in reading order. Pure: no pypdf here.

The loader gives this module the page's text runs with their positions (from pypdf's layout
mode: where each run starts, where it ends, its baseline and font height), or, failing that,
pypdf's fixed-width layout text, where positions are character columns. Plain extraction
follows the order of the content stream, which for tables and text frames interleaves a
sidebar with the main column line by line; positions do not. From them this module

1. groups runs into *rows* (one baseline) and each row into *segments*: text separated by a gap
   wider than a font height, such as a title and its right-aligned date;
2. finds *gutters*: an x position that no segment crosses over a run of rows with a
   left-aligned column of text on each side. A title with its date on the right is not a gutter
   (the bullets below cross it), nor are dates in a margin beside each job (each is alone).
   Rows above and below the run (a full-width header) are read before and after it; each side
   is read on its own, left first, and searched again (three columns);
3. rejoins the lines a renderer wrapped: a line that reaches its column's right edge (the next
   word would not have fitted) or ends mid-phrase, followed by a continuation. A word hyphenated
   at the break loses the hyphen ("recon-" "ciliation"); a compound keeps it ("event-" "driven"),
   judged by the document's own spelling, then by a list of common first parts.

The result is one line per paragraph or bullet: what a person reads as one item, whatever the
renderer's width, so the line numbers in evidence stay meaningful.

Units are ems: positions are divided by the page's most common font height.
"""

from __future__ import annotations

import bisect
import math
import re
import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from jobmatch.text import PRESENT_VERBS, normalize_line, unspaced

SEGMENT_GAP = 1.0  # ems: runs further apart on a row are different segments
CELL_GAP = 2.0  # ems: segments further apart are a table's cells (see _row_text)
ALIGN_EDGE = 1.0  # ems: a cell ending this close to its column's right edge is set flush right
MIN_COLUMN_ROWS = 3  # rows of text each side of a gutter needs
MIN_COLUMN_WIDTH = 4.0  # ems
STREAK_PITCHES = 1.6  # rows of a column no further apart than this many line spacings are one streak
ALIGN_SLACK = 2.5  # ems: a column's lines start within this of its left edge (bullets indent)
MAX_INDENT = 5.0  # ems: or at one list indent up to this far in
BULLET_INDENT_SLACK = 0.5  # ems: the lines of one list start this close together
INDENT_STEP = 0.8  # ems: a line starting this much further right than the line above is no wrap of it
BIN = 0.25  # ems: the x resolution of the gutter search
MAX_BINS = 2000  # a row of text wider than 500 ems (text far off the page) is searched coarser
MAX_COORDINATE = 1e6  # ems (and page units): a run further away is on no page
MAX_DEPTH = 6
GRID_CHAR = 0.5  # ems per character column of pypdf's fixed-width text
GRID_LINE = 1.2  # ems per line of it

# Glyphs PDF fonts use for list bullets: the Symbol/Wingdings private-use code points Word
# writes, the C1 codes a TeX bullet comes out as without a Unicode map, and shapes.
PDF_BULLETS = (
    "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e8\uf0a4\uf0d7\uf0de\uf071\uf075\uf0f0"
    "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95"
    "•◦▪▫●○■□►▸▹‣⁃∙·⦁⦾⦿✓✔➢➤→❖♦◆▶◾◼⬤➔➜✦✧"
)
_PDF_BULLET_RE = re.compile(r"^[" + re.escape(PDF_BULLETS) + r"]\s*(?=\S)")
# TeX's accent tilde and circumflex for "~" and "^", the fraction slash; a soft hyphen that
# survives at a line end marks a break.
# TeX's Cork (T1) codes for dashes and ligatures, which a Type 3 font without a Unicode map gives
# as control characters: "2019\x152023", "\x1cnance".
_PDF_GLYPHS = str.maketrans(
    {
        "\u02dc": "~",
        "\u02c6": "^",
        "\u2044": "/",
        "\x15": "–",
        "\x16": "—",
        "\x1b": "ff",
        "\x1c": "fi",
        "\x1d": "fl",
        "\x1e": "ffi",
        "\x1f": "ffl",
    }
)
_SOFT_HYPHEN_END = re.compile(r"\u00ad\s*$")
_SPACE_RUN = re.compile(r"(?<=\S\S) {3,}(?=\S)")  # (not between letters set apart: "P E R S O N A L   P R O F I L E")

# the words of a section of credentials, any of them joined: "Licensure", "Certifications & Licenses", a
# driver's "Licenses & Endorsements" (the resume's heading table and a PDF's headings read them alike)
CREDENTIAL_WORDS = r"(?:licen[cs]es?|licensure|certifications?|certificates?|credentials|accreditations?|endorsements)"

# A heading is never the continuation of the line above, nor continued by the line below.
_HEADING_WORDS = re.compile(
    r"^(?:(?:professional|work|technical|core|relevant|selected|key|additional|career|clinical|personal|"
    r"academic|research|teaching|industry|volunteer|employment)\s+)?"
    r"(?:summary|profile|objective|experience|employment|history|skills|competencies|expertise|education|"
    rf"{CREDENTIAL_WORDS}(?:,? (?:(?:&|and) )?{CREDENTIAL_WORDS}){{0,2}}|projects|publications|"
    r"awards|honou?rs|volunteering|languages|interests|open source(?: (?:&|and) talks)?|talks|references|"
    r"training|courses|achievements|about me|contact|qualifications|background|activities)$",
    re.I,
)
_LABEL_START = re.compile(r"^[A-Z][\w &/+.()-]{0,30}:(?:\s|$)")
_LIST_START = re.compile(r"^(?:[-*+]\s|\d{1,2}[.)]\s)")
_DATE_ONLY = re.compile(
    r"^[A-Za-z]{0,9}\.?\s*(?:\d{1,2}[/.])?(?:19|20)\d\d\s*(?:[-–—]|to)?\s*"
    r"(?:[A-Za-z]{0,9}\.?\s*(?:\d{1,2}[/.])?(?:(?:19|20)\d\d)?|present|current|now)?$",
    re.I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]{0,6})\.?"
_YEAR = r"(?:19|20)\d\d"
_MONTH_END = re.compile(rf"(?:^|([|,·(–—-])?\s)(?:{_MONTH})$", re.I)
_YEAR_START = re.compile(rf"^{_YEAR}\b")
_YEAR_END = re.compile(rf"(?:^|[\s|,·(/]){_YEAR}$")
_RANGE_REST = re.compile(rf"^(?:[-–—]|to\b)\s*(?:{_MONTH}\s*)?(?:{_YEAR}|present|current|now)$", re.I)
_RANGE_OPEN_END = re.compile(rf"\b{_YEAR}\s*(?:[-–—]|to)$", re.I)
_SENTENCE_END = (".", ":", "!", "?", ";")
_BARE_LABEL = re.compile(r"^[A-Z][A-Za-z]*(?: (?:&|and|[A-Z][A-Za-z]*)){0,2}$")
_OPEN_END = re.compile(
    r"(?:[,&/(+|·]|\s[-–—]|\b(?:and|or|of|with|to|the|a|an|in|for|on|at|by|from|as|via|into))$", re.I
)
# the verb a bullet's sentence starts with, in capitals, a word in lower case or a number after it ("Design
# drainage to DMRB", "Led a team of 8", "Supervise 35 associates"): a sentence's middle has it in lower case
_BULLET_VERB = re.compile(
    r"(?:[A-Z][a-z]{2,}ed|Built|Wrote|Led|Ran|Held|Made|Won|Took|Set|Grew|Cut|Drove|Taught|Sold|Kept|Oversaw|"
    rf"{PRESENT_VERBS})s? (?=[a-z0-9])"
)
# a team's name a line break cut after its first word: one word in capitals after an article or a
# possessive ("Resolved escalations for the Customer" / "Support team", "Briefed our Product" / "Design
# group"); the next line's verb-like word then names the team, a group's noun after it. Not the next
# bullet: "... the policy of the Company" / "Train new agents", "... for National Highways" / "Support
# site teams" (a name whole after a preposition alone ends where it ends)
_NAME_CUT = re.compile(r"\b(?:the|a|an|our|their|its|his|her|my)\s+[A-Z][a-z]+$")
_TEAM_NAMED = re.compile(
    rf"(?:{PRESENT_VERBS}) (?:team|teams|group|groups|department|desk|unit|function|division|office|cent(?:er|re))\b"
)
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.I)
_BROKEN_WORD = re.compile(r"([A-Za-z]{2,})-$")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_HYPHEN_END = re.compile(r"[A-Za-z0-9]-$")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
# First parts of compounds that keep their hyphen when a line breaks after them ("event-" "driven").
COMPOUND_HEADS = frozenset(
    """event double on off open cross full self high low real end well multi non rate right data
    cloud client server user test type front back fast state team hands detail mission customer
    long short large small fault peer top best first second third web mobile year month day week
    time cost object domain service mid senior junior part half follow sign check roll plug step
    life world award results goal deadline problem business built cutting hand""".split()
)


@dataclass(frozen=True)
class TextRun:
    """One run of text as the loader found it, in the page's own units, y growing downwards."""

    x0: float
    x1: float
    y: float
    height: float
    text: str


@dataclass(frozen=True)
class Segment:
    x0: float  # ems
    x1: float
    text: str
    y: float = 0.0  # its own baseline: rows merge baselines a little apart


@dataclass(frozen=True)
class Row:
    y: float  # ems, growing downwards
    segments: tuple[Segment, ...]
    cell: bool = False  # a table cell's line beside a label (see _label_rows): it starts a line of its own

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1


# -- rows ---------------------------------------------------------------------------------------
def rows_from_runs(runs: Iterable[TextRun]) -> list[Row]:
    """Text runs -> rows top to bottom, each split into segments; units become ems. A run with a
    position no page can have (a million ems away, infinite or not a number: the matrices of a
    damaged file) is left out."""
    kept = [r for r in runs if r.text.strip() and r.height > 0 and _on_a_page(r)]
    if not kept:
        return []
    em = statistics.median_low(round(r.height, 1) for r in kept) or 1.0
    scaled = sorted(
        (
            run
            for run in (TextRun(r.x0 / em, max(r.x1, r.x0) / em, r.y / em, r.height / em, r.text) for r in kept)
            if _on_a_page(run)
        ),
        key=lambda r: (r.y, r.x0),
    )
    rows: list[list[TextRun]] = []
    for run in scaled:
        if rows and abs(run.y - rows[-1][0].y) <= 0.5 * min(run.height, rows[-1][0].height):
            rows[-1].append(run)
        else:
            rows.append([run])
    return [Row(y=group[0].y, segments=_segments(sorted(group, key=lambda r: r.x0))) for group in rows]


def _on_a_page(run: TextRun) -> bool:
    return all(math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in (run.x0, run.x1, run.y, run.height))


def _segments(runs: list[TextRun]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for run in runs:
        if out and run.x0 - out[-1].x1 < SEGMENT_GAP:
            last = out[-1]
            gap = run.x0 - last.x1
            glue = " " if gap > 0.15 and not last.text[-1:].isspace() and not run.text[:1].isspace() else ""
            out[-1] = Segment(last.x0, max(last.x1, run.x1), last.text + glue + run.text, min(last.y, run.y))
        else:
            out.append(Segment(run.x0, run.x1, run.text, run.y))
    return _attach_markers(tuple(Segment(s.x0, s.x1, s.text.strip(), s.y) for s in out if s.text.strip()))


_MARKER = re.compile(r"^(?:[" + re.escape(PDF_BULLETS) + r"*o+-]|\d{1,2}[.)])$")


def _attach_markers(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """A list bullet drawn apart from its text (Word's tab after the bullet) joins the text."""
    out: list[Segment] = []
    for segment in segments:
        if out and _MARKER.match(out[-1].text) and segment.x0 - out[-1].x1 < 4 * SEGMENT_GAP:
            marker = out.pop()
            segment = Segment(marker.x0, segment.x1, f"{marker.text} {segment.text}", segment.y)
        out.append(segment)
    return tuple(out)


_GRID_SEGMENT = re.compile(r"\S+(?: {1,3}\S+)*")  # 4+ spaces apart: different segments


def rows_from_grid(page: str) -> list[Row]:
    """pypdf's fixed-width layout text -> rows: a character is half an em wide, a line 1.2 high."""
    rows = []
    for number, line in enumerate(page.split("\n")):
        segments = tuple(
            Segment(m.start() * GRID_CHAR, m.end() * GRID_CHAR, m.group()) for m in _GRID_SEGMENT.finditer(line)
        )
        if segments:
            segments = tuple(Segment(s.x0, s.x1, s.text, number * GRID_LINE) for s in segments)
            rows.append(Row(y=number * GRID_LINE, segments=_attach_markers(segments)))
    return rows


# -- columns ------------------------------------------------------------------------------------
def reading_order(rows: Sequence[Row], depth: int = 0) -> list[list[Row]]:
    """Rows -> columns in reading order, each a list of rows top to bottom."""
    if not rows:
        return []
    cut = None if depth >= MAX_DEPTH else _best_cut(rows)
    if cut is None:
        return [list(rows)]
    x, first, last, labels = cut
    if labels:
        return reading_order(_label_rows(rows, x, first, last), depth + 1)
    region = rows[first : last + 1]
    left = [r for r in (_side(row, x, left=True) for row in region) if r is not None]
    right = [r for r in (_side(row, x, left=False) for row in region) if r is not None]
    return [
        *reading_order(rows[:first], depth + 1),
        *reading_order(left, depth + 1),
        *reading_order(right, depth + 1),
        *reading_order(rows[last + 1 :], depth + 1),
    ]


def _side(row: Row, x: float, *, left: bool) -> Row | None:
    part = tuple(s for s in row.segments if (s.x1 <= x if left else s.x0 >= x))
    return Row(min(s.y for s in part), part, row.cell) if part else None


def _label_rows(rows: Sequence[Row], x: float, first: int, last: int) -> list[Row]:
    """A table of labels and content read row by row, as its DOCX reads: each label its own line,
    then the cell beside it, neither joined to the line above, nor is a line a paragraph's spacing
    below the line above (a cell's paragraphs; a wrapped line is closer). The labels are moved to
    the content's left edge, so that the content's wrapped lines are rejoined as a column's are."""
    region = rows[first : last + 1]
    edge = min(s.x0 for row in region for s in row.segments if s.x0 >= x)
    content = [row.y for row in region if row.x1 > x]
    steps = sorted(b - a for a, b in zip(content, content[1:], strict=False))
    wrapped = steps[len(steps) // 10] if steps else 0.0
    out = list(rows[:first])
    above = -math.inf
    for row in region:
        left = tuple(s for s in row.segments if s.x1 <= x)
        right = tuple(s for s in row.segments if s.x0 >= x)
        if left:
            shift = edge - left[0].x0
            out.append(Row(row.y, tuple(Segment(s.x0 + shift, s.x1 + shift, s.text, s.y) for s in left), True))
        if right:
            out.append(Row(row.y, right, bool(left) or row.y - above > 1.25 * wrapped))
            above = row.y
    out.extend(rows[last + 1 :])
    return out


def find_gutter(rows: Sequence[Row]) -> tuple[float, int, int] | None:
    """The best gutter: (x, first row, last row) of the longest run of rows it splits into two
    real columns, or None (also when the best split is a table of labels beside their content)."""
    cut = _best_cut(rows)
    return None if cut is None or cut[3] else cut[:3]


def _best_cut(rows: Sequence[Row]) -> tuple[float, int, int, bool] | None:
    """The best gutter as (x, first row, last row, labels): labels when its left side is a table's
    labels and dates beside their content (read row by row), not a column."""
    lo = min(row.x0 for row in rows)
    hi = max(row.x1 for row in rows)
    if hi - lo < 2 * MIN_COLUMN_WIDTH:
        return None
    step = max(BIN, (hi - lo) / MAX_BINS)
    bins = int((hi - lo) / step) + 1
    covered = []
    for row in rows:
        flags = bytearray(bins + 1)
        for s in row.segments:
            a, b = int((s.x0 - lo) / step), int((s.x1 - lo) / step)
            flags[a : b + 1] = b"\x01" * (b + 1 - a)
        covered.append(flags)
    best: tuple[float, int, int, bool] | None = None
    best_score = 0
    first_bin, last_bin = int(MIN_COLUMN_WIDTH / step), bins - int(MIN_COLUMN_WIDTH / step)
    for b in range(first_bin, last_bin + 1):
        x = lo + (b + 0.5) * step
        for first, last in _runs(covered, b):
            score = _columns_score(rows[first : last + 1], x)
            if abs(score) > best_score:
                best, best_score = (x, first, last, score < 0), abs(score)
    return best


def _runs(covered: list[bytearray], b: int) -> Iterable[tuple[int, int]]:
    """Maximal runs of rows that do not cross bin ``b``."""
    start: int | None = None
    for i, flags in enumerate(covered):
        if flags[b]:
            if start is not None:
                yield start, i - 1
            start = None
        elif start is None:
            start = i
    if start is not None:
        yield start, len(covered) - 1


def _columns_score(rows: Sequence[Row], x: float) -> int:
    """How many rows a gutter at ``x`` separates, if both sides look like columns of text (several
    rows each, left-aligned, in unbroken streaks), else 0; negative if the left side is labels
    beside blocks of content (a table to read row by row)."""
    left = [i for i, row in enumerate(rows) if any(s.x1 <= x for s in row.segments)]
    right = [i for i, row in enumerate(rows) if any(s.x0 >= x for s in row.segments)]
    if len(left) < MIN_COLUMN_ROWS or len(right) < MIN_COLUMN_ROWS:
        return 0
    left_starts = [rows[i].segments[0].x0 for i in left]
    right_starts = [min(s.x0 for s in rows[i].segments if s.x0 >= x) for i in right]
    if not _aligned(left_starts) or not (_aligned(right_starts) or _aligned_beside_margin(rows, right, x)):
        return 0
    reach = STREAK_PITCHES * min(_pitch(rows, left), _pitch(rows, right))
    if _longest_streak(rows, left, reach) < MIN_COLUMN_ROWS or _longest_streak(rows, right, reach) < MIN_COLUMN_ROWS:
        return 0  # labels or dates in a margin, each beside its own block: not a column
    if _labels_beside_blocks(rows, left, right, x):
        return -len(rows)  # a Europass CV's table: each label on the baseline of its block's first line
    return len(rows)


def _aligned(starts: list[float]) -> bool:
    """Most lines of a column start at its left edge (or a bullet's indent from it), or at one
    list indent further in (an HTML list's 40px padding is about 3 ems; its bullets are drawn, not
    text, so the bullet lines start at the indent)."""
    edge = min(starts)
    near = sum(1 for s in starts if s <= edge + ALIGN_SLACK)
    indents = sorted(s for s in starts if edge + ALIGN_SLACK < s <= edge + MAX_INDENT)
    indented = max((_within(indents, s, BULLET_INDENT_SLACK) for s in indents), default=0)
    return near + (indented if indented >= 2 else 0) >= 0.6 * len(starts)


def _aligned_beside_margin(rows: Sequence[Row], side: list[int], x: float) -> bool:
    """A main column with a margin of its own (a date cell beside each job, its content further
    in): the rows whose first cell is in the margin show where the content starts, and most rows
    start at the margin's edge or at the content's (or a bullet's indent from it)."""
    edge = math.inf
    cells: list[tuple[float, float]] = []  # (first cell's start, the next cell's start) of each row
    for i in side:
        part = [s for s in rows[i].segments if s.x0 >= x]
        edge = min(edge, part[0].x0)
        cells.append((part[0].x0, part[1].x0 if len(part) > 1 else math.inf))
    content = sorted(second for first, second in cells if first <= edge + ALIGN_SLACK and second < math.inf)
    if len(content) < 2:
        return False
    inner = content[len(content) // 2]
    if _within(content, inner - BULLET_INDENT_SLACK, 2 * BULLET_INDENT_SLACK) < 2:
        return False  # the content of two margin rows starts at one x
    starts = [first for first, _ in cells if first > edge + ALIGN_SLACK]
    near = len(cells) - len(starts)
    return near + sum(1 for s in starts if inner - ALIGN_SLACK <= s <= inner + MAX_INDENT) >= 0.6 * len(cells)


def _labels_beside_blocks(rows: Sequence[Row], left: list[int], right: list[int], x: float) -> bool:
    """The left side is a column of labels and dates (a Europass CV: "WORK EXPERIENCE",
    "04/2018 - Present" and "Mother tongue(s)" in a table's left cells), not a sidebar: most of its
    rows have a cell on the right on the same baseline, and each such cell starts a block there
    (the first row, a row after another label's row or after more than a wrapped line's spacing),
    never a wrapped line in mid-paragraph, as a sidebar's lines beside the main column do; and no
    label runs on over the next row as a column's paragraph does."""
    on_right = set(right)
    paired = [i for i in left if i in on_right and _same_baseline(rows[i], x)]
    if len(paired) < MIN_COLUMN_ROWS or 2 * len(paired) < len(left):
        return False
    steps = sorted(rows[j].y - rows[i].y for i, j in zip(right, right[1:], strict=False))
    if not steps:
        return False
    wrapped = steps[len(steps) // 10]  # a wrapped line's spacing: about the smallest
    labelled = set(paired)
    position = {i: p for p, i in enumerate(right)}
    below = {i: j for i, j in zip(left, left[1:], strict=False)}
    blocks = 0  # labels beside a line that follows unlabelled content at a paragraph's spacing
    for i in paired:
        p = position[i]
        if p and right[p - 1] not in labelled:
            if rows[i].y - rows[right[p - 1]].y <= 1.25 * wrapped:
                return False  # beside a wrapped line: a sidebar's (or a newspaper column's) text
            blocks += 1
        j = below.get(i)
        if j is not None and j not in labelled and rows[j].y - rows[i].y <= 1.25 * wrapped:
            return False  # the left side's text wraps on: a column of its own
    return blocks >= 2  # (a sidebar's lines each beside one of the main column's: no blocks)


def _same_baseline(row: Row, x: float) -> bool:
    """The row's last cell left of ``x`` and its first right of it sit on one baseline."""
    before = [s for s in row.segments if s.x1 <= x]
    after = [s for s in row.segments if s.x0 >= x]
    return bool(before and after) and abs(before[-1].y - after[0].y) <= 0.1


def _within(ordered: list[float], start: float, slack: float) -> int:
    """How many of ``ordered`` lie in [start, start + slack]."""
    return bisect.bisect_right(ordered, start + slack) - bisect.bisect_left(ordered, start)


def _pitch(rows: Sequence[Row], indexes: list[int]) -> float:
    """A side's usual line spacing: the median step between its rows."""
    steps = [rows[j].y - rows[i].y for i, j in zip(indexes, indexes[1:], strict=False)]
    return statistics.median(steps) if steps else math.inf


def _longest_streak(rows: Sequence[Row], indexes: list[int], reach: float) -> int:
    """The most rows of a side in a streak: each the row right after the one before, or no further
    below it than ``reach`` (two newspaper columns' baselines need not line up: a row of the other
    column between two rows of this one breaks no streak; a paragraph's worth of space does)."""
    longest = current = 0
    previous = None
    for i in indexes:
        follows = previous is not None and (i == previous + 1 or rows[i].y - rows[previous].y <= reach)
        current = current + 1 if follows else 1
        longest = max(longest, current)
        previous = i
    return longest


# -- lines of a column --------------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    text: str
    x0: float
    x1: float
    gapped: bool  # more than one segment: a title with its right-aligned date, a table row
    cell: bool = False  # a label or the cell beside it: no continuation of the line above
    last_x0: float = math.nan  # where the last of its segments starts (a gapped line's last cell)
    cells: bool = False  # a row of a table's cells, a cell at a tab stop (see _row_text): no wrap's continuation

    @property
    def char_width(self) -> float:
        return (self.x1 - self.x0) / max(len(self.text), 1)


def column_lines(rows: Sequence[Row]) -> list[Line | None]:
    """A column's rows -> cleaned lines; None where a vertical gap separates paragraphs."""
    steps = [b.y - a.y for a, b in zip(rows, rows[1:], strict=False) if b.y > a.y]  # (a label's cell: no step)
    usual = statistics.median(steps) if steps else GRID_LINE
    out: list[Line | None] = []
    previous_y: float | None = None
    right = max((row.x1 for row in rows), default=0.0) - ALIGN_EDGE
    for row in _margin_dates_rejoined(rows):
        joined = _row_text(row.segments, right)
        text = clean_pdf_text(joined)
        if not text or _PAGE_NUMBER.match(text):
            continue
        if previous_y is not None and row.y - previous_y > max(1.6, 1.35 * usual):
            out.append(None)
        heading = _heading_beside(row)
        if heading is not None:
            rest = row.segments[1:]
            out.append(Line(heading, row.x0, row.segments[0].x1, False))
            joined = _row_text(rest, right)
            row, text = Row(row.y, rest, row.cell), clean_pdf_text(joined)
        cells = "\t" in joined
        out.append(Line(text, row.x0, row.x1, len(row.segments) > 1, row.cell, row.segments[-1].x0, cells))
        previous_y = row.y
    return out


def _row_text(segments: Sequence[Segment], right: float) -> str:
    """A row's segments as one line. A wide gap before a cell at a tab stop, between two cells of
    text (a table's row laid out in columns: "Accenture", "Associate Software Engineer", "2019 -
    2022"), is a tab, which text.py reads as a cell separator (" | ", as a typed row has), so the
    employer is not joined to the title. Other gaps are a space: a gap before or after a date (the
    dates delimit themselves), before the last cell set flush right at ``right`` (a heading's
    right-aligned place or stack: "Intuit", "Mountain View, CA"), or inside a sentence (justified
    text: a lower-case word after it)."""
    if len(segments) == 1:
        return segments[0].text
    parts = [segments[0].text]
    last = len(segments) - 1
    for i in range(1, len(segments)):
        a, b = segments[i - 1], segments[i]
        cell = (
            b.x0 - a.x1 >= CELL_GAP
            and (b.text[:1].isupper() or b.text[:1].isdigit())
            and not (i == last and b.x1 >= right)
            and not _DATE_ONLY.match(a.text)
            and not _DATE_ONLY.match(b.text)
        )
        parts.append("\t" if cell else " ")
        parts.append(b.text)
    return "".join(parts)


_RANGE_TAIL = re.compile(rf"^(?:{_MONTH}\s*)?(?:{_YEAR}|present|current|now|date|today)$", re.I)


def _margin_dates_rejoined(rows: Sequence[Row]) -> Sequence[Row]:
    """A date cell in a margin beside a job, wrapped in the cell ("Feb 2022 -" over "Present", "Jul
    2019 - Jan" over "2022") beside the job's title and employer: the rest of the dates joins the
    first row, so the dates stay whole on the title's line."""
    out = list(rows)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if len(a.segments) > 1 and abs(b.x0 - a.x0) <= ALIGN_SLACK and b.segments[0].x1 < a.segments[1].x0:
            cell, rest = a.segments[0], b.segments[0]
            if _date_cell_continues(cell.text, rest.text):
                joined = Segment(cell.x0, max(cell.x1, rest.x1), f"{cell.text} {rest.text}", cell.y)
                out[i] = Row(a.y, (joined, *a.segments[1:]), a.cell)
                if len(b.segments) > 1:
                    out[i + 1] = Row(b.y, b.segments[1:], b.cell)
                else:
                    del out[i + 1]
        i += 1
    return out


def _date_cell_continues(a: str, b: str) -> bool:
    """Is ``b`` the rest of the dates begun in ``a`` ("Feb 2022 -" "Present", "Jul 2019 - Jan" "2022",
    "Jul 2019" "- Jan 2022")?"""
    a, b = a.strip(), b.strip()
    if not a[-1:].isalnum() and not a.endswith(("-", "–", "—")):
        return False
    if _RANGE_OPEN_END.search(a):
        return bool(_RANGE_TAIL.match(b))
    month = _MONTH_END.search(a)
    if month is not None and month.group(1) is not None:
        return bool(re.fullmatch(_YEAR, b))
    return bool(_YEAR_END.search(a) and _RANGE_REST.match(b) and _DATE_ONLY.match(a))


def _heading_beside(row: Row) -> str | None:
    """A section heading alone in a left column with its section's first line beside it (a CSS
    grid: "EXPERIENCE" left, the first job's title and dates right): the heading's text."""
    if len(row.segments) < 2:
        return None
    first = clean_pdf_text(row.segments[0].text)
    rest = clean_pdf_text(" ".join(s.text for s in row.segments[1:]))
    return first if rest and _HEADING_WORDS.match(first.rstrip(":").strip()) else None


def clean_pdf_text(text: str) -> str:
    """One line of PDF text: odd glyphs mapped, a bullet glyph made "- ", then text.py's rules.
    A line break inside a PDF string moves nothing on the page: it is a space."""
    text = _SOFT_HYPHEN_END.sub("-", text.replace("\r", " ").replace("\n", " ")).translate(_PDF_GLYPHS).strip()
    if "   " in text:  # spaces in a PDF's string are no cell gap (the positions tell those: _row_text)
        text = _SPACE_RUN.sub(" ", text)
    text = _PDF_BULLET_RE.sub("- ", text)
    return normalize_line(text).strip()


def reflow(lines: Sequence[Line | None], words: set[str]) -> list[str]:
    """Rejoin the lines a renderer wrapped; a paragraph gap becomes one empty line."""
    texts = [line for line in lines if line is not None]
    if not texts:
        return []
    left = min(line.x0 for line in texts)
    # a date alone on its line sits at a tab stop, which may be past the text's wrapping edge
    plain = [line.x1 for line in texts if not line.gapped and not _DATE_ONLY.match(line.text)]
    right = max(plain) if plain else max(line.x1 for line in texts)
    out: list[str] = []
    previous: Line | None = None
    for line in lines:
        if line is None:
            if out and out[-1] != "":
                out.append("")
            previous = None
            continue
        if previous is not None and wraps_into(previous, line, left, right):
            out[-1] = join_wrapped(out[-1], line.text, words)
        else:
            out.append(line.text)
        previous = line
    while out and out[-1] == "":
        out.pop()
    return out


def wraps_into(a: Line, b: Line, left: float, right: float) -> bool:
    """Does line ``b`` continue line ``a`` (the renderer's wrap, not the author's line break)?"""
    if b.cell:
        return False  # a table's label, or the cell beside it
    if _breaks_a_date(a.text, b.text, a.gapped):
        return True
    if _HEADING_WORDS.match(f"{a.text} {b.text}".rstrip(":")) and _OPEN_END.search(a.text):
        return True  # a heading wrapped in a narrow sidebar: "LICENSES &" "CERTIFICATIONS"
    if _starts_item(b.text) or is_heading(a.text) or is_heading(b.text) or _ends_dated(a.text, b.text):
        return False
    open_end = bool(_OPEN_END.search(a.text))
    if _DATE_ONLY.match(b.text) and not open_end:
        return False  # the dates of the job above, on their own line
    if not open_end and b.text[:1].isupper() and (b.gapped or _starts_item(a.text)) and _heads_a_job(b):
        return False  # the next job's heading under a bullet that fills its line without a period
    if not open_end and b.cells:
        return False  # a row of a table's cells ("Wipro | Trainee Engineer") under a bullet that fills its line
    if not open_end and b.gapped and b.x0 < a.x0 - INDENT_STEP:
        return False  # a row of cells left of the indented line above: the next entry's heading
    if _BROKEN_WORD.search(a.text) and b.text[:1].islower():
        return True
    if a.gapped:
        # a title with a right-aligned date ends where the author ended it; the content beside a
        # date in a margin wraps under itself: "2016 - 2019  Bachelor of Business (Tourism and"
        return open_end and abs(b.x0 - a.last_x0) <= BULLET_INDENT_SLACK
    if b.x0 > a.x0 + INDENT_STEP and not open_end and not _starts_item(a.text):
        return False  # indented further than the line above: a list item whose bullet is drawn, not text
    if not open_end and _BARE_LABEL.match(b.text):
        return False  # "Frameworks" over a list of frameworks: a label, not a continuation
    if not open_end and _BULLET_VERB.match(b.text) and not (_NAME_CUT.search(a.text) and _TEAM_NAMED.match(b.text)):
        return False  # the next bullet, its bullet drawn: "Design drainage to DMRB ..." under a full bullet
    width = max(right - left, 1e-6)
    reach = (a.x1 - left) / width
    word = b.text.split()[0]
    if "-" in word[:-1]:
        word = word[: word.index("-") + 1]  # a renderer may break after a hyphen
    needed = a.x1 + 0.3 + len(word) * b.char_width  # where the next word would have ended
    continues = b.text[:1].islower() or b.text[:1] in "(&+" or open_end
    if continues:
        return (needed > right - 0.3 and reach >= 0.3) or reach >= 0.7
    return needed > right + 0.1 and reach >= 0.55 and not a.text.endswith(_SENTENCE_END)


_RANGE_END = re.compile(
    rf"\b{_YEAR}\s*(?:[-–—]|to)\s*(?:{_MONTH}\s*)?(?:(?:\d{{1,2}}[/.])?{_YEAR}|present|current|now)$", re.I
)
_POINT_END = re.compile(rf"\b(?:{_MONTH}|spring|summer|fall|autumn|winter)\s+{_YEAR}$", re.I)


def _may_end_dated(text: str) -> bool:
    """Whether a line may end with a date (a year, "Present", "Current", "now"): a cheap first test."""
    end = text[-4:].lower()
    return end.isdigit() or end.endswith(("sent", "rent", "now"))


def _heads_a_job(b: Line) -> bool:
    """A line that ends with a date range ("Product Manager, HubSpot  Jan 2019 - Dec 2021"), or a gapped
    one whose last cell is a date ("Data Analyst Intern  Summer 2018"): a job's heading, never a wrap."""
    if not _may_end_dated(b.text):
        return False  # (most lines)
    return bool(_RANGE_END.search(b.text)) or (b.gapped and bool(_POINT_END.search(b.text)))


def _ends_dated(a: str, b: str) -> bool:
    """A job heading's row that ends with its dates ends its line: "Senior Data Scientist  Mar 2022 -
    Present", then "Zillow Group  Seattle, WA" is the next row of a two-row heading (Jake's resume),
    not a wrap. A month or a season alone ("Data Analyst Intern  Summer 2018"), or a year alone (a
    degree's row: "Ph.D. in Statistics, UT Austin \\hfill 2019"), before a capital."""
    if not _may_end_dated(a):
        return False  # (most lines)
    return bool(_RANGE_END.search(a)) or (b[:1].isupper() and bool(_POINT_END.search(a) or _YEAR_END.search(a)))


def _breaks_a_date(a: str, b: str, gapped: bool) -> bool:
    """A job heading wrapped inside its dates: "... | Apr" "2021 - Present", "... | Jul 2015"
    "- May 2017", "Jan 2019 -" "May 2021". (Checked before list items: "- May 2017" is no bullet.)
    A month ends a heading after a separator or as a segment of its own, not "... in May"."""
    if _YEAR_END.search(a) and _RANGE_REST.match(b):
        return True
    if not _DATE_ONLY.match(b):
        return False
    month = _MONTH_END.search(a)
    if month:
        return bool(_YEAR_START.match(b)) and (gapped or month.group(1) is not None)
    return bool(_RANGE_OPEN_END.search(a))


def _starts_item(text: str) -> bool:
    return bool(_LIST_START.match(text) or _LABEL_START.match(text))


def is_heading(text: str) -> bool:
    """A section heading: a known heading phrase, or a short line in capitals."""
    bare = unspaced(text.strip().rstrip(":").strip())  # (and "E X P E R I E N C E")
    if _HEADING_WORDS.match(bare):
        return True
    letters = [c for c in bare if c.isalpha()]
    return (
        len(letters) >= 4
        and len(bare) <= 40
        and all(c.isupper() for c in letters)
        and not any(c.isdigit() or c in ",/()-." for c in bare)
        and len(bare.split()) <= 5
    )


def join_wrapped(a: str, b: str, words: set[str]) -> str:
    """Join a line and its continuation; a word broken at a hyphen loses it unless it is a
    compound ("event-driven")."""
    broken = _BROKEN_WORD.search(a)
    if broken and b[:1].islower():
        tail = _FIRST_WORD.match(b)
        if keeps_hyphen(broken.group(1), tail.group() if tail else "", words):
            return a + b
        return a[:-1] + b
    if _HYPHEN_END.search(a) and b[:1].isalnum():
        return a[:-1] + b if _drops_hyphen(a, b, words) else a + b  # never "Auto- CAD" or "312-555- 0178"
    return a + " " + b


def _drops_hyphen(a: str, b: str, words: set[str]) -> bool:
    """A break after a hyphen before a capital: the document's own spelling decides ("AutoCAD"
    elsewhere, or "Medical-Surgical"); else a word in capitals after a mixed-case first part is
    one word broken ("Auto-" "CAD"), a capitalised word a compound ("Medical-" "Surgical"). A digit
    after it is a number's hyphen ("312-555-" "0178", "2019-" "2021")."""
    head = _LAST_WORD.search(a[:-1])
    tail = _FIRST_WORD.match(b)
    if head is None or tail is None:
        return False
    first, second = head.group(), tail.group()
    if (first + second).lower() in words:
        return True
    if f"{first}-{second}".lower() in words:
        return False
    if first.lower() in COMPOUND_HEADS or first.lower() in _PREFIXES:  # "non-" "GAAP", "multi-" "AZ"
        return False
    return len(second) >= 2 and second.isupper() and not first.isupper()


# prefixes written with a hyphen before a name or an acronym ("pre-COVID", "anti-CSRF"); not
# COMPOUND_HEADS, where they would keep the hyphen of a word broken before a lower-case syllable
# ("pre-" "pared")
_PREFIXES = frozenset("pre post anti co sub inter intra semi ex de re un non multi cross mid".split())


def keeps_hyphen(head: str, tail: str, words: set[str]) -> bool:
    """The document's own spelling decides ("microservices" elsewhere: no hyphen), then whether
    the first part is a common first part of compounds."""
    if (head + tail).lower() in words:
        return False
    if f"{head}-{tail}".lower() in words:
        return True
    return head.lower() in COMPOUND_HEADS


_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?![A-Za-z-])")


def document_words(texts: Iterable[str]) -> set[str]:
    """Lower-case words and hyphenated compounds of a document, leaving out words broken at a
    segment's end (they are what is being decided)."""
    words: set[str] = set()
    for text in texts:
        for m in _WORD_RE.finditer(text):
            if text[m.end() : m.end() + 1] == "-":
                continue
            token = m.group().lower()
            words.add(token)
            words.update(token.split("-"))
    return words


def page_lines(rows: Sequence[Row], words: set[str]) -> list[str]:
    """A page's rows -> its lines in reading order (see :func:`document_lines`)."""
    return document_lines([rows], words)


@dataclass
class _Split:
    """A page's main column split: its gutter and the rows on each side."""

    x: float
    left: list[Row]
    right: list[Row]

    @property
    def sidebar(self) -> bool:
        """Unequal widths: a sidebar beside a main column, each a stream of its own across
        pages (equal widths are newspaper columns, read left then right on each page)."""
        left = self.x - min(r.x0 for r in self.left)
        right = max(r.x1 for r in self.right) - self.x
        return min(left, right) < 0.75 * max(left, right)


def _page_parts(rows: Sequence[Row]) -> tuple[list[Row], _Split | None, list[Row]]:
    """Rows above the page's gutter, the split, the rows below."""
    cut = _best_cut(rows) if rows else None
    if cut is None:
        return list(rows), None, []
    x, first, last, labels = cut
    if labels:
        return _label_rows(rows, x, first, last), None, []
    region = rows[first : last + 1]
    left = [r for r in (_side(row, x, left=True) for row in region) if r is not None]
    right = [r for r in (_side(row, x, left=False) for row in region) if r is not None]
    return list(rows[:first]), _Split(x, left, right), list(rows[last + 1 :])


def _one_side(rows: Sequence[Row], split: _Split) -> bool:
    """All of a page's rows on one side of the split's gutter."""
    return bool(rows) and (
        all(r.x0 >= split.x for r in rows) or all(r.x1 <= split.x for r in rows)
    )


def document_lines(pages: Sequence[Sequence[Row]], words: set[str]) -> list[str]:
    """Pages' rows -> the document's lines in reading order, wrapped lines rejoined; columns are
    separated by an empty line. A sidebar that runs on over the next page, beside the same main
    column, is read as one column, then the main column as one: the experience on page 2
    continues the experience on page 1, it is not interrupted by page 2's sidebar."""
    columns: list[list[Row]] = []
    pending: _Split | None = None

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            columns.extend(reading_order(pending.left, 1))
            columns.extend(reading_order(pending.right, 1))
        pending = None

    for rows in pages:
        above, split, below = _page_parts(rows)
        if (
            split is not None
            and pending is not None
            and not above
            and split.sidebar
            and pending.sidebar
            and abs(split.x - pending.x) <= 3.0
        ):
            pending.left += split.left
            pending.right += split.right
        elif split is None and pending is not None and pending.sidebar and not below and _one_side(rows, pending):
            # a page with only the main column's (or the sidebar's) text: that column goes on
            (pending.right if rows[0].x0 >= pending.x else pending.left).extend(rows)
        else:
            flush()
            columns.extend(reading_order(above, 1))
            pending = split
        if below:
            flush()
            columns.extend(reading_order(below, 1))
    flush()
    out: list[str] = []
    for column in columns:
        lines = reflow(column_lines(column), words)
        if lines and out and out[-1] != "":
            out.append("")
        out.extend(lines)
    return out


RUNNING_BAND = 3  # rows at the top and bottom of a page where a running header or footer can be
_DIGITS = re.compile(r"\d+")


def without_running_rows(pages: Sequence[Sequence[Row]]) -> list[Sequence[Row]]:
    """Pages without their running header and footer: a row among the first (last) few of every
    page, at the same height with the same text (page numbers aside). The header is kept on the
    first page (the name and contact of a Word header), the footer ("Page 1 of 2 - References
    available upon request") on none: repeated, it lands between a job and its employer."""
    if len(pages) < 2 or not all(pages):
        return list(pages)
    header = _repeated(pages, top=True)
    footer = _repeated(pages, top=False)
    if not header and not footer:
        return list(pages)
    out: list[Sequence[Row]] = []
    for number, rows in enumerate(pages):
        top, bottom = rows[:RUNNING_BAND], rows[-RUNNING_BAND:]
        dropped = {id(r) for r in top if number and _running_key(r) in header}
        dropped |= {id(r) for r in bottom if _running_key(r) in footer}
        out.append([r for r in rows if id(r) not in dropped])
    if not all(out):
        return list(pages)  # pages that are all repetition (copies of one page): nothing is furniture
    return out


def _repeated(pages: Sequence[Sequence[Row]], *, top: bool) -> set[tuple[str, int]]:
    bands = [rows[:RUNNING_BAND] if top else rows[-RUNNING_BAND:] for rows in pages]
    keys = set.intersection(*({_running_key(r) for r in band} for band in bands))
    return {key for key in keys if key[0]}


def _running_key(row: Row) -> tuple[str, int]:
    """A row's text with its numbers blanked and its height to the half em."""
    text = " ".join(" ".join(s.text for s in row.segments).split())
    return _DIGITS.sub("#", text), round(row.y * 2)


def row_texts(rows: Iterable[Row]) -> Iterator[str]:
    for row in rows:
        for s in row.segments:
            yield s.text


# -- two columns of a text file -----------------------------------------------------------------
# A two-column Word or Google Docs resume (a table, or text boxes) saved as plain text keeps its
# rows: each line holds a line of both columns, apart by a tab run or by spaces up to the right
# column's character column ("Staff Accountant, Grant Thornton LLP             QuickBooks").
# Read row by row, the sidebar's "Microsoft Excel" follows "Material Handler, Home Depot DC" and
# looks like its employer; read as the PDF path reads columns (the left one top to bottom, then
# the right one), each section and job is whole again. The characters tell the columns exactly,
# so no geometry is searched: a line either splits at the gutter, keeps to one side of it, or
# crosses it (a full-width line: no columns where one is between the columns' rows).
TEXT_GUTTER_SPACES = 3  # a run of spaces this long, at the same character column on each line
MIN_LEFT_CHARS = 12  # a left column narrower than this is a margin of labels or dates, not a column
_TAB_GUTTER = re.compile(r"[ \u00a0]*\t[ \t\u00a0]*")
_SPACE_GUTTER = re.compile(rf"[ \u00a0]{{{TEXT_GUTTER_SPACES},}}")
_INNER_TAB = re.compile(r"\S[ \u00a0]*\t")


# a left cell that is a one-column line's bullet ("•<tab>Training", Word's list items saved as text) or
# label ("Languages:      Python, SQL", "Position:<tab>Teacher"): the line is one column's, across the gutter
_BULLET_CELL = re.compile(r"[^\w\s]{1,3}|o|\d{1,2}[.)]|[a-zA-Z][.)]")


def _one_column_line(left: str) -> bool:
    """Whether a line's left cell marks the line as one column's (see _BULLET_CELL): a bullet, or a
    label ending in a colon that is no section heading ("SKILLS:" beside a column may head one)."""
    return bool(_BULLET_CELL.fullmatch(left)) or (
        left.endswith(":") and len(left) <= 40 and not _HEADING_WORDS.match(_bare(left))
    )


@dataclass(frozen=True)
class _TextRow:
    left: str
    right: str
    crossing: bool = False  # a full-width line (or a row of more than two cells): in no column

    @property
    def blank(self) -> bool:
        return not self.left and not self.right and not self.crossing


def text_columns_read(text: str) -> str:
    """A plain-text resume laid out in two columns -> the left column's lines, then the right
    column's (the header rows above the first section heading stay row by row: the name and its
    contact line are one block); any other text unchanged. Two columns need, on rows not crossed
    by any line: three rows running with text on both sides, a right side that is text, not dates
    or numbers ("Acme Corp <spaces> Jan 2019 - Present", "Python <spaces> 5 years" are one line's
    cells, not columns), and either a known section heading on each side ("EXPERIENCE" beside
    "SKILLS") or the layout of columns whatever their headings (see _laid_out)."""
    if "   " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    rows = _tab_rows(lines) if _tab_laid(lines) else _space_rows(lines)
    if rows is None:
        return text
    first = next((i for i, row in enumerate(rows) if row.left and row.right), None)
    last = max((i for i, row in enumerate(rows) if row.left and row.right), default=-1)
    if first is None or any(row.crossing for row in rows[first : last + 1]):
        return text
    start, end = first, last + 1  # the columns' rows: up and down to a full-width line
    while start and not rows[start - 1].crossing:
        start -= 1
    while end < len(rows) and not rows[end].crossing:
        end += 1
    while rows[start].blank:  # (the empty lines around them stay where they are)
        start += 1
    while rows[end - 1].blank:
        end -= 1
    if not _two_columns(rows[start:end]):
        return text
    return "\n".join([*lines[:start], *_columns_text(rows[start:end]), *lines[end:]])


def _tab_laid(lines: Sequence[str]) -> bool:
    """The columns are apart by tabs: several lines have a tab after text."""
    return sum(1 for line in lines if _INNER_TAB.search(line)) >= MIN_COLUMN_ROWS


def _tab_rows(lines: Sequence[str]) -> list[_TextRow]:
    """Each line split at its tab run (a leading run: no left cell; a trailing one: no right
    cell); a line of three cells or more ("Acme<tab>Analyst<tab>2019 - 2022") crosses."""
    rows = []
    for line in lines:
        cells = _TAB_GUTTER.split(line.rstrip("\r"))
        if len(cells) == 1:
            rows.append(_TextRow(line.strip(), ""))
        elif len(cells) == 2 and not _one_column_line(cells[0].strip()):
            rows.append(_TextRow(cells[0].strip(), cells[1].strip()))
        else:
            rows.append(_TextRow("", "", crossing=True))
    return rows


def _space_rows(lines: Sequence[str]) -> list[_TextRow] | None:
    """Each line split at the gutter: the character column most right cells start at, after a
    run of spaces (or the indent of a line with no left cell); a line with text across it crosses."""
    lines = [line.rstrip("\r").expandtabs(8) for line in lines]  # (a stray tab indents: 8 columns)
    column = _gutter_column(lines)
    if column is None:
        return None
    rows = []
    for line in lines:
        indent = len(line) - len(line.lstrip(" \u00a0"))
        if not line.strip():
            rows.append(_TextRow("", ""))
        elif indent >= column - 1:
            rows.append(_TextRow("", line.strip()))
        elif len(line.rstrip()) <= column - 2:
            rows.append(_TextRow(line.strip(), ""))
        elif any(m.start() <= column - 1 < m.end() for m in _SPACE_GUTTER.finditer(line, indent)) and not (
            _one_column_line(line[:column].strip())
        ):
            rows.append(_TextRow(line[:column].strip(), line[column:].strip()))
        else:
            rows.append(_TextRow("", "", crossing=True))
    return rows


def _gutter_column(lines: Sequence[str]) -> int | None:
    """The character column most cells after a run of spaces start at, if at least
    MIN_LEFT_CHARS in."""
    starts: dict[int, int] = {}
    for line in lines:
        for m in _SPACE_GUTTER.finditer(line.rstrip()):
            if m.end() >= MIN_LEFT_CHARS:
                starts[m.end()] = starts.get(m.end(), 0) + 1
    if not starts:
        return None
    column, count = max(starts.items(), key=lambda kv: (kv[1], -kv[0]))
    return column if count >= MIN_COLUMN_ROWS else None


def _two_columns(rows: Sequence[_TextRow]) -> bool:
    """Rows of two columns, not one column's lines with a cell beside some (see
    :func:`text_columns_read`)."""
    both = [i for i, row in enumerate(rows) if row.left and row.right]
    if _longest_streak_of(both) < MIN_COLUMN_ROWS:
        return False
    right = [row.right for row in rows if row.right]
    text = [cell for cell in right if _column_text(cell)]
    if len(text) < MIN_COLUMN_ROWS or 2 * len(text) < len(right):
        return False  # dates, years or phone numbers beside lines of one column
    headed = any(_HEADING_WORDS.match(_bare(row.left)) for row in rows) and any(
        _HEADING_WORDS.match(_bare(row.right)) for row in rows
    )
    return headed or _laid_out(rows, both)


MIN_LAID_OUT_ROWS = 6  # rows with a cell each side, for columns known by their layout alone
MIN_LAID_OUT_STREAK = 4  # running: more than a job's title and employer lines with their dates and place
MAX_HEADER_ROWS = 6  # a name, title, contact and links side by side: rows above the columns' first heading
MIN_SENTENCE_WORDS = 4  # a cell of this many words is a line of prose, no table's cell


def _laid_out(rows: Sequence[_TextRow], both: Sequence[int]) -> bool:
    """Two columns known by their layout alone, whatever their headings ("TECH STACK" and "CORE
    STRENGTHS" under a name block beside "WORK HISTORY"): many rows running with a cell each side,
    each column breaking its lines where the other does not (below the first row of two cells, a row
    with text on the left only and one on the right only: "Python, Go" beside the gap between two
    jobs), both columns of content (see _content_column: no margin of headings or dates beside
    one column's text), and one a column of prose (job bullets). A table of skills
    ("Python<spaces>Kubernetes") has rows whole or empty and cells of a word or two; a one-column
    resume's employer and place ("Acme Corp<spaces>Seattle, WA") run two rows and nothing starts
    at their column alone."""
    if len(both) < MIN_LAID_OUT_ROWS or _longest_streak_of(both) < MIN_LAID_OUT_STREAK:
        return False
    below = rows[both[0] :]
    if not any(row.left and not row.right for row in below) or not any(row.right and not row.left for row in below):
        return False
    if not all(_content_column([getattr(row, side) for row in below]) for side in ("left", "right")):
        return False
    return any(
        sum(1 for row in rows if len(getattr(row, side).split()) >= MIN_SENTENCE_WORDS) >= MIN_COLUMN_ROWS
        for side in ("left", "right")
    )


def _content_column(cells: Sequence[str]) -> bool:
    """A column of content: mostly words, not dates ("Mar 2021 - Present" beside each job), and
    more than labels ("EXPERIENCE", "SKILLS", "PROFESSIONAL" beside their sections' text: a margin
    of headings, which a one-column resume's sections are read with)."""
    cells = [cell for cell in cells if cell]
    text = [cell for cell in cells if _column_text(cell)]
    content = [cell for cell in text if not _HEADING_WORDS.match(_bare(cell)) and not _label_cell(cell)]
    return 2 * len(text) >= len(cells) and len(content) >= MIN_COLUMN_ROWS


def _label_cell(cell: str) -> bool:
    """A short capitalised line: a heading of the layout's own ("TECH STACK", "PROFESSIONAL")."""
    return cell.isupper() and len(cell.split()) <= 3


def _longest_streak_of(indexes: Sequence[int]) -> int:
    longest = current = 0
    for k, i in enumerate(indexes):
        current = current + 1 if k and i == indexes[k - 1] + 1 else 1
        longest = max(longest, current)
    return longest


def _column_text(cell: str) -> bool:
    """A cell of words ("QuickBooks", "EDUCATION"), not a date ("Aug 2020 - Present"), a number
    ("5 years", "(404) 555-0199") or a Markdown table's cell ("| 5 |")."""
    return (
        sum(c.isalpha() for c in cell) >= 2
        and not cell.lstrip("(")[:1].isdigit()
        and not _DATE_ONLY.match(cell)
        and not cell.startswith("|")
        and not cell.endswith("|")
    )


def _bare(cell: str) -> str:
    return unspaced(cell.strip().rstrip(":").strip())


def _columns_text(rows: Sequence[_TextRow]) -> list[str]:
    """The rows' lines: the header rows above the first heading row by row, then the left
    column, an empty line, the right column; in a column, rows where it has no text (a blank line,
    or text only beside it) are one empty line, as the single-column resume's paragraph gap.
    Rows above the first heading are a header only as many as a name and contact block takes: a
    first known heading further down ("OPEN SOURCE" below "TECH STACK" beside "WHERE I HAVE WORKED")
    has the columns' own text above it, read column by column."""
    top = next((i for i, row in enumerate(rows) if _is_heading_row(row)), 0)
    if top > MAX_HEADER_ROWS:
        top = 0
    out = [cell for row in rows[:top] for cell in (row.left, row.right) if cell]
    if top and out:
        out.append("")
    for side in ("left", "right"):
        column: list[str] = []
        for row in rows[top:]:
            cell = getattr(row, side)
            if cell:
                column.append(cell)
            elif column and column[-1]:
                column.append("")
        while column and not column[-1]:
            column.pop()
        if column:
            if out and out[-1]:
                out.append("")
            out.extend(column)
    return out


def _is_heading_row(row: _TextRow) -> bool:
    return bool(_HEADING_WORDS.match(_bare(row.left)) or _HEADING_WORDS.match(_bare(row.right)))
