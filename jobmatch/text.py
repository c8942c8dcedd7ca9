"""Text normalisation shared by every input: line-preserving, idempotent.

Line numbers are evidence, so normalisation never adds or removes a line: a word hyphenated
across a PDF line break is joined on the first line and removed from the second.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from collections.abc import Sequence

# Bullets people and PDF renderers use, mapped to "- " at the start of a line.
BULLETS = "•◦▪▫●○■□►▸▹‣⁃∙·⦁⦾⦿✓✔✗➢➤→*–—-"
# Symbols and emoji that open list items in pasted posts ("✅ Python", "🔹 AWS", "👉", "⭐", "❖", "◆",
# "★", "➡️"): arrows, geometric shapes, dingbats, miscellaneous symbols and the emoji planes, with
# an optional emoji presentation selector; Word's Symbol/Wingdings bullets pasted as private-use
# characters (U+F0A7, U+F0B7, U+F0D8, U+F076, U+F0FC); and a lone "o" (Word's second-level bullet).
_SYMBOL_BULLETS = "\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\uf0a7\uf0b7\uf0d8\uf076\uf0fc"
_BULLET_RE = re.compile(
    r"^(\s*)(?:[" + re.escape(BULLETS) + _SYMBOL_BULLETS + r"]\ufe0f?|o)(?=\s)\s*"
)
# A tab between two cells of a row ("Accenture<tab>Associate Software Engineer<tab>2019 - 2022", a
# title and its dates at a tab stop, Word's and PDF exports' tables) is a cell separator, written
# " | " as typed rows are: read as one space it would join an employer to its title. Not a tab
# indenting a line, after a list marker ("•<tab>Python", "1.<tab>Python") or after a label's colon
# ("Location:<tab>Remote"), nor one beside a "|" already there.
_CELL_GAP_RE = re.compile(r"(?<=[^\s:|])[ \u00a0]*\t\s*(?=[^\s|])")
# A wide run of spaces before a cell (a row laid out in columns with spaces, as a text file or a
# pasted Word table has it: "Accenture        Associate Software Engineer        2019 - 2022") is
# read as a tab is: three spaces or more before a number (a dates column), five or more before a
# capital (justified text, as `pdftotext -layout` writes it, puts two to four between the words of
# one name: "Amazon Web   Services", "Machine   Learning"); not indentation, not a gap after a
# sentence's end or a comma, nor one before a lower-case word (a continued sentence) or a dash (a range's).
_WIDE_GAP_RE = re.compile(r"(?<=[^\s.!?;,])(?:[ \u00a0]{3,}(?=[0-9])|[ \u00a0]{5,}(?=[A-Z(\u00c0-\u00de]))")
# a lone dash between tab stops is a range's dash, not a cell: "Jan 2019<tab>-<tab>Present"
_DASH_GAP_RE = re.compile(
    r"[ \u00a0]*\t[ \t\u00a0]*-(?=[ \t\u00a0])[ \t\u00a0]*|(?<=[ \u00a0])-[ \u00a0]*\t[ \t\u00a0]*"
)
# A line set letter by letter ("E X P E R I E N C E", "W O R K   E X P E R I E N C E", a name "J O H N
# S M I T H"): a designer's letter-spacing, read as the words (a wider gap or a tab between words).
_LETTER_SPACED_RE = re.compile(r"[^\W\d_](?: [^\W\d_]){3,}")
_SPACED_WORDS_RE = re.compile(
    r"\s*[^\W\d_](?: [^\W\d_])+(?:(?:[ \u00a0]{2,}|\t)[ \t\u00a0]*(?:[^\W\d_](?: [^\W\d_])*|&))+\s*"
)
_LIST_MARK_RE = re.compile(
    r"\s*(?:[" + re.escape(BULLETS) + _SYMBOL_BULLETS + r"]\ufe0f?|o|\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)])?\s*"
)
_SPACES_RE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\r": "",
    }
)
# "manage-" at the end of a line followed by "ment ..." on the next: a word broken by a renderer.
_HYPHEN_BREAK_RE = re.compile(r"([A-Za-z]{2,})-$")
_CONTINUATION_RE = re.compile(r"^([a-z]{2,})([.,;:)]?)(\s+|$)")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Terminal escape sequences (colours, window titles) in text captured from a terminal: removed
# whole, so "\x1b[31mPython\x1b[0m" is "Python"; any other control character becomes a space.
_ANSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)|\x9b[0-?]*[ -/]*[@-~]")


_normalized: dict[str, str] = {}


def normalize_line(line: str) -> str:
    """:func:`_normalize_line`, cached (bounded): documents read in a batch share many lines. A
    plain line is never cached: it is its own normal form, and the cache would only hold it."""
    if _plain(line):
        return line
    found = _normalized.get(line)
    if found is None:
        if len(_normalized) >= 1 << 14:
            _normalized.clear()
        found = _normalize_line(line)
        found = _normalized[line] = line if found == line else found  # one string, not two
    return found


def _plain(line: str) -> bool:
    """Whether a line is plain, and so its own normal form (False: maybe not): printable ASCII
    (no control character, escape, tab, typographic quote or dash, compatibility form), no run
    of spaces, no space at the end, no "*" or "o" bullet ("- " is the normal one). Most lines are."""
    return (
        line.isascii()
        and line.isprintable()
        and "  " not in line
        and not line.endswith(" ")
        and not line.startswith(("* ", " * ", "o ", " o "))
    )


def _normalize_line(line: str) -> str:
    """Normalise one line: NFKC (ligatures, full-width forms), quotes, dashes, spaces, bullets;
    terminal escape sequences removed, other control characters made spaces."""
    line = _ANSI_RE.sub("", line)
    if "\x0c" in line:
        # a form feed (a page break: pdftotext puts one before each page's first line) at a line's
        # end is nothing; between words it parts them ("- SQL\fPage 2" is "- SQL Page 2", not "SQLPage")
        line = line.strip("\x0c").replace("\x0c", " ")
    line = _INVISIBLE_RE.sub("", line)  # before NFKC, so marks compose with what they follow
    line = unicodedata.normalize("NFKC", line)
    line = line.translate(_TRANSLATE)
    line = _CONTROL_RE.sub(" ", line)
    if (" " in line[1:4] or "\t" in line[1:4]) and _SPACED_WORDS_RE.fullmatch(line) and sum(map(str.isalpha, line)) > 3:
        line = " ".join(word.replace(" ", "") for word in re.split(r"[ \t\u00a0]{2,}|\t", line.strip()))
    if "   " in line:
        line = _WIDE_GAP_RE.sub("\t", line)
    if "\t" in line:
        lead = mark.end() if (mark := _LIST_MARK_RE.match(line)) else 0
        line = line[:lead] + _CELL_GAP_RE.sub(" | ", _DASH_GAP_RE.sub(" - ", line[lead:]))
    line = _SPACES_RE.sub(" ", line)
    line = _BULLET_RE.sub(r"\1- ", line)
    return line.rstrip()


def normalize_text(text: str, *, join_hyphenated: bool = False) -> str:
    """Normalise a whole document, keeping its line count.

    ``join_hyphenated`` (for PDF text) rejoins words broken across lines: "Kuber-" / "netes and
    Docker" becomes "Kubernetes" / "and Docker".
    """
    if "\r" in text:  # (one scan: most texts have none, and each replace would scan the text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = list(map(normalize_line, text.split("\n")))  # a plain line costs a few C-speed tests
    if join_hyphenated:
        # bottom-up, so a word broken over three lines is whole after one pass
        for i in range(len(lines) - 2, -1, -1):
            head = _HYPHEN_BREAK_RE.search(lines[i])
            if not head:
                continue
            nxt = lines[i + 1].lstrip()
            tail = _CONTINUATION_RE.match(nxt)
            if tail:
                lines[i] = lines[i][:-1] + tail.group(1) + tail.group(2)
                lines[i + 1] = nxt[tail.end() :]
    return "\n".join(lines)


# the verbs a work bullet's sentence starts with in the present ("Build weekly schedules", "Supervise 35
# associates"): layout.py tells a bullet whose bullet was drawn from a wrapped line by them, resume.py a
# bullet from a job's heading (with more of them: its check is of a whole line)
PRESENT_VERBS = (
    r"Act|Assist|Build|Coach|Collaborate|Conduct|Coordinate|Create|Deliver|Design|Develop|Drive|Ensure|Handle|Help"
    r"|Implement|Inspect|Install|Lead|Maintain|Manage|Mentor|Monitor|Operate|Oversee|Own|Perform|Plan|Prepare|Provide"
    r"|Review|Run|Supervise|Support|Teach|Train|Write"
)


def unspaced(text: str) -> str:
    """A word set letter by letter ("E X P E R I E N C E") written whole; any other text as it is."""
    return text.replace(" ", "") if text[1:2] == " " and _LETTER_SPACED_RE.fullmatch(text) else text


def is_blank(text: str) -> bool:
    return not text.strip()


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(lines: list[str]) -> list[str]:
    """The lines of text copied from HTML source with their character references decoded
    ("&bull;", "&nbsp;", "&rsquo;", "&amp;", "&#8226;"), then normalised as every line is (a
    decoded bullet is a "- "); the same list when no line holds one."""
    if not any("&" in line and ";" in line and _ENTITY.search(line) for line in lines):
        return lines
    return [normalize_line(_ENTITY.sub(_entity, line)) if "&" in line else line for line in lines]


def _entity(match: re.Match[str]) -> str:
    """A character reference decoded; a name HTML does not define stays as written (html.unescape
    would read the "&not" of "R&D&notes;" as "¬")."""
    text = match.group()
    if text[1] == "#":
        return html.unescape(text)
    return html.entities.html5.get(text[1:], text)


# a Markdown code fence, as CommonMark has it: three or more backticks or tildes, and an info string with no
# backtick after backticks ("```bash"; not "```pytest``` suites for every service", inline code)
FENCE = re.compile(r"\s{0,3}(?P<fence>`{3,}(?=[^`]*$)|~{3,})(?P<info>.*)")


def fenced_lines(lines: Sequence[str]) -> frozenset[int]:
    """The numbers of the lines of Markdown code fences, the fences with them (a fence never closed is
    no code: a stray "```" fences no posting's or resume's rest). A fence closes with the opener's
    character, at least as many, and no info string: "~~~" closes no "```", nor "```bash" a fence."""
    fenced: set[int] = set()
    opened: tuple[int, str] | None = None
    for number, line in enumerate(lines, 1):
        if (m := FENCE.match(line)) is None:
            continue
        fence = m.group("fence")
        if opened is None:
            opened = (number, fence)
        elif fence[0] == opened[1][0] and len(fence) >= len(opened[1]) and not m.group("info").strip():
            fenced.update(range(opened[0], number + 1))
            opened = None
    return frozenset(fenced)
