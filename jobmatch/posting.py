"""Document -> Posting: sections, requirements (tiers, any-of groups, years), title, degree.

The pipeline for a posting:

1. **Sections.** Headings are Markdown ``#`` lines, bold lines (``**Requirements**``), ALL-CAPS
   lines, ``Title:`` lines (a short line ending in a colon) and short lines that are a known
   heading ("Requirements", "Nice to have"). Each heading is classed by a lexicon
   (:func:`classify_heading`); a heading the lexicon does not know ("### Technical Skills")
   inherits the class of the Markdown heading it stands under.
2. **Requirements.** Each line under a required, preferred or context section (or, without
   headings, any line) is split into clauses (";", sentences). In a clause, skills joined by
   "or", "/", "such as", "e.g." form ONE requirement whose ``any_of`` lists every alternative;
   "(A, B, C)" after a skill or a category joins that group ("message queues (Kafka, RabbitMQ)");
   skills joined by "and" or commas alone are one requirement each. Inline marks beat the
   heading: "(preferred)", "a plus", "nice to have", "bonus" make a clause preferred,
   "(required)", "must" required; "(AWS preferred)" detaches AWS as a preferred requirement.
3. **Years and degrees.** "5+ years of Python" gives the Python requirement ``min_years`` 5;
   years with no skill ("5+ years of professional experience") are the posting's minimum. The
   degree is the lowest level asked for ("BS/MS" -> bachelor); "PhD is a plus" is a preferred
   degree.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from jobmatch.extract import TECH_CATEGORIES, extract_line
from jobmatch.models import DEGREE_LEVELS, TRAIT, Document, Mention, Posting, Requirement, Section, Tier
from jobmatch.text import decode_entities, fenced_lines
from jobmatch.titles import JOB_NOUNS, JOB_WORD, role_rank
from jobmatch.vocabulary import Vocabulary, key_of

# -- cheap pre-checks ---------------------------------------------------------------------------
# Most lines hold none of the words the costly patterns below look for, and a pattern that starts
# with "\b(" and an alternation is tried at every position of the line. A guarded pattern first
# looks for the words some of which every match must contain, with a substring scan in C: on
# ASCII text, re.I matches exactly what str.lower() turns into the words; other text (a few per
# cent of lines: re.I folds 'ſ' to 's', the Kelvin sign to 'k', 'İ'/'ı' to 'i') always goes to
# the pattern.
# tests/test_perf_paths.py checks each guard against its pattern (_GUARDS lists them).
_GUARDS: list[_Guard] = []


class _Guard:
    """A pre-check for ``patterns``: ``folded`` are lower-case words one of which the lower-cased
    text of any match contains, ``exact`` words one of which it contains as written (for the
    case-sensitive parts)."""

    __slots__ = ("patterns", "folded", "exact")

    def __init__(self, patterns: tuple[re.Pattern[str], ...], folded: tuple[str, ...], exact: tuple[str, ...]) -> None:
        self.patterns, self.folded, self.exact = patterns, folded, exact
        _GUARDS.append(self)

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False only when no match can be in ``text[pos:endpos]`` (see above; a match holds its
        words, so they are looked for in the window only: a clause of a long one-paragraph line
        costs the clause, not the line)."""
        if not text.isascii():
            return True
        whole = not pos and endpos >= len(text)  # ("in" is the cheaper test of a whole text)
        if self.folded:  # (some guards have case-sensitive words only: no need to lower the text)
            # the parser asks guard after guard of the same text: it is lowered once (see _lower)
            lowered = _lowered_text(text)
            for word in self.folded:
                if word in lowered if whole else lowered.find(word, pos, endpos) >= 0:
                    return True
        for word in self.exact:  # noqa: SIM110  (a loop, not any() over a generator: most guards have none)
            if word in text if whole else text.find(word, pos, endpos) >= 0:
                return True
        return False


# the last text a guard lowered and its lower case, compared by identity (a cheap test: a text equal
# to it but another object is only lowered again); one tuple, replaced whole: safe between threads
_last_lowered: tuple[str, str] = ("", "")
# ... and the last long one apart, which the short ones do not replace: the parser asks of a long
# one-paragraph line again between the clauses and scopes of it it reads ("some of the following" is
# looked for in the line, a scope at a time), and lowering 300 KB for each of its 5,000 scopes was the
# square of its length
_last_long: tuple[str, str] = ("", "")
_LONG_TEXT = 2_000


def _lower(text: str) -> str:
    global _last_lowered, _last_long
    lowered = text.lower()
    if len(text) > _LONG_TEXT:
        _last_long = (text, lowered)
    else:
        _last_lowered = (text, lowered)
    return lowered


def _lowered_form(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern as a case-sensitive one for lower-case ASCII text, where it
    finds its matches at the same places: its letters lowered, not those of an escape ("\\S",
    "\\W", "\\B" stay as they are) nor the "(?P" of a named group. None for a pattern without
    re.I or with a part in its own case ("(?-i:...)"). The regular expression engine tries each
    alternative of a case-insensitive pattern in full at every position, where it skips a
    case-sensitive one at its first letter: a search of the lowered text costs about half
    (tests/test_perf_s4p.py holds each to its pattern)."""
    source = pattern.pattern
    if not pattern.flags & re.I or not _lowers_safely(source):
        return None
    letters: list[str] = []
    escaped = False
    for char in source:
        letters.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    lowered = "".join(letters).replace("(?p<", "(?P<").replace("(?p=", "(?P=")  # (named groups)
    try:
        return re.compile(lowered, pattern.flags & ~re.I)
    except re.error:  # (group names that differ only in case)
        return None


_UNSAFE_TO_LOWER = re.compile(
    # what lowering the letters of a pattern's source would not lower in what it matches, or would
    # change in another way: a character given by its code ("\x41", "\u0041", "\N{...}", "\101"), an
    # inline flag ("(?-i:API)", "(?s-i:...)"), a range across cases or from a letter to another
    # character ("[A-z]", "[Z-a]"), a letter outside ASCII (re.I folds "ſ" to "s", "K" to "k")
    r"\\[xuUN0]|\\[0-7]{3}|\(\?[aiLmsux-]+[:)]|[A-Za-z0-9](?<!\\.)-(?:\\|[^\]])|[^\W\d_\x00-\x7f]"
)


def _lowers_safely(source: str) -> bool:
    """Whether a case-insensitive pattern's source may be lowered letter by letter (_lowered_form):
    none of _UNSAFE_TO_LOWER, and every range in a class from a letter to one of the same case or
    from a digit to a digit ("[a-z]", "[A-Z]", "[0-9]")."""
    for found in _UNSAFE_TO_LOWER.finditer(source):
        text = found.group()
        is_range = len(text) == 3 and text[1] == "-" and _in_class(source, found.start())  # ("a-b" outside: 3 chars)
        if len(text) == 3 and text[1] == "-" and (not is_range or _same_kind(text[0], text[2])):
            continue
        return False
    return True


def _same_kind(a: str, b: str) -> bool:
    return (a.islower() and b.islower()) or (a.isupper() and b.isupper()) or (a.isdigit() and b.isdigit())


def _in_class(source: str, at: int) -> bool:
    """Whether the character at ``at`` stands inside a [...] class of a pattern's source."""
    inside = escaped = False
    for i, char in enumerate(source[:at]):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not inside:
            inside = True
            start = i
        elif char == "]" and inside and i > start + 1 and not (i == start + 2 and source[start + 1] == "^"):
            inside = False
    return inside


def _lowered_text(text: str) -> str:
    """The lower case of a text, the one the guards made when it was the last text (or the last long one)
    they lowered."""
    last = _last_lowered
    if last[0] is text:
        return last[1]
    long = _last_long
    return long[1] if long[0] is text else _lower(text)


def _search(
    pattern: re.Pattern[str], lowered: re.Pattern[str] | None, text: str, pos: int = 0, endpos: int = sys.maxsize
) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, by way of its ``lowered`` form (_lowered_form) in
    ASCII text: where the leftmost match starts, found in the lower-case text, then the match the
    pattern makes there, the one its own search finds."""
    if lowered is None or not text.isascii():
        return pattern.search(text, pos, endpos)
    at = lowered.search(_lowered_text(text), pos, endpos)
    return None if at is None else pattern.match(text, at.start(), endpos)


def _finditer(
    pattern: re.Pattern[str], lowered: re.Pattern[str] | None, text: str, pos: int = 0, endpos: int = sys.maxsize
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` by way of its ``lowered`` form (see _search)."""
    if lowered is None or not text.isascii():
        yield from pattern.finditer(text, pos, endpos)
        return
    for at in lowered.finditer(_lowered_text(text), pos, endpos):
        found = pattern.match(text, at.start(), endpos)
        if found is not None:  # (always, for the patterns _lowered_form copies: they match at the same places)
            yield found


class _Guarded(_Guard):
    """A compiled pattern behind its pre-check, asked only when the text may match."""

    __slots__ = ("pattern", "last", "lowered")

    def __init__(self, pattern: re.Pattern[str], folded: tuple[str, ...], exact: tuple[str, ...] = ()) -> None:
        super().__init__((pattern,), folded, exact)
        self.pattern = pattern
        self.lowered = _lowered_form(pattern)  # (see _search)
        # the last search: the parser asks the same of a text several times in a row (the line, its
        # clause, its scope are often the same text), and a long line costs a scan each time
        self.last: tuple[str, int, int, re.Match[str] | None] | None = None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = self.last
        if last is not None and last[0] == text and last[1] == pos and last[2] == endpos:
            return last[3]  # (a match is immutable: it can be handed out twice)
        # (the guard has just lowered the text that _search looks at)
        found = _search(self.pattern, self.lowered, text, pos, endpos) if self.may_match(text, pos, endpos) else None
        self.last = (text, pos, endpos, found)
        return found

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.may_match(text, pos, endpos) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if self.may_match(text) else text


# -- section headings -----------------------------------------------------------------------
REQUIRED, PREFERRED, CONTEXT, EDUCATION, BOILERPLATE, UNKNOWN = (
    "required",
    "preferred",
    "context",
    "education",
    "boilerplate",
    "unknown",
)

_PREFERRED_HEADING = re.compile(
    r"\b(preferred|nice[\s-]to[\s-]haves?|bonus|plus(es)?|desired|desirable|ideally|optional|"
    r"extra credit|would be (great|nice)|we'?d love|good to have|advantageous|pluses|"
    r"additional (skills|qualifications)|what would make you stand out|stand out|advantages?|"
    r"also knowing|great if|would be great|even better|if you also|extra points|would love|we['’]?d love|"
    r"love it if|good to haves?|brownie points|(?:get|be) (?:really |very |super )?excited if|"
    r"(?:you )?(?:might|may) also have|not essential|"
    r"helpful (?:to have|skills|experience|qualifications)|(?:would be|is|are|also) helpful|"
    # the Canadian public service's "Asset qualifications" ("Asset criteria"), beside its "Essential qualifications"
    r"assets? (?:qualifications?|criteria))\b",
    re.I,
)
_BOILERPLATE_HEADING = re.compile(
    r"\b(benefits?|perks|compensation|salary|pay|we offer|what we offer|offer|equal opportunity|"
    r"eeo|diversity|inclusion|how to apply|to apply|apply now|application process|"
    r"interview process|hiring process|location|employment type|job type|"
    r"culture|why join|why work|life at|work environment|disclaimer|privacy|legal|"
    # "Total Rewards", "What's in it for you", "What you'll get", "In return", "We provide": what the
    # employer gives (not "What you'll get to do", the work)
    r"total rewards|rewards(?=\s*(?:$|&|and\b|:))|in it for you|what you(?:['’]ll| will)? get(?! to| done)|"
    r"in return|we provide|what we give)\b",
    re.I,
)
_REQUIRED_HEADING = re.compile(
    r"\b(requirements?|required|qualifications?|must[\s-]haves?|minimum|basic|"
    r"what you('ll| will)? (bring|need|have)|you (have|bring|are|will have|should have)|you['’]ll (have|bring)|"
    r"who you are|about you|your (profile|background|skills|experience)|skills|"
    r"what we('re| are) looking for|we('re| are) looking for|looking for|ideal candidate|"
    r"you should|comfortable with|we expect|expect you|important (for|to) us|what we need|what you need|"
    r"you('ll)? need|you must|you will need|we require|"
    r"expertise|experience|competenc(e|ies)|knowledge|key skills|requisites|profile|"
    # UK, Australian and public-sector wording: "Essential criteria", "Person Specification",
    # "Key Selection Criteria", "Eligibility", "Who should apply", "Is this you?"
    r"candidate|criteria|specification|eligibility|who should apply|to be considered|is this you|"
    # "What will help you succeed", "What makes you a great fit"
    r"help you succeed|makes? you (?:a )?(?:great|good|strong) (?:fit|candidate)|"
    # Greenhouse's and Lever's "You might be a fit if", "You'll be a great fit if"
    r"(?:might|may|could|would|will|['’]ll) be an? (?:(?:good|great|strong|perfect)\s+)?fit(?: for this role)? if)\b",
    re.I,
)
_EDUCATION_HEADING = re.compile(r"\b(education|degree|certifications?|licen[cs]es?)\b", re.I)
_CONTEXT_HEADING = re.compile(
    r"\b(responsibilit(y|ies)|duties|what you('ll)? (do|work on|be doing)|you will|you['’]ll|"
    r"the role|role|about|overview|summary|company|who we are|our team|team|mission|"
    r"tech(nical)? stack|stack|technolog(y|ies)|tools|keywords|tags|day[\s-]to[\s-]day|"
    r"description|project|position|opportunity|impact|job|(?:essential|key|primary|main|core)\s+(?:job\s+)?functions|"
    # what the employer makes: "The product includes features related to:" over a list of its features
    # (the heading's end: "The Product Manager we need", "Our Product Designer Will Have" head requirements)
    r"(?:the|our) (?:products?|platforms?|solutions?|software|apps?|services?)(?=\s*(?:$|:|includes?\b|features\b))"
    r"|features)\b",
    re.I,
)

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_BOLD_HEADING = re.compile(r"^\s*(?:\*\*|__)([^*_]{2,80}?)(?:\*\*|__)\s*:?\s*$")
_COLON_HEADING = re.compile(r"^\s*([A-Za-z][^:.!?]{1,70}):\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)]|[a-z][.)])\s+")
_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w /&+.'()-]{0,40}?):\s+(?=\S)")
_TITLE_LABEL = re.compile(
    r"^\s*(?:\*\*)?(?:position|job title|title|role|job|position title|opening)(?:\*\*)?\s*:"
    r"\s*(?:\*\*)?(.+?)(?:\*\*)?\s*$",
    re.I,
)
_SEEKING = re.compile(
    r"\b(?:seeking|looking for|hiring|searching for|recruiting)\s+(?:(?:an?|the|our)\s+)?"
    r"(?:(?:experienced|talented|motivated|skilled|passionate|highly|strong)\s+)*"
    # (a word's inner dots stay, "Node.js"; a final one ends the sentence, and the title)
    r"(?P<title>[A-Z][\w/&+-]*(?:\.[\w/&+-]+)*(?:\s+(?:[A-Z][\w/&+-]*(?:\.[\w/&+-]+)*|of|and|&|-|/))*)"
)


@lru_cache(maxsize=1 << 12)
def classify_heading(text: str) -> str:
    """The class of a section heading: required, preferred, context, education, boilerplate
    or unknown (a heading the lexicon does not know, e.g. "Technical Skills" under a parent)."""
    t = text.strip().strip("*_#: ").lower()
    if _BARE_TIER_HEADING.fullmatch(t):
        # "Must:", "Essential:", "Nice:", "Not required, but nice:": the tier alone
        return REQUIRED if t.startswith(("must", "essential", "mandatory")) else PREFERRED
    if (_BOILERPLATE_HEADING.search(t) or _EDUCATION_HEADING.search(t)) and _JOB_AT_END.search(t):
        return UNKNOWN  # "Legal Assistant", "Compensation Analyst", "Special Education Teacher": a job's title
    if _NOTHING_ASKED_HEADING.fullmatch(t):
        return BOILERPLATE
    if _RATED_ON_HEADING.search(t):
        return PREFERRED
    if _SKILL_RANK_LABEL.fullmatch(t):
        return PREFERRED if t.startswith("secondary") else REQUIRED  # a staffing firm's "Secondary Skills:"
    if t == "conditions of employment":
        return REQUIRED  # USAJOBS: "Must be able to obtain and maintain a Secret security clearance"
    if _pay_bonus(t):
        return BOILERPLATE  # "Competitive salary and bonus package" is pay, not a bonus skill
    if _LEVEL_HEADING.fullmatch(t):
        return BOILERPLATE  # a job board's "Experience level:" over "Senior, Lead": the grade, no skill asked
    if re.fullmatch(r"desired (?:candidate )?profile|desired skills(?: and|,| &) experience", t):
        return REQUIRED  # Naukri's and LinkedIn's old heading of what the job asks
    hear = _HEAR_FROM_YOU.search(t)
    if hear is not None:
        # Greenhouse's "We'd love to hear from you if you have:" (Figma, Airbnb, Notion) introduces what the
        # job asks; "... if you also have" or "... it's a plus" what it would like
        return PREFERRED if _PREFERRED_HEADING.search(t, hear.end()) else REQUIRED
    if _PREFERRED_HEADING.search(t):
        return PREFERRED
    if re.search(r"\b(about you|who you are|your profile)\b", t):
        return REQUIRED
    if _BOILERPLATE_HEADING.search(t) and not _REQUIRED_HEADING.search(t):
        return BOILERPLATE
    if re.search(r"\b(tech(nical)? stack|our stack|technolog(y|ies)|tools we use|keywords)\b", t):
        return CONTEXT
    if re.search(r"\b(responsibilit(y|ies)|duties|what you('ll| will)? (do|work on|be doing))\b", t):
        # "Responsibilities and Requirements": what the job asks comes under it too
        return REQUIRED if re.search(r"\b(requirements?|qualifications?)\b", t) else CONTEXT
    if _EDUCATION_HEADING.search(t) and not re.search(r"\bskills\b", t):
        return EDUCATION
    if _REQUIRED_HEADING.search(t) and not _GERUND_START.match(t):
        return REQUIRED  # not "Building skills and careers", a company's promise
    if _CONTEXT_HEADING.search(t):
        return CONTEXT
    return UNKNOWN


_HEAR_FROM_YOU = re.compile(r"\b(?:we['’]?d|we would) love to hear from you\b(?=.*\bif\b)")
_BARE_TIER_HEADING = re.compile(
    r"(?:musts?|essentials?|mandatory)"
    r"|(?:(?:not required|not a must|not essential|optional)\W+(?:but\s+)?)?(?:nice|helpful)"
    r"|assets?|extras|good to haves?"  # ("Assets": Canadian for nice to have)
)
# "Annual employee bonus plan", "Referral bonus", "Plus these awesome benefits": a bonus or a plus
# that is paid or given, under the benefits, not the skills that earn "Bonus points"
# (each a word, then the other after it in the same line: searched as two words, not as one pattern with ".*"
# between, which scans the rest of the line from every first word, a long one-line posting's square)
_PAY_BONUS_HEADING = (
    (
        re.compile(r"\b(?:bonus(?:es)?|plus)\b"),
        re.compile(r"\b(?:salary|package|scheme|plan|benefits?|perks?|employees?)\b"),
    ),
    (
        re.compile(r"\b(?:salary|compensation|referral|annual|employee|signing|sign-on|cash|performance)\b"),
        re.compile(r"\bbonus(?:es)?\b"),
    ),
)


def _pay_bonus(text: str) -> bool:
    """Whether a heading is pay's bonus or a plus given (_PAY_BONUS_HEADING): a first word, and the other
    after it in the same line (after the first of the first words: then after any)."""
    for line in text.split("\n"):
        for first, then in _PAY_BONUS_HEADING:
            found = first.search(line)
            if found is not None and then.search(line, found.end()) is not None:
                return True
    return False


# the sections of a federal (USAJOBS) or academic posting that ask nothing: the papers an application
# includes ("Required Documents" over "SF-50 for current and former federal employees"), "Additional
# information" ("Receiving Service Credit or Annual Leave Accrual: ..."), "Next steps"
_NOTHING_ASKED_HEADING = re.compile(
    r"(?:(?:required|supporting|additional)\s+)?documents?(?:\s+(?:required|needed|to\s+submit))?"
    r"|(?:additional|other)\s+(?:information|info|details)|next\s+steps|what\s+to\s+expect\s+next"
)
# USAJOBS's "How You Will Be Evaluated" lists the knowledge, skills and abilities applicants are rated on
# ("Skill in Python scripting to automate security tasks"), or under "Your qualifications will be evaluated on
# the following competencies:": they rank the qualified, a plus, not a minimum
_RATED_ON_HEADING = re.compile(
    r"^how\s+you\s+will\s+be\s+(?:evaluated|assessed|rated)$"
    r"|\b(?:rated|evaluated|assessed)\s+(?:on|against)\s+the\s+following\b"
)
_LEVEL_HEADING = re.compile(r"(?:experience|seniority|career|job|position)\s+level|seniority")
# a line ending in the noun of a job names a job, whatever section words it holds ("Benefits
# Administrator", "Privacy Analyst", "Location Scout")
_JOB_AT_END = re.compile(
    r"^(?!about\b|meet\b|who\b|what\b|why\b|how\b|your\b|our\b|the\b|.*\bfor (?:our|the|all)\b)"
    r"[a-z][\w&/ -]*\b(?:assistants?|secretar(?:y|ies)|"
    r"teachers?|coordinators?|administrators?|analysts?|managers?|officers?|specialists?|scouts?|clerks?|"
    r"receptionists?|advisors?|advisers?|paralegals?|consultants?|directors?|technicians?|representatives?)$"
)
_GERUND_START = re.compile(r"^(?!bring|nothing)[a-z]{3,}ing\b")
_LEAD_IN = re.compile(r"\b(with|in|of|are|is|include|including|following|like|these|to)\s*:?\s*$", re.I)


# The categories a tier's heading groups, each a heading of its own under it: the Canadian public service's
# "Essential qualifications" over "EDUCATION:" and "EXPERIENCE:", then "Asset qualifications" over "EXPERIENCE:" and
# "EDUCATION:" again
_CATEGORY_HEADING = re.compile(
    r"(?:education|experience|knowledge|skills|abilities|competenc(?:y|ies)|training|certifications?|"
    r"licen[cs]es?|languages?|personal suitability|education and experience)"
)


def _grouped_category(text: str, kind: str, tier_parent: str | None, grouped: set[str]) -> tuple[str, str | None]:
    """A heading's kind, and the tier heading it stands under (see _CATEGORY_HEADING): a category heading met
    again under another tier's heading is that heading's ("EXPERIENCE:" under "Asset qualifications" is preferred
    when it was met under "Essential qualifications"); met the first time it keeps its own kind ("Nice to have"
    then "Education" is the posting's education). Any other heading opens a group of its own tier, or none."""
    key = text.strip().strip("*_#: ").lower()
    if not _CATEGORY_HEADING.fullmatch(key):
        return kind, kind if kind in (REQUIRED, PREFERRED) else None
    if tier_parent is not None and key in grouped:  # (a category names no tier: "Required education" is none)
        return tier_parent, tier_parent
    grouped.add(key)
    return kind, tier_parent


def _explicit_tier(text: str) -> bool:
    """A heading that names its tier itself ("Required Skills", "Bonus"), or a boilerplate one."""
    return bool(
        _PREFERRED_HEADING.search(text)
        or re.search(r"\b(required|requirements|must|minimum|basic)\b", text, re.I)
        or classify_heading(text) in (BOILERPLATE, EDUCATION)
    )


@dataclass
class _Heading:
    text: str
    level: int  # Markdown depth; 1 for other heading styles
    kind: str


# a job board's page around the posting, pasted with it: LinkedIn's "Show less" under the description, then
# "Referrals increase your chances of interviewing at Northwind Logistics by 2x", "Sign in to create job alert",
# "Similar jobs" over other jobs' titles: nothing there is asked ("job alert" names no alerting skill)
_PAGE_CHROME = re.compile(
    r"(?:\W*|\.{3})(?:show|see)\s+(?:more|less)(?:\s+jobs\s+like\s+this)?|see\s+who\s+you\s+know"
    r"|(?:sign\s+in\s+to\s+)?(?:create|set)\s+(?:a\s+)?job\s+alert(?:\s+for\s+similar\s+jobs)?"
    r"|referrals\s+increase\s+your\s+chances\b.*|similar\s+jobs|people\s+also\s+viewed|similar\s+searches"
    r"|more\s+jobs\s+like\s+this|get\s+notified\s+about\s+new\b.*\bjobs\b.*"
    # the top card's skills LinkedIn matched to the job, not the employer's list ("Skills: SQL, Tableau, +8 more"),
    # the recruiter's card ("Meet the hiring team") and the comparison ("See how you compare to 100 applicants")
    r"|skills:[^:]*,\s*\+\s?\d{1,3}\s+more|meet\s+the\s+hiring\s+team|see\s+how\s+you\s+compare\b.*",
    re.I,
)


def _heading_of(
    line: str, names_skill: Callable[[str], bool] | None = None, *, lenient: bool = True
) -> _Heading | None:
    """The heading a line is, if it is one."""
    stripped = line.strip()
    if not stripped or len(stripped) > 90:
        return None
    if _PAGE_CHROME.fullmatch(stripped):
        return _Heading(stripped, 1, BOILERPLATE)
    m = _MD_HEADING.match(line)
    if m:
        return _Heading(m.group(2).strip("*_ "), len(m.group(1)), classify_heading(m.group(2)))
    m = _BOLD_HEADING.match(line)
    if m:
        return _Heading(m.group(1).strip(), 1, classify_heading(m.group(1)))
    bullet = _BULLET.match(line)
    if bullet is not None and _looks_like_heading(line[bullet.end() :]):
        # "💡 Nice to have", "🎁 What we offer:": an emoji before a heading reads as a bullet (see
        # text.BULLETS), but a known heading alone on its line is no list item
        text = line[bullet.end() :].strip().rstrip(":")
        return _Heading(text, 1, classify_heading(text))
    m = _COLON_HEADING.match(line)
    if m and not bullet and len(m.group(1).split()) <= 12:
        return _Heading(m.group(1).strip(), 1, classify_heading(m.group(1)))
    letters = [c for c in _PLACEHOLDER.sub("", stripped) if c.isalpha()]
    if (
        len(letters) >= 3
        # mostly figures is no heading in capitals: a pay range's "$165,000 - $205,000 USD"
        and len(letters) * 3 >= len(stripped) - stripped.count(" ")
        and not stripped.endswith((".", ","))
        and all(c.isupper() for c in letters)
        and len(stripped.split()) <= 8
        and not _BULLET.match(line)
    ):
        kind = classify_heading(stripped)
        # "AWS", "HTML/CSS", "CI/CD", "SAP FICO": a list item whose bullet was lost in a paste is
        # a skill, not a heading the lexicon does not know
        if kind == UNKNOWN and names_skill is not None and not stripped.endswith(":") and names_skill(stripped):
            return None
        if kind == UNKNOWN and not lenient and not stripped.endswith(":"):
            return None  # "JOOQ" under "We'd get really excited if you had experience with": an item of its list
        return _Heading(stripped.rstrip(":"), 1, kind)
    # a short line that is a known heading ("Requirements", "Nice to have", "Key Responsibilities",
    # "Skills & requirements"): capitalised, no closing punctuation, and naming no skill itself
    words = stripped.rstrip(":").split()
    if (
        (1 <= len(words) <= 6 or len(words) <= 8 and _looks_like_heading(stripped))  # ("It would be great if you have")
        and not stripped.endswith((".", ",", ";", "!"))
        and not _BULLET.match(line)
    ):
        kind = classify_heading(stripped)
        if kind in (PREFERRED, REQUIRED) and _marked_statement(stripped):
            return None  # "ISTQB certification is a plus", "Prior startup experience preferred"
        if kind == REQUIRED and _MINIMUM_FIGURE.search(stripped):
            return None  # "Minimum GPA 3.5" among the preferred qualifications: a criterion, not a section
        if kind == REQUIRED and _EXPERIENCE_VALUE.match(stripped):
            return None  # "Experience: 5+ years", "Years of experience: 5+": years asked, not a section
        if kind != UNKNOWN and (
            _looks_like_heading(stripped)
            or (kind == EDUCATION and _CREDENTIAL_HEADING.fullmatch(stripped) is not None)
            or (
                (lenient or _explicit_tier(stripped))
                and stripped[0].isupper()
                and kind != EDUCATION
                and not find_degrees(stripped)  # "Bachelor's Degree", "PhD preferred" ask for a degree
                and (names_skill is None or not names_skill(stripped))
            )
        ):
            return _Heading(stripped.rstrip(":"), 1, kind)
    return None


# a minimum stated with its figure, an item whatever its length: "Minimum GPA 3.0", "Minimum 3.5 GPA", "GPA of 3.2 or
# higher" (not "Minimum Qualifications"). (A "GPA" reads up to the next one only, no colon nor figure between: one
# that has its figure further on is found from the last "GPA" before it, and a line of "GPA GPA ..." is read in
# linear time, not in one pass to the line's end from each)
_MINIMUM_FIGURE = re.compile(r"^(?:minimum|min\.?|at least)\b[^:]*\d|\bGPA\b(?:(?!\bGPA\b)[^:\d])*\d", re.I)
# a tier mark closing a line: "... is a plus", "... preferred", "... required", "... a must"
_TRAILING_MARK = re.compile(
    r"\s+(?:(?:is|are|would be|will be)\s+)?(?:(?:an?|strongly|highly|definitely)\s+)?(?:(?:big|strong|huge)\s+)?"
    r"(?:preferred|required|plus|advantage|bonus|desirable|desired|nice to have|must)\s*:?$",
    re.I,
)
# the words a heading with a closing tier mark is made of ("Technical Skills Preferred",
# "Education & Experience Required", "What would be a plus")
_HEADING_VOCABULARY = frozenset(
    "skills skill experience qualifications qualification requirements requirement education knowledge "
    "certifications certification licenses licences abilities competencies competences tools technologies "
    "languages degree background profile attributes traits additional other technical professional key "
    "minimum basic and & / what it that this which also things something what's whats preferred but not".split()
)


def _marked_statement(text: str) -> bool:
    """A line that states a requirement and closes with its tier mark ("ISTQB certification is a
    plus", "Travel up to 25% required"), not a heading naming its tier ("Skills Preferred")."""
    m = _TRAILING_MARK.search(text)
    if m is None or m.start() == 0:
        return False
    return any(word.lower() not in _HEADING_VOCABULARY for word in text[: m.start()].split())


_HEADING_WORDS = re.compile(
    r"^(requirements?|qualifications?|responsibilities|duties|nice to haves?|bonus( points)?|"
    r"benefits|perks|skills|technologies|tech stack|about( (us|you|the (role|team|company|job|position|opportunity)))?|"
    r"who you are|what you('ll)? (do|bring|need|have)|what we offer|you have|must[- ]haves?|"
    r"preferred( (qualifications|skills))?|education|job description|the role|your profile|"
    r"your tasks|your role|your skills|desired skills|ideally|we'?d love if|we offer|"
    r"minimum qualifications|basic qualifications|required skills|key skills|"
    r"what we('re| are) looking for|how to apply|our stack|it would be great if you(?: also)? (?:have|had))$",
    re.I,
)
# a trade's or a profession's credentials, a heading line of its own: "Licenses and Certifications",
# "Required Certifications", "Licensure/Certification", "Education and Experience" (a credential's own
# line names it, "BLS Certification", and is an item; a bullet's "- Certifications" is one too)
_CREDENTIAL_HEADING = re.compile(
    r"(?:(?:required|preferred|minimum|necessary|mandatory|professional|special)\s+)?"
    r"(?:licen[cs]es?|licensure|certifications?|certificates|credentials|registrations?|education)"
    r"(?:\s*(?:,|/|&|and|or)\s*(?:licen[cs]es?|licensure|certifications?|certificates|credentials|registrations?|"
    r"education|experience|training|endorsements))*(?:\s+required)?:?",
    re.I,
)


def _looks_like_heading(text: str) -> bool:
    return bool(_HEADING_WORDS.match(text.strip().rstrip(":").strip()) or _TEMPLATE_HEADING.fullmatch(text.strip()))


# the sub-headings of the US HR job-description template, each over a line of prose ("Mathematical
# Skills" / "Ability to calculate figures ..."): headings, though they name a skill
_TEMPLATE_HEADING = re.compile(
    r"(?:Language|Mathematical|Math|Reasoning|Computer|Other)\s+(?:Skills|Ability|Abilities)(?:\s+and\s+Abilities)?:?"
)


# -- inline marks -----------------------------------------------------------------------------
_PREFERRED_MARK = _Guarded(
    re.compile(
        r"\b(an? (big |huge |definite |added |real |strong )?plus|is a plus|plus points?|nice[\s-]to[\s-]have|"
        r"preferred|preferably|preferable|bonus|desired|desirable|ideally|advantageous|"
        r"an advantage|beneficial|would be (great|nice|helpful|a bonus)|is helpful|helpful|"
        r"optional|extra credit|good to have|(is|are|would be) ideal|advantage(?=\s*:)|appreciated|"
        # Canadian, Australian, UK and Indian wording: "CFA is an asset", "Power BI highly regarded",
        # "not essential but would be useful", "an added advantage", "Python is welcome"
        r"an? (great |real |definite |strong )?asset|highly regarded|not essential|would be useful|"
        r"an? added advantage|(is|are) (also )?welcome|"
        # a condition of some posts only, not of every hire: "Possession of a valid California Driver's License
        # may be required" (not a duty's "you may be required to use Excel", which says what the work is; nor the
        # active "This role may require up to 75% travel ... joining an Agile team", which marks no skill)
        r"(may|might) (also )?be (required|needed|necessary)(?! to\b)|"
        # ... and its active voice when what it asks is a credential the candidate holds: "Some positions may
        # require a driver's license", "may require a Secret clearance", "may require a state nursing license": only
        # words that qualify the credential between (not "may require up to 75% travel", "may require lifting 50
        # lbs": what the work is; nor a duty done with credentials, "Duties may require verifying vendor
        # certifications in SAP Ariba", "Matters may require registration of trademarks in Excel trackers")
        r"(may|might) (also )?require\s+(?:(?![\w'’-]*ing\b|(?:of|to|for|in|into|with|on|at|by|from|up|and|or)\b)"
        r"[\w'’+/-]+\s+){0,5}?(?:(?<!require )[\w'’-]+ing\s+)?(?:licen[cs]es?|certifications?|certificates?|"
        r"clearances?|registrations?|credentials?)(?!\s+of\b))\b"
        r"|\s\(d\)\s*$",  # a UK person specification marks each line (E)ssential or (D)esirable
        re.I,
    ),
    ("plus", "nice", "prefer", "bonus", "desir", "ideal", "advantage", "beneficial", "would be", "helpful",
     "optional", "extra credit", "good to have", "appreciated", "asset", "regarded", "not essential", "welcome",
     "(d)", "may ", "might "),
)
_REQUIRED_MARK = _Guarded(
    re.compile(r"\b(required|must|must[\s-]have|mandatory|essential)\b", re.I),
    ("required", "must", "mandatory", "essential"),
)
_NEGATION = _Guarded(
    re.compile(
        r"\b(no|not|without)\s+(?:\w+\s+){0,3}?(needed|required|necessary)\b|"
        r"\b(don'?t|do not|doesn'?t|does not|won'?t|will not|never)\s+(use|need|require)\b|"
        # "a job where you do not have to be able to speak Danish", "no need to know Kotlin"
        r"\b(don'?t|do not|doesn'?t|does not|won'?t|will not)\s+(have|need)\s+to\b|\bno need to\b",
        re.I,
    ),
    ("need", "require", "necessary", "use", "not", "n't", "dont", "doesnt", "wont"),
)
# (", Python is": a comma before a clause of its own, "No Java needed, Python is")
# a contrast: "..., but", "; however", or a comma before a clause of its own ("No Java needed,
# Python is", "No degree required, experience with Python is essential"); not a comma in a list
# ("Java, Spring or Kafka is not required": an "or" or "and" before the verb)
_CONTRAST = re.compile(
    r"[,;]\s*(?:but|however|though|yet)\b|\s(?:but|however)\s|,(?=(?:(?!\b(?:or|and)\b)[^,;.])*\b(?:is|are)\b)", re.I
)
_EXAMPLES = re.compile(r"\b(such as|e\.g\.?|eg|for example|like|including|incl\.?|i\.e\.?)\b|^\s*:(?=\s)", re.I)
_EXAMPLE_WORDS = re.compile(r"\b(such as|e\.g\.?|eg|for example|like)(?!\w)", re.I)
_OR = re.compile(r"\bor\b|/|\band/or\b", re.I)
_AND = re.compile(r"\band\b(?!/)")  # "and" joining items ("and/or" is an or)
_FILLER = re.compile(
    r"^(?:[\s,/&()|+]|\band\b|\bor\b|\band/or\b|\bsimilar\b|\b(an)?other\b|\bequivalents?\b|"
    r"\brelated\b|\bany\b|\beither\b|\betc\b\.?|\balso\b|\bas well as\b|\bsuch as\b|\be\.g\.?|"
    r"\beg\b|\blike\b|\bincluding\b|\bincl\b\.?|\bthe\b|\ban?\b|\bboth\b|\bplus\b|\bmodern\b|"
    r"\bcomparable\b|\brelevant\b|\bof\b|\bfor example\b|\bi\.e\.?|\bat least one\b|\bone\b|"
    r"\bmore\b|\bpreferably\b|\bideally\b|\bespecially\b|\bspecifically\b|\bwith\b|"
    # "Java or strong experience with other server-side languages"
    r"\b(?:strong|solid|good|proven|some)\b|\b(?:experience|knowledge|skills?)\b(?=\s+(?:with|in|of)\b))*$",
    re.I,
)

# a civil-service posting's alternative ways to qualify, each its own block: "OPTION I", "Option 2: Four years
# of ...", "ALTERNATIVE A", "Pattern II" (NEOGOV, CalCareers); not "Options trading experience", "Option to work
# remotely"
_OPTION = re.compile(
    r"(?:[-*•]\s*)?(?:option|alternative|pattern|path)\s+(?:[IVX]{1,4}|\d|[A-D]|one|two|three|four)\b"
    r"(?!\s+(?:of|to|for|with|and|or|is|are)\b)\s*(?:[:.)–—-]|$)",
    re.I,
)


def _take_easiest_option(
    options: list[list[tuple[int, int]]],
    option_of: dict[int, int],
    requirements: list[Requirement],
    overall_years: list[int],
    overall_at: list[tuple[int, int]],
    per_req_years: list[int],
) -> None:
    """Add the years of the option that asks the least to those the posting asks. An option's years are its
    statements' or, with none, its required skills' ("Experience: Two years of paraprofessional accounting
    experience"); none when it asks none ("OPTION II: A bachelor's degree in accounting")."""
    skill_years: dict[int, list[tuple[int, int]]] = {}
    for r in requirements:
        if r.min_years and r.tier is Tier.REQUIRED and r.line in option_of:
            skill_years.setdefault(option_of[r.line], []).append((r.min_years, r.line))
    asked = [
        (max(option), True) if option else (max(skill_years.get(k, [(0, 0)])), False)
        for k, option in enumerate(options)
    ]
    (years, number), overall = min(asked, key=lambda a: a[0][0])
    if not years:
        return
    if overall:
        overall_years.append(years)
        overall_at.append((years, number))
    else:
        per_req_years.append(years)


# -- years and degrees --------------------------------------------------------------------------
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_NUM = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS = re.compile(
    rf"(?P<a>{_NUM})(?:\s*\({_NUM}\))?\s*(?:\+|plus|\(?or (?:more|greater|above)\)?)?\s*"
    rf"(?:(?:-|to|or|(?<=\)\s))\s*(?P<b>{_NUM})(?:\s*\({_NUM}\))?\s*\+?\s*)?"
    r"(?:full[\s-]time\s+)?(?:years?|yrs?)\b(?!\s+(?:old|ago|of age|in business|history))",
    re.I,
)


_YEARS_LOWERED = _lowered_form(_YEARS)  # (see _finditer)


def _may_name_years(text: str) -> bool:
    """Whether ``text`` can match _YEARS: every match ends in "year(s)" or "yr(s)" (in any case;
    only the ASCII letters match these under re.I, which tests/test_perf_paths.py checks)."""
    lowered = text.lower()
    return "yr" in lowered or "year" in lowered


# each behind the words one of which its every match holds: a line that names one level of degree
# ("PhD", "Bachelor's") is not scanned for the others
# doctorates: the PhD, "Doctor of Philosophy", "Doctor of Education", Ed.D., PharmD, "Juris Doctor",
# J.D., M.D. (with its dots: "MD" is Maryland)
_PHD_DEGREE = _Guarded(
    re.compile(
        r"\b(ph\.?\s?d\.?|doctorate|doctoral|juris doctor|doctor of (?:philosophy|education|medicine|osteopathic"
        r"|pharmacy|psychology|nursing|physical therapy|occupational therapy|business administration|law"
        r"|juridical|science|engineering|dental|veterinary|public health|social work|musical arts|audiology"
        r"|optometry)|ed\.d\.|pharm\.?\s?d\.?|(?<![\w.])(?-i:J\.D\.|M\.D\.))(?!\w)"
        # the bare letters as a degree only where nothing else reads them: a physician's pair ("MD/DO required",
        # "MD or DO"), or before "degree" or an accredited school ("JD degree", "JD from an ABA-accredited law
        # school"); not Maryland ("Towson, MD"), JD Edwards, MD&A, a recruiter's JD (job description)
        r"|(?<![\w.&/-])(?-i:MD\s*(?:/|or)\s*DO|DO\s*(?:/|or)\s*MD|(?:JD|MD)(?=\s+degree|\s+from\s+an?\s+(?:ABA-)?accredited))"
        r"(?![\w&])",
        re.I,
    ),
    ("ph", "doctor", "ed.d"),
    (".D.", "MD", "JD"),  # (J.D., M.D.)
)
# the level of a degree after "master's", unless a person of that level follows: "a master's-level degree",
# "master's level or above"; not "a master's-level clinician", "a masters level therapist" (a colleague, not a
# degree asked of the hire). With no article before it the level is the degree's: "at master level
# corresponding to the Danish cand.oecon"
_MASTER_LEVEL = (
    r"[ -]level(?![ -]+(?!(?:degree|qualifi|education|stud|program|course|or|and|in|of|from|within|equivalent|"
    r"above|graduate|standard)\w*)[a-z])"
)
_MASTER_DEGREE = _Guarded(
    re.compile(
        # ("a finance degree at masters level", "a master's level qualification"; not "under the supervision of a
        # master's-level clinician": a colleague who holds one, see _MASTER_LEVEL)
        rf"\b(master'?s?(?= degree| of| in|/| or|,| \(|{_MASTER_LEVEL})"
        r"|(?<!\ba )(?<!\ban )(?<!\bthe )master'?s?(?=[ -]level)"
        r"|masters? degree|m\.s(?:\.|$)|m\.sc\.?|msc"
        r"|mba|m\.b\.a\.|m\.a(?:\.|$)"
        # "a graduate degree" (in the US: a master's or above), "a postgraduate degree/diploma"; not
        # "an undergraduate degree", nor "a graduate with a degree"
        r"|m\.eng\.?|meng|(?:post)?graduate degree|postgraduate (?:diploma|qualification))(?!\w)",
        re.I,
    ),
    ("master", "m.s", "m.sc", "msc", "mba", "m.b.a", "m.a", "m.eng", "meng", "graduate degree", "postgraduate"),
)
# ("PhD ..., or MS with 3+ years of research experience": a degree level with what goes with it)
_MASTER_LETTERS = _Guarded(
    re.compile(r"(?<![\w.])(MS|MA)(?=\s*(?:/|in\b|degree|or\b|,|\)|with\s+(?:an?\s+)?(?:\d|at least|a minimum)))"),
    (),
    ("MS", "MA"),
)
# (a qualification taken after a bachelor's that is not a master's: the UK's PGCE (a teacher's
# postgraduate certificate; UK schools read it as a degree plus teacher training, never as a
# master's), Scotland's PGDE, a graduate certificate or graduate diploma (Australia, Canada, the
# UK's GDL): its holder has a bachelor's, which is the level it shows. A postgraduate diploma is a
# master's without the dissertation: _MASTER_DEGREE)
_BACHELOR_DEGREE = _Guarded(
    re.compile(
        # (a clause may end at the letters' own full stop: "PharmD or B.S. Pharmacy from ...", read as "PharmD or B.S")
        r"\b(?<!\w\.)(bachelor'?s?|b\.s(?:\.|$)|b\.sc\.?|bsc|b\.a(?:\.|$)|b\.b\.a\.|b\.eng\.?|beng|undergraduate degree"
        r"|(?:4|four)[\s-]year degree|college degree|university degree"
        r"|pgce|pgde|(?:post)?graduate certificates?|(?<!post)graduate diplomas?)(?!\w)",
        re.I,
    ),
    ("bachelor", "b.s", "b.sc", "bsc", "b.a", "b.eng", "beng", "degree", "pgce", "pgde", "graduate "),
)
_BACHELOR_LETTERS = _Guarded(
    # ("MS in CS, or BS with 3+ years of experience": the bachelor's with years, the lower bar, as
    # the other degree's alternative only: "Senior BA with 5+ years" is a business analyst)
    re.compile(
        r"(?<![\w.])(BS|BA|BE|BTech|B\.Tech)(?=\s*(?:/|in\b|degree|or\b|,|\)))"
        r"|(?<=\bor )(BS|BA|BE|BTech|B\.Tech)(?=\s+with\s+(?:an?\s+)?(?:\d|at least|a minimum))"
    ),
    (),
    ("BS", "BA", "BE", "BTech", "B.Tech"),
)
# abbreviations that name a degree wherever they stand, as written: engineering and technology
# (B.E., B.Tech, M.Tech: common in postings from India), nursing (BSN, MSN, ADN), business,
# commerce and computer applications (BBA, B.Com, BCA, MCA), the arts, public health, social work
_BACHELOR_ABBREVIATIONS = _Guarded(
    re.compile(r"(?<![\w.])(B\.\s?Tech|BTech|B\.E\b\.?|BSN|BBA|BCA|B\.\s?Com|BCom|BFA|BPharm|B\.\s?Ed|BEd|LLB)(?![\w])"),
    (),
    ("B.", "BTech", "BSN", "BBA", "BCA", "BCom", "BFA", "BPharm", "BEd", "LLB"),
)
_MASTER_ABBREVIATIONS = _Guarded(
    re.compile(
        r"(?<![\w.])(M\.\s?Tech|MTech|M\.E\.|MSN|MCA|M\.\s?Com|MCom|MFA|MPH|MSW|M\.\s?Ed|MEd|MPharm|M\.A\.T\.|MArch"
        # accountancy ("MAcc, BYU") and the dotted letters ("M.S.W., 2015", "M.P.H.", "M.P.A."); the bare MPA and MHA
        # on an education line only (_EDUCATION_LETTERS): a web app's "SPA and MPA", a pressure's "40 MPA"
        r"|MRes|MAcc|M\.Acc\.?|M\.(?:S\.W|P\.H|S\.N|P\.A|H\.A|F\.A)\.?)(?![\w])"
    ),
    (),
    ("M.", "MTech", "MSN", "MCA", "MCom", "MFA", "MPH", "MSW", "MEd", "MPharm", "MArch", "MRes", "MAcc"),
)
# a librarian's master's: "MLIS from an ALA-accredited program", "M.L.I.S., San Jose State University", the
# MSLIS; and "MLS" (Master of Library Science) beside a library's words or "degree" only: alone it is also a
# medical laboratory scientist's certification ("MLS(ASCP) required"), the Multiple Listing Service ("MLS
# listings") or a soccer league; a library's words are its profession's, not a software library's ("MLS feeds
# through the RETS library")
_LIBRARY_WORDS = r"(?:\bALA\b|\b[Ll]ibrar(?:y|ies) (?:and Information )?Science|\b[Ll]ibrarian)"
_LIBRARY_MASTER = _Guarded(
    re.compile(
        rf"(?<![\w.])(?:MLIS|M\.L\.I\.S\b\.?|MLISc|MSLIS"
        rf"|(?:MLS|M\.L\.S\b\.?)(?![\w(]|\s*\(?ASCP)(?=\s+degree\b|[^\n]*?{_LIBRARY_WORDS}))(?!\w)"
        rf"|{_LIBRARY_WORDS}[^\n]*?(?<![\w.])(?P<after>MLS|M\.L\.S\b\.?)(?![\w(]|\s*\(?ASCP)"
    ),
    (),
    ("MLIS", "M.L.", "MLS", "MSLIS"),
)
# below a bachelor's: the US associate degree ("Associate in Applied Science", "Associate of Arts
# (AA)"); the UK's HND and HNC (Higher National Diploma and Certificate: a year or two of higher
# education below a degree, as is a foundation degree, FdA/FdSc: not a bachelor's for all its
# "degree"); Australia's "Diploma of ..." and "Advanced Diploma of ..." (AQF levels 5 and 6, the
# associate degree's level). A trade's vocational certificate (Australia's Certificate III, the UK's
# NVQ Level 3, "Level 3 Diploma") names no degree: find_degrees drops an associate's it reads there.
_ASSOCIATE_DEGREE = _Guarded(
    re.compile(
        r"\b(associate'?s? degree|associate degree|associate of (?:applied )?(?:science|arts|business|engineering"
        r"|technology|nursing|general studies|occupational studies|fine arts)"
        r"|associate in (?:applied )?(?:science|arts)|associate's(?= or |/)"
        r"|higher national (?:diploma|certificate)|foundation degree"
        r"|(?<!graduate )(?:advanced )?diploma of(?= (?-i:[A-Z]))|associate diploma"
        r"|(?-i:ADN|AAS|A\.A\.S\.|HND|HNC|FdA|FdSc|FdEng))(?!\w)",
        re.I,
    ),
    ("associate", "higher national", "foundation degree", "diploma of"),
    ("ADN", "AAS", "A.A.S.", "HND", "HNC", "FdA", "FdSc", "FdEng"),
)
# a trade's or a school's vocational level, not a degree: "Level 3 Diploma in Electrical Installation",
# "NVQ Level 3", "Certificate III in Carpentry", "Cert IV in Training and Assessment"
# (the level qualifies the diploma or certificate: "a Level 1 trauma center" beside an associate
# degree is no trade's qualification)
_VOCATIONAL = re.compile(
    r"\b(?:level [1-3](?: ?(?:&|and|/) ?[1-3])?(?: extended| subsidiary| national)? (?:diploma|certificate)|nvq"
    r"|cert(?:ificate)? (?:i{1,3}|iv))\b",
    re.I,
)
# a high-school diploma or its equivalent: "High school diploma or GED", "HS diploma", "completed
# secondary school", "high school or equivalent" (not "teach high school mathematics")
_HIGH_SCHOOL = _Guarded(
    re.compile(
        r"\b(?:high|secondary)[\s-]school\s+(?:diploma|degree|education|graduate|graduation|certificate)s?\b"
        r"|\bhs diploma\b"
        r"|\b(?:completed?|completion of|finished|graduated from)\s+(?:a\s+)?(?:high|secondary)[\s-]school\b"
        r"|\b(?:high|secondary)[\s-]school\s+(?:or|/)\s+(?:an?\s+)?equivalent\b"
        r"|(?-i:\bGED\b)",
        re.I,
    ),
    ("school", "hs diploma"),
    ("GED",),
)
_DEGREE_PATTERNS = (
    ("phd", _PHD_DEGREE),
    ("master", _MASTER_DEGREE),
    ("master", _MASTER_LETTERS),
    ("master", _MASTER_ABBREVIATIONS),
    ("master", _LIBRARY_MASTER),
    ("bachelor", _BACHELOR_DEGREE),
    ("bachelor", _BACHELOR_LETTERS),
    ("bachelor", _BACHELOR_ABBREVIATIONS),
    ("associate", _ASSOCIATE_DEGREE),
    ("high_school", _HIGH_SCHOOL),
)
_GENERIC_DEGREE = re.compile(r"\b(degree|diploma) (in|from)\b|\bdegree\b", re.I)
# a "degree" that is no qualification: a measure ("to a limited degree", "a high degree of accuracy", "the
# degree to which", "90 degrees", "360-degree feedback"), or a document an application includes ("The
# application must include a curriculum vitae, degree certificate, a list of publications", "copies of your
# degrees")
_NO_QUALIFICATION = re.compile(
    # ("to a degree level in Finance" and "progression to a degree in Nursing" are qualifications)
    r"\bto\s+(?:an?|some|the|what(?:ever)?|any|such\s+an?)\s+(?:[\w-]+\s+){0,2}?degree\b"
    r"(?!\s+(?:level|standard|in|from)\b)"
    r"|\bdegrees?\s+(?:of|to\s+which|celsius|fahrenheit)\b|\d\s*-?\s*degrees?\b"  # "90-degree heat"
    r"|\b(?:degree|diploma)\s+(?:certificates?|transcripts?|documents?|supplements?|copies)\b"
    r"|\bcop(?:y|ies)\s+of\s+(?:your\s+|the\s+|all\s+)?(?:[\w'-]+\s+){0,2}?(?:degrees?|diplomas?)\b"
    # the degree a line before asked, awarded later: "ABD candidates will be considered if the degree is
    # conferred by August 2027" (after "Ph.D. in Computer Science") asks for no bachelor's
    r"|\bthe\s+degree\s+(?:is\s+|has\s+been\s+|was\s+|will\s+be\s+|must\s+be\s+)?(?:conferred|awarded|granted)\b",
    re.I,
)
# a degree the posting does not ask for: "No degree required", "A degree is not required", "You
# are not required to have a computer science degree", "with or without a degree"
_NO_DEGREE = re.compile(
    r"\b(?:no|without)\s+(?:an?\s+)?(?:[\w'-]+\s+){0,2}?(?:degree|diploma)s?\b"
    r"|\bnot\s+(?:required|needed|necessary|mandatory|essential)\s+to\s+(?:have|hold)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:degree|diploma)s?\b"
    r"|\b(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:need|require|have\s+to\s+have)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:degree|diploma)s?\b"
    r"|\b(?:degree|diploma)s?\b(?:\s+[\w'-]+){0,5}?\s+(?:is\s+|are\s+)?(?:not|never)\s+(?:\w+\s+)?"
    r"(?:required|needed|necessary|mandatory|essential|a\s+must|a\s+requirement)\b"
    # a degree that may stand in for the experience asked is another way to qualify, not a degree asked
    # (USAJOBS: "A master's degree in computer science or a related field may be substituted for specialized
    # experience at the GS-9 level only"); not the reverse, "experience may be substituted for the degree"
    r"|\b(?:degree|diploma|education|ph\.?\s?d|doctorate|bachelor'?s|master'?s)s?\b"
    r"(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,100}?\b(?:may|can|will)\s+(?:also\s+)?(?:be\s+(?:used\s+to\s+)?)?"
    r"substitut(?:e|ed)\s+for\s+(?:[\w-]+\s+){0,3}?experience\b",
    re.I,
)


def _years_value(token: str) -> float:
    token = token.lower()
    return float(_NUMBER_WORDS[token]) if token in _NUMBER_WORDS else float(token)


# A match of _YEARS ends with its "year(s)" or "yr(s)", and starts at most _YEARS_REACH characters
# before it when each whitespace of the pattern takes one character (the longest start: "fifteen
# (fifteen) (or greater) to fifteen (fifteen) + full-time years"); past its end, the pattern looks
# _YEARS_TAIL characters on at most (" in business" after "years"). tests/test_perf_parse.py holds
# both to the pattern.
_YEARS_REACH = 64
_YEARS_TAIL = len("years") + len(" in business") + 1  # (one to spare)
_SPACE_RUN = re.compile(r"\s\s")


def _years_scan(text: str) -> tuple[int, int]:
    """Where a scan for _YEARS may start and end: no match starts before or reaches past, and
    none depends on what lies outside. In ASCII text without two whitespace characters in a row
    (nearly every line), from _YEARS_REACH before the first "yr" or "year" to _YEARS_TAIL after
    the last: the costly pattern is tried at every position it scans, and a long line names its
    years in a few words of it."""
    if not text.isascii() or _SPACE_RUN.search(text):
        return 0, len(text)
    lowered = text.lower()  # (as long as the text: ASCII)
    first = min(at for at in (lowered.find("yr"), lowered.find("year")) if at >= 0)
    last = max(lowered.rfind("yr"), lowered.rfind("year"))
    return max(0, first - _YEARS_REACH), min(len(text), last + _YEARS_TAIL)


# experience in months, "Minimum 12 months", "18 months' experience", "24 months of experience": a
# posting's years are whole (min_years is an integer), so 18 months ask 1 year (the candidate with a
# year and a half passes), and fewer than 12 ask no years
_MONTHS = _Guarded(
    re.compile(
        rf"(?<![\w.-])(?P<a>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s*\+?\s*(?:(?:-|to)\s*(?:\d{{1,3}})\s*\+?\s*)?"
        r"(?:full[\s-]time\s+)?months?\b(?!\s+(?:old|ago|of age))",
        re.I,
    ),
    ("month",),
)
# months of something else: "within 3 months of hire", "after 12 months of service", "every 6 months"
_MONTHS_NOT_ASKED = re.compile(
    r"\b(?:after|within|every|per|first|next|last|past|over|during|for|in|probation(?:ary)?(?:\s+period)?(?:\s+of)?)"
    r"\s+(?:the\s+)?(?:first\s+)?$",
    re.I,
)


# (months "in" something are not always experience: "not have spent more than 12 months in the last 3 years")
_MONTHS_ASKED_AFTER = re.compile(
    r"\s*\+?\s*(?:[’'`]s?\s*)?(?:(?:of|in|with)\s+)?(?:[\w#+./-]+\s+){0,3}?(?:experience|exp)\b", re.I
)


# "experience" just before the figure, in its clause ("Minimum experience of 12 months"), not a
# clause before it ("Experience with Java and Spring Boot, 12 months fixed-term contract")
_EXPERIENCE_BEFORE = re.compile(r"\bexp(?:erience)?\b[^.;,]{0,25}$", re.I)
# the months of a role or of work of a kind: "24 months as a Java developer", "18 months in a
# similar role", "12+ months commercial Python"
_MONTHS_ROLE_AFTER = re.compile(
    r"\s*\+?\s*(?:[’'`]s?\s*)?(?:as\s+an?\b|in\s+(?:a\s+)?(?:similar|related|comparable|relevant)\s+(?:role|position)"
    r"|(?:of\s+)?(?:commercial|professional|hands-on|industry|post-qualification|clinical)\b)",
    re.I,
)


def _month_figures(text: str) -> list[tuple[float, int, int]]:
    """The figures of months a text asks of the candidate, in years (value, start, end): those
    _year_figures would take for years, not the months of something else (_MONTHS_NOT_ASKED)."""
    found: list[tuple[float, int, int]] = []
    for m in _MONTHS.finditer(text):
        token = m.group("a").lower()
        value = (_NUMBER_WORDS[token] if token in _NUMBER_WORDS else int(token)) / 12
        if not 1 <= value <= 30 or _MONTHS_NOT_ASKED.search(text, max(0, m.start() - 40), m.start()):
            continue
        # months of experience, said so after the figure or before it ("Experience: minimum 12
        # months"); not a contract's or a commitment's ("Contract length: 12 months", "Available
        # for a minimum of 12 months")
        before = max(0, m.start() - 60)
        if (
            _MONTHS_ASKED_AFTER.match(text, m.end())
            or _MONTHS_ROLE_AFTER.match(text, m.end())
            or _EXPERIENCE_BEFORE.search(text, before, m.start())
        ):
            found.append((value, m.start(), m.end()))
    return found


# work counted in seasons, each a year's: "2+ tax seasons of experience preparing returns", "two harvest seasons
# operating a combine", "3 seasons as a ski instructor" (up to two words say which season; one run of spaces around
# a "+", never two in a row: "5" and 8,000 spaces took 12 s)
_SEASONS = re.compile(
    rf"(?<![\w.-])(?P<a>{_NUM})\s*(?:\+\s*)?(?:(?:-|to)\s*\d{{1,2}}\s*(?:\+\s*)?)?(?:[a-z-]+\s+){{0,2}}?seasons?\b(?P<plus>\s*\+)?",
    re.I,
)
# ... when what follows says they are the candidate's work: experience, a role or a task ("4 Seasons resort",
# "all four seasons of the year", "won 3 seasons running" are none; work or employment only as experience's kind,
# "2 seasons of work experience": "two full seasons of employment" is a commitment; no time's gerund: "2 summer
# seasons starting June 1")
_SEASONS_ASKED_AFTER = re.compile(
    r"\s*(?:(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:experience|exp)\b|as\s+an?\s"
    r"|(?:of\s+)?(?!(?:running|starting|beginning|ending)\b)[a-z]+ing\b)",
    re.I,
)
# ... unless they are the time the job asks to commit, no work done before it: "Must commit to two full seasons",
# "Available for 2 seasons working weekends", "Camp counselor for 2 summer seasons" (not "2+ seasons as a ski
# instructor", "Experience with QuickBooks for at least 3 tax seasons": experience for so long)
_SEASONS_COMMITTED_BEFORE = re.compile(
    r"\b(?:commit(?:ment|ted)?\s+(?:to|for)|available(?:\s+for)?|(?P<for>for))\s+"
    r"(?:at\s+least\s+|(?:a\s+)?min(?:imum|\.)?\s+(?:of\s+)?)?$",
    re.I,
)


def _seasons_committed(text: str, start: int) -> bool:
    """Whether the seasons at text[start:] are a commitment (_SEASONS_COMMITTED_BEFORE), no experience asked."""
    before = max(0, start - 60)
    found = _SEASONS_COMMITTED_BEFORE.search(text, before, start)
    if found is None:
        return False
    return not found.group("for") or _EXPERIENCE_WORD.search(text, before, found.start()) is None


_EXPERIENCE_WORD = re.compile(r"\b(?:experience|experienced|exp|worked)\b", re.I)


def _season_figures(text: str) -> list[tuple[float, int, int]]:
    """The seasons of work a text asks (value in years, start, end): see _SEASONS."""
    found: list[tuple[float, int, int]] = []
    for m in _SEASONS.finditer(text):
        token = m.group("a").lower()
        value = float(_NUMBER_WORDS[token]) if token in _NUMBER_WORDS else float(token)
        if not 1 <= value <= 30 or _seasons_committed(text, m.start()):
            continue
        if (
            m.group("plus")
            or "+" in m.group()
            or _SEASONS_ASKED_AFTER.match(text, m.end())
            or _ASKED_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ):
            found.append((value, m.start(), m.end()))
    return found


def find_years(text: str) -> int | None:
    """The smallest number of years a text asks for ("3-5 years" -> 3), or None (months are read
    where the years of a requirement are, _year_figures)."""
    if not _may_name_years(text):  # most lines: a scan for two words, not the costly pattern
        return None
    values = [_years_value(m.group("a")) for m in _finditer(_YEARS, _YEARS_LOWERED, text, *_years_scan(text))]
    values = [v for v in values if 0 < v <= 30]
    return int(min(values)) if values else None


# Years ask something of the candidate ("5+ years of Python", "3 years' experience", "Experience:
# at least 3 years") - not the company's or the market's ("For over 18 years the company has ...",
# "grown 5,000% in 4 years", "The position is for 3 years", "Over the next ten years the market").
_ASKED_AFTER = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:[’'`]s?\s*)?(?:of|in|with|as|at|on|using|working|work|experience|exp|professional|"
    r"hands-on|industry|industrial|relevant|commercial|practical|proven|previous|prior|post|overall|total|"
    r"combined|progressive|minimum|or more|\+|plus)\b"
    r"|\s*(?:\+|plus\b|\(?or more\b)"
    r"|\s+(?:[\w#+./-]+\s+){0,3}(?:experience|exp)\b",
    re.I,
)
_ASKED_BEFORE = re.compile(
    r"(?:\b(?:experience|experienced|exp|worked|working)\b[^.;]{0,25}|\b(?:at\s+least|minimum(?:\s+of)?|min\.?)\s*)$",
    re.I,
)
# the years of a field of work, not of one skill ("At least 8 years of experience in software
# engineering on ... Java Spring", "5+ years of professional experience, ideally with Go"): the
# posting's general minimum
_GENERAL_OBJECT = re.compile(
    r"\W*(?:of\s+)?(?:(?:professional|relevant|industry|industrial|hands-on|overall|total|practical|commercial|"
    r"proven|work|working)\s+)*"
    r"(?:(?:experience|exp)\b\s*(?:(?:in|as|within)\s+)?(?:an?\s+|the\s+)?)?(?:(?:professional|commercial)\s+)?"
    r"(?:(?:software|application|backend|back-end|frontend|front-end|full[- ]?stack|web|IT|systems?|product)\s+"
    r"(?:development|engineering|programming)\b|(?:software|backend|frontend|full[- ]?stack|web)\s+"
    r"(?:developer|engineer|programmer)\b|the\s+(?:IT|software|tech)\s+industry\b"
    r"|(?<=experience)(?=\s*(?:$|[,.;:(\u2013\u2014-]|and\b)))",
    re.I,
)


_PROSE_WORD = re.compile(r"\b(?:for|in|over|within|after|since|every|per|is|are|was|were|will)\b", re.I)


def _asked_years(text: str) -> tuple[int | None, int | None]:
    """The number of years a text asks of the candidate (see _ASKED_AFTER), and of those the years
    of a field of work (_GENERAL_OBJECT): both None when none. Of several figures, the first is the
    one asked ("4+ years in security engineering, with at least 2 years focused on cloud security"
    asks 4), unless a later one is offered as an alternative ("5+ years, or 3+ years with a
    Master's": 3; see _main_years)."""
    asked, general = _year_figures(text)
    return _main_years(text, [(v, a) for v, a, _b in asked]), _main_years(text, general)


def _year_figures(text: str) -> tuple[list[tuple[float, int, int]], list[tuple[float, int]]]:
    """The figures of years a text asks of the candidate (value, start, end), and those of a field
    of work (value, start): see _asked_years."""
    asked: list[tuple[float, int, int]] = []
    general: list[tuple[float, int]] = []
    if ("onth" in text or "ONTH" in text) and _MONTHS.may_match(text):  # (most scopes name no month: not lowered)
        for value, start, end in _month_figures(text):
            asked.append((value, start, end))
            if _GENERAL_OBJECT.match(text, end):
                general.append((value, start))
    if ("eason" in text or "EASON" in text) and _SEASONS.search(text):
        for value, start, end in _season_figures(text):
            asked.append((value, start, end))
    if not _may_name_years(text):
        return asked, general
    months = bool(asked)
    for m in _finditer(_YEARS, _YEARS_LOWERED, text, *_years_scan(text)):
        value = _years_value(m.group("a"))
        if not 0 < value <= 30:
            continue
        if not (
            m.group("b") is not None
            or "+" in m.group()
            or _ASKED_AFTER.match(text, m.end())
            or _ASKED_BEFORE.search(text, max(0, m.start() - 60), m.start())
            or len(text.split()) <= 2 + len(m.group().split()) and not _PROSE_WORD.search(text)  # "3 years"
        ):
            continue  # the company's years, not the candidate's
        asked.append((value, m.start(), m.end()))
        if _GENERAL_OBJECT.match(text, m.end()):
            general.append((value, m.start()))
    if months:  # (in the order they are written: the first is the one asked)
        asked.sort(key=lambda figure: figure[1])
        general.sort(key=lambda figure: figure[1])
    return asked, general


_ALTERNATIVE_YEARS = re.compile(r"\bor\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+|min\.?\s+)?\(?$", re.I)


def _main_years(text: str, found: list[tuple[float, int]]) -> int | None:
    """The years asked among the figures ``found`` in a text (value, where it starts): the first,
    or a smaller one after "or" (an alternative)."""
    if not found:
        return None
    value = found[0][0]
    for other, start in found[1:]:
        if other < value and _ALTERNATIVE_YEARS.search(text, max(0, start - 24), start):
            value = other
    return int(value)


_DEGREE_FIELD = re.compile(
    r"(?i:\b(?:degree|diploma|bachelor'?s?|master'?s?|ph\.?\s?d\.?|doctorate|b\.?s\.?c?|m\.?s\.?c?|b\.?a\.?"
    r"|b\.?eng|m\.?eng|hnd|hnc|pgce)(?:\b|(?<=\.))[^.;:]{0,40}?\b(?:in|of)\s+)"  # ("B.S. in": no \b after a dot)
    r"(?P<field>(?!Science\b|Arts\b)[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|and|of|&))*)"
)


# "BS/MS in Computer Science or equivalent experience", "... or related field, or equivalent
# practical experience", "or an equivalent combination of education and experience": experience
# may replace the degree (a bare "or equivalent" is another degree: "BS or equivalent")
_OR_EQUIVALENT_EXPERIENCE = re.compile(
    r"\bor\s+(?:an?\s+|\d{1,2}\s*\+?\s*years?\s+of\s+)?equivalent\s+(?:(?:years?\s+of|combination\s+of\s+(?:education|training)\s+and"
    r"|practical|professional|work|relevant|related|industry|technical|military|hands-on|job)\s+)*(?:work\s+)?"
    r"experience\b"
    # the federal wording: "Bachelor's degree in Accounting; relevant experience may be substituted for the
    # degree on a year-for-year basis"
    r"|\bexperience\s+(?:may|can)\s+(?:also\s+)?(?:be\s+)?substitut(?:e|ed)\s+for\s+(?:the\s+|a\s+|this\s+)?"
    r"(?:degree|education)\b",
    re.I,
)


# a line that is only "OR": the ways to qualify that a federal posting sets apart ("Specialized Experience: ..." /
# "OR" / "Education: Ph.D. or equivalent doctoral degree ..." / "OR" / "Combination: ..."): a degree there is
# one way, experience another
_OR_LINE = re.compile(r"[\s*_-]*or[\s*_.:-]*", re.I)


def _beside_or_line(lines: list[str], number: int) -> bool:
    """Whether the line (1-based) stands next to an "OR" line (_OR_LINE), blank lines apart."""
    for step in (-1, 1):
        i = number - 1 + step
        while 0 <= i < len(lines) and not lines[i].strip():
            i += step
        if 0 <= i < len(lines) and _OR_LINE.fullmatch(lines[i]):
            return True
    return False


# the parts of a statement of years in a field: "5+ years" (or "3-5 years", the possessive "1 year's" and
# "2 years'" of British postings), the words that qualify the experience ("professional", "hands-on"),
# and a field of one to four words
_N_YEARS = r"\b(?P<years>\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:\+\s*)?year(?:s['’]?|['’]s)?\s+"
# "of" before the experience ("2 years of experience"), which a possessive has instead ("2 years' experience")
_OF_EXPERIENCE = r"(?:(?<=['’]\s)|(?<=['’]s\s)|of\s+)"
_QUALIFIED = (
    r"(?:(?:professional|relevant|progressive|hands-on|industry|full-time|paid|related|proven|overall|practical"
    r"|post-graduate|post-qualification|demonstrated|direct)\s+)*"
)
_FIELD_NAME = r"[A-Za-z][\w/&+-]*(?:\s+[A-Za-z][\w/&+-]*){0,3}?"
# "5+ years of professional software engineering experience": the field the years must be in
_EXPERIENCE_FIELD = re.compile(
    rf"{_N_YEARS}{_OF_EXPERIENCE}{_QUALIFIED}(?P<field>{_FIELD_NAME})\s+(?:work\s+|industry\s+)?experience\b", re.I
)
# "3+ years of experience as a Data Engineer", "5 years as a product manager", "2+ years in a data
# analyst role": the years of a role, named by its title
_ROLE_FIELD = re.compile(
    rf"{_N_YEARS}(?:{_OF_EXPERIENCE}{_QUALIFIED}(?:work\s+)?experience\s+)?"
    rf"(?:as\s+an?\s+(?P<as>{_FIELD_NAME})"
    r"(?=\s+(?:role|position|or|and|with|at|in|for|on|within|where|who|building|working)\b|\s*(?:[,;:.()]|$))"
    rf"|in\s+an?\s+(?P<in>{_FIELD_NAME})\s+(?:role|position|capacity)\b)",
    re.I,
)
NO_FIELD_WORDS = frozenset(
    # ("3 years' experience in a similar position": no field named)
    "work working professional relevant industry related hands-on full-time paid senior junior principal similar"
    " comparable equivalent".split()
)
# the kinds of skill that are a field of work when a posting asks years of them ("5+ years of
# product management experience", "4+ years building backend systems"); years of a language or a
# tool ("5+ years of Python") are years of that skill, not of a field
_FIELD_CATEGORIES = frozenset({"business", "data", "concept", "design", "domain", "ml", "methodology"})


@lru_cache(maxsize=1 << 12)  # (asked once per posting, of its line of years: postings repeat their lines)
def experience_field(text: str, years: int | None = None) -> str | None:
    """The field a posting line asks years of experience in, lower case: "5+ years of professional
    software engineering experience" -> "software engineering", "3+ years of experience as a Data
    Engineer" -> "data engineer"; None for "5+ years of experience". With ``years``, only a
    statement of that many years counts: in "5+ years of experience, including 2+ years of people
    management experience" the 5 years are in no field."""
    for pattern in (_EXPERIENCE_FIELD, _ROLE_FIELD):
        for found in pattern.finditer(text):
            if years is not None and int(found.group("years")) != years:
                continue
            named = found.group("field") if pattern is _EXPERIENCE_FIELD else found.group("as") or found.group("in")
            words = [w for w in named.lower().split() if w not in NO_FIELD_WORDS]
            if words:
                return " ".join(words)
    return None


# the fields of work a statement of years lists after "in": "8+ years of experience in SRE, DevOps, or
# infrastructure engineering", "5+ years in sales or account management"
_YEARS_IN_FIELDS = re.compile(
    rf"{_N_YEARS}(?:{_OF_EXPERIENCE}{_QUALIFIED}(?:work\s+)?experience\s+)?in\s+(?P<fields>[^.;:()]+?)\s*(?:[.;:()]|$)",
    re.I,
)
_FIELD_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:or|and/or)\s+)?|\s+(?:or|and/or)\s+", re.I)


@lru_cache(maxsize=1 << 12)  # (asked by every score of a requirement with years: postings repeat their lines)
def years_fields(text: str, years: int) -> tuple[str, ...]:
    """The fields of work a line asks ``years`` of, listed after "in" as alternatives, lower case:
    "8+ years of experience in SRE, DevOps, or infrastructure engineering" -> ("sre", "devops",
    "infrastructure engineering"); none for a list joined by "and" or an item of many words."""
    for found in _YEARS_IN_FIELDS.finditer(text):
        if int(found.group("years")) != years or re.search(r"\band\b(?!/)", found.group("fields")):
            continue
        fields = [f.strip().lower() for f in _FIELD_LIST_JOIN.split(found.group("fields")) if f.strip()]
        if len(fields) >= 2 and all(0 < len(f.split()) <= 3 for f in fields):
            return tuple(fields)
    return ()


def minimum_field(
    lines: list[str], asking: int | None, years: int | None, requirements: list[Requirement], vocab: Vocabulary
) -> str | None:
    """The field of a posting's overall minimum: the field its statement names (line ``asking``),
    or, when the minimum is the years of a required skill that is a field of work ("5+ years of
    product management experience", "4+ years building backend systems"), that field."""
    if asking:
        return experience_field(lines[asking - 1], years)
    if years is None:
        return None
    req = next((r for r in requirements if r.min_years == years and r.tier is Tier.REQUIRED), None)
    if req is None or len(req.any_of) != 1:
        return None
    skill = vocab.get(req.any_of[0])
    if skill is None or skill.category not in _FIELD_CATEGORIES or skill.name != skill.name.lower():
        return None  # (a field of work is a common noun: "product management"; not a tool: Tableau, Figma, SAP)
    return experience_field(req.text, years) or skill.name.lower()


def degree_field(text: str) -> str | None:
    """The field of study a degree line names: "BS/MS in Computer Science or equivalent" ->
    "Computer Science"; "a related field" names none."""
    m = _DEGREE_FIELD.search(text)
    if not m:
        return None
    field = m.group("field")
    end = _FIELD_END.search(field)  # "MS or BS in Computer Science Good written and spoken English"
    words = field[: end.start() if end else len(field)].split()
    while words and words[-1].lower() in ("and", "of", "&"):
        words.pop()
    field = " ".join(words)
    return None if not field or field.lower() in ("a", "related", "relevant", "the", "any") else field


# every degree pattern above and _GENERIC_DEGREE match only in a text holding one of these words
_DEGREE_WORDS = _Guard(
    (*(guarded.pattern for _level, guarded in _DEGREE_PATTERNS), _GENERIC_DEGREE),
    # ("b.a": "b.a.", "b.b.a." and "m.b.a." in one; "m.s", "b.s" and "m.a" with their full stop or without, at a
    # clause's end)
    (*_PHD_DEGREE.folded, "master", "m.s", "m.sc", "msc", "mba", "b.a", "m.a", "m.eng", "meng", "bachelor", "b.s",
     "b.sc",
     "bsc", "b.eng", "beng", "degree", "diploma", "postgraduate", "pgce", "pgde", "graduate ",
     *_ASSOCIATE_DEGREE.folded, *_HIGH_SCHOOL.folded),
    ("MS", "MA", "BS", "BA", "BE", "BTech", "B.Tech", *_PHD_DEGREE.exact, *_BACHELOR_ABBREVIATIONS.exact,
     *_MASTER_ABBREVIATIONS.exact, *_LIBRARY_MASTER.exact,
     *_ASSOCIATE_DEGREE.exact, *_HIGH_SCHOOL.exact),
)


# a resume's education line that starts with the bare letters and the field: "BS Computer Science",
# "MS Electrical and Computer Engineering", "BA (Hons) Marketing" (a posting's "MS Office" is not)
_LETTERS_AND_FIELD = re.compile(
    r"^(?:[\d\s/.–—-]+\s)?(?P<letters>BS|BA|BSc|MS|MA|MSc|AS|AA|A\.S\.|A\.A\.)(?:\s*\(Hons?\.?\)|\s+Hons?\.?)?"
    r"(?:\s+in)?\s+"
    r"(?!(?:Office|Excel|Word|Access|PowerPoint|Project|Teams|SQL|Windows|Azure|Dynamics|Visio|Outlook|Exchange"
    r"|SharePoint|Paint|Power|DOS)\b)[A-Z][a-z]"
)
_LETTER_LEVELS = {"B": "bachelor", "M": "master", "A": "associate"}
# a resume's education line that names a degree by letters a posting may use for something else ("LLM":
# a language model; "DDS": a middleware): law (LL.B., LLM), medicine and dentistry (MBBS, MBChB, BDS, DDS,
# DMD), veterinary medicine (DVM), nursing (B.S.N., DNP), education (EdD), psychology (PsyD), therapy (DPT)
# ... and law's and medicine's doctorates by their bare letters where an education line names its degree, first or
# after a dash or a bar, then a comma, a bracket, a dash or nothing ("JD, Harvard Law School, 2011", "Johns Hopkins
# University — MD"; not Maryland, "Towson University, Towson, MD", nor JD Edwards, MD&A); public and health
# administration's MPA and MHA ("MPA, Syracuse University"; a posting's "SPA and MPA web apps" are pages)
_EDUCATION_LETTERS = re.compile(
    r"(?<![\w.])(?:(?P<phd>DDS|DMD|DVM|VMD|EdD|DNP|DPT|PsyD|D\.D\.S\.|D\.V\.M\."
    r"|(?:^\s*(?:[-*•]\s+)?|(?<=[|–—] ))(?:JD|MD)(?=,|\s*[|–—(]|\s-\s|\s*$))"
    r"|(?P<master>LLM|LL\.\s?M\.?|(?<!\d\s)MPA|MHA)|(?P<bachelor>MBBS|MBChB|BDS|LL\.\s?B\.?|B\.S\.N\.?))(?![\w])"
)


def _qualification(text: str) -> re.Match[str] | None:
    """The first "degree" or "diploma" of a text that names a qualification (see _NO_QUALIFICATION)."""
    spans = [found.span() for found in _NO_QUALIFICATION.finditer(text)]
    return next(
        (m for m in _GENERIC_DEGREE.finditer(text) if not any(a <= m.start() < b for a, b in spans)), None
    )


def find_degrees(text: str, *, education: bool = False) -> set[str]:
    """The degree levels a text names. ``education``: a line of a resume's education section,
    where "BS Computer Science" names a degree too."""
    letters = _LETTERS_AND_FIELD.match(text) if education else None
    if letters:
        return {_LETTER_LEVELS[letters.group("letters")[0]]} | find_degrees(text)
    named = _EDUCATION_LETTERS.search(text) if education else None
    if named and named.lastgroup:
        return {named.lastgroup} | find_degrees(text)
    if not _DEGREE_WORDS.may_match(text):  # most lines name no degree: a scan for words first
        return set()
    levels = {level for level, pattern in _DEGREE_PATTERNS if pattern.search(text)}
    generic = None if levels else _qualification(text)
    if generic:
        # "a degree in Computer Science"; "a diploma in Nursing" (no degree named): below a bachelor's
        # (a college or TAFE diploma in Canada, Australia, the UK and India)
        diploma = generic.group(1) is not None and generic.group(1).lower() == "diploma"
        levels.add("associate" if diploma and not re.search(r"\bdegree\b", text, re.I) else "bachelor")
    if (
        levels == {"associate"}
        and _VOCATIONAL.search(text)
        and not re.search(r"(?-i:HND|HNC)|higher national|associate", text, re.I)
    ):
        levels = set()  # "Level 3 Diploma in Electrical Installation": a trade's qualification
    return levels


# -- the parser ---------------------------------------------------------------------------------
@dataclass
class _Unit:
    """A skill or a group of alternatives inside a clause."""

    names: list[str]
    soft: bool
    start: int
    end: int
    concept: bool
    tier: Tier | None = None  # set by a detached "(AWS preferred)"
    detached: bool = False
    # among its alternatives, a product the vocabulary does not know ("Procore, Zorblax, or Bluebeam")
    unknown: bool = False
    # the floor a bracket accepts below a preferred credential, asked at the section's tier (see _floor_of)
    floor: bool = False


@dataclass(slots=True)
class _LineResult:
    """What a line asks for. Kept in the line cache and shared by the postings that have the line:
    tuples, never changed once made (see _result)."""

    requirements: tuple[Requirement, ...] = ()
    overall_years: tuple[int, ...] = ()
    degrees: tuple[tuple[Tier, frozenset[str]], ...] = ()  # the levels asked for, by tier
    degree_fields: tuple[str, ...] = ()

    def __reduce__(self) -> Any:
        if self is _NOTHING:  # the one result of every line that asks for nothing stays that one (by name)
            return "_NOTHING"
        return _LineResult, (self.requirements, self.overall_years, self.degrees, self.degree_fields)


def _result(
    requirements: list[Requirement], overall_years: list[int], degrees: dict[Tier, set[str]], fields: list[str]
) -> _LineResult:
    """The result of a line from what _parse_line gathered; most lines ask for nothing: _NOTHING."""
    if not (requirements or overall_years or degrees or fields):
        return _NOTHING
    if len(requirements) > 1:
        # the same skill asked and preferred on one line is asked: "Strong knowledge of Opera PMS
        # (Opera Cloud desirable)" (Opera Cloud another name of Opera PMS)
        asked = {frozenset(r.any_of) for r in requirements if r.tier is Tier.REQUIRED}
        if asked:
            requirements = [
                r for r in requirements if not (r.tier is Tier.PREFERRED and frozenset(r.any_of) in asked)
            ]
    frozen = tuple((tier, frozenset(levels)) for tier, levels in degrees.items())
    return _LineResult(tuple(requirements), tuple(overall_years), frozen, tuple(fields))


_NOTHING = _LineResult()  # shared by every line that asks for nothing: never changed


# -- Markdown tables that sort skills by tier ------------------------------------------------------
# A table whose columns are tiers ("| Must have | Nice to have |", "| Required | Preferred |") or whose
# rows name their own ("| Kafka | Preferred |", "| Python | Must have |"). Each row is read as a list
# item whose parts carry their tier in brackets ("- Python (required); Scala (nice to have)"), the way a
# line marks an item without opening a section: the line numbers stay, and the lines after the table
# keep the section they are in.
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"^[\s|:-]*-{3,}[\s|:-]*$")
_TIER_CELL = re.compile(
    r"^(?:(?P<required>required|must(?:[- ]have)?|mandatory|essential|necessary)"
    r"|(?P<preferred>preferred|nice[- ]to[- ]have|desirable|desired|optional|bonus|(?:a\s+)?plus|advantageous))$",
    re.I,
)
_TIER_MARKS = {REQUIRED: "required", PREFERRED: "nice to have"}
# A header cell naming the choice ("Required or Preferred", "Must/Nice"): the rows name their tiers
_TIER_CHOICE = re.compile(
    r"\b(?:required|must|mandatory|essential)\b.*\b(?:preferred|nice|optional|desir\w*|bonus|plus)\b"
    r"|\b(?:preferred|nice|optional|desir\w*|bonus|plus)\b.*\b(?:required|must|mandatory|essential)\b",
    re.I,
)


def _may_hold_table(text: str) -> bool:
    """Whether a text has a line opening with "|" and closing with one (most texts with a "|" hold
    it in a title, "Engineer | Acme": a look for a line opening with it first)."""
    opens = "\n|" in text or "\n |" in text or "\n  |" in text or "\n\t|" in text or text.lstrip(" \t").startswith("|")
    return opens and _TABLE_ROW.search(text) is not None


def _cells(line: str) -> list[str]:
    inner = line.strip()[1:]
    return [cell.strip() for cell in (inner[:-1] if inner.endswith("|") else inner).split("|")]


def _cell_tier(cell: str) -> str | None:
    found = _TIER_CELL.match(cell.strip("*_ ").rstrip(":").strip())
    return None if found is None else (REQUIRED if found.group("required") else PREFERRED)


# A UK person specification ticks the tier of each criterion: "| Criteria | Essential | Desirable | Assessed
# by |" over "| Experience of aseptic dispensing | X | | Interview |". The criterion is the text before the
# first tier column, its tier the column ticked; what follows ("Interview", "Application form") is how it is
# assessed, no skill asked.
# A tick is a mark ("X", "Yes", "✓", "✓ (A/I)": the assessment after it) or the tier's own word or letter under
# its column ("| IV therapy | E | |", "| Phlebotomy | Essential | |", "| Venepuncture | | D |").
_TICK = re.compile(r"(?:x|yes|y|[✓✔☑•*√])\ufe0f?(?:\s*\([^()]{0,20}\))?", re.I)
_TIER_LETTERS = {REQUIRED: frozenset("ER"), PREFERRED: frozenset("DP")}


def _ticked(cell: str, tier: str) -> bool:
    """Whether a cell under a column of a tier ticks it (see _TICK)."""
    return bool(_TICK.fullmatch(cell)) or cell.upper() in _TIER_LETTERS[tier] or _cell_tier(cell) == tier


def _tick_columns(cells: list[str]) -> bool:
    """A header with columns of tiers and a column of criteria before them ("| Criteria | Essential |
    Desirable |"), not one whose columns of tiers hold the skills ("| Must have | Nice to have |")."""
    tiers = [_cell_tier(c) for c in cells]
    return any(tiers) and tiers[0] is None and bool(cells[0])


def _ticks_only(cells: list[str], marks: list[str | None]) -> bool:
    """Whether a row's cells under the tiers are ticks or empty; under "| Area | Essential | Desirable |"
    a row may hold the skills themselves ("| Experience | 3 years of Python | Django |")."""
    return all(not c or _ticked(c, tier) for c, tier in zip(cells, marks, strict=False) if tier)


def _ticked_row(cells: list[str], marks: list[str | None]) -> str:
    """A row of a table of ticks (see _TICK) as a list item marked with the tier ticked."""
    first = next(j for j, tier in enumerate(marks) if tier)
    criterion = ", ".join(c for c in cells[:first] if c)
    ticked = {tier for c, tier in zip(cells, marks, strict=False) if tier and c and _ticked(c, tier)}
    if not criterion:
        return ""
    if len(ticked) != 1:
        return f"- {criterion}"  # (a row of a category, "| Experience | | |", or ticked twice)
    return f"- {criterion} ({_TIER_MARKS[ticked.pop()]})"


def tier_tables(lines: list[str]) -> list[str]:
    """The lines with the rows of Markdown tables that sort skills by tier written as list items
    that mark each part's tier (see the notes above _TABLE_ROW): a header of tiers ("| Must have |
    Nice to have |") gives each column its tier, and the header itself is blanked; a row with one
    cell of a tier ("| Kafka | Preferred |") gives its other cells that tier, as in a table whose
    header names the choice ("| Skill | Required or Preferred |"). Other lines are kept as they are."""
    out = list(lines)
    columns: list[str | None] | None = None  # the tiers of the columns of the table being read
    marks: list[str | None] | None = None  # the tiers of its columns of ticks (see _ticked_row)
    for i, line in enumerate(lines):
        if not line.lstrip().startswith("|") or not line.rstrip().endswith("|"):
            columns = marks = None
            continue
        if _TABLE_RULE.match(line):
            continue
        cells = _cells(line)
        if columns is None and _tick_columns(cells):  # "| Criteria | Essential | Desirable | Assessed by |"
            columns = marks = [_cell_tier(c) for c in cells]
            out[i] = ""
            continue
        if marks is not None and _ticks_only(cells, marks):
            out[i] = _ticked_row(cells, marks)
            continue
        if columns is None:  # the first row of a table: its header
            named = [classify_heading(c.strip("*_ ").rstrip(":")) if c else None for c in cells]
            choice = any(_TIER_CHOICE.search(c) for c in cells)  # "| Skill | Required or Preferred |"
            if not choice and any(named) and all(kind in (REQUIRED, PREFERRED) for kind in named if kind):
                columns = [kind if kind in (REQUIRED, PREFERRED) else None for kind in named]
                out[i] = ""
                continue
            columns = []  # a table of other columns: its rows may still name their tier
        if columns:
            parts = [f"{c} ({_TIER_MARKS[t]})" for c, t in zip(cells, columns, strict=False) if c and t]
        else:
            tiers = [_cell_tier(c) for c in cells]
            marked = [t for t in tiers if t]
            if len(marked) != 1:
                continue
            named_cells = [c for c, t in zip(cells, tiers, strict=True) if c and not t]
            parts = [f"{', '.join(named_cells)} ({_TIER_MARKS[marked[0]]})"] if named_cells else []
        out[i] = "- " + "; ".join(parts) if parts else ""
    return out


# -- Indeed's structured block ---------------------------------------------------------------------
# Indeed closes a posting with the screening answers it asks, one a line under "Experience:",
# "License/Certification:", "Language:": "Epic: 1 year (Required)", "Warehouse: 2 years (Preferred)".
# The name before the colon is the skill asked, not a label over a value (as "Hobbies: Go" is): each
# such line is read as the list item "- 1 year of Epic (required)", with its years and its own tier.
_STRUCTURED_ITEM = re.compile(
    rf"^\s*(?:[-*]\s+)?(?P<name>[A-Za-z][^:()]{{0,48}}?)\s*:\s*(?P<years>{_NUM})\s+(?P<unit>years?|months?)\s*"
    r"\((?P<tier>Required|Preferred)\)\s*$"
)


def structured_items(lines: list[str]) -> list[str]:
    """The lines with Indeed's screening items ("Epic: 1 year (Required)", also as a list item: "- Epic: 1 year
    (Required)", an HTML save's <li>) written as list items that
    carry their years and tier ("- 1 year of Epic (required)"); other lines as they are."""
    out = list(lines)
    for i, line in enumerate(lines):
        found = _STRUCTURED_ITEM.match(line)
        if found is not None:
            name, years, unit, tier = found.group("name", "years", "unit", "tier")
            out[i] = f"- {years} {unit} of {name} ({tier.lower()})"
    return out


# A UK person specification pasted from its page's columns (each run of spaces or tab read as " | "): a header
# naming the tier column, "Skills and knowledge | Essential/Desirable", "Criteria | E/D", over rows that close
# with the tier's letter or word, "Advanced Excel skills | E", "Knowledge of SNOMED CT | D"
# (the head from the line's first character that is no space: a run of spaces split three ways between the indent,
# the head and the gap before the bar was read in quadratic time)
_TICK_HEADER = re.compile(
    r"^\s*(?P<head>[^|\s][^|]{1,59}?)\s+\|\s+(?:E\s*/\s*D|Essential\s*(?:/|or|and|\|)\s*Desirable)\s*(?::\s*)?$", re.I
)
# (the item from its first character that is no space to its last: one run of spaces may be read in one way only, or
# a padded line is read in quadratic time)
_TICK_ROW = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<item>[^|\s](?:[^|]*[^|\s])?)\s+\|\s+(?P<tier>E|D|Essential|Desirable)\s*$", re.I
)


def column_ticks(lines: list[str]) -> list[str]:
    """The lines with a person specification's columns of tiers (see _TICK_HEADER) written as a heading and list
    items that mark their tiers ("- Advanced Excel skills (required)"), up to the first line of another shape;
    other lines (and rows without such a header: "Python | R" says nothing of a tier) as they are."""
    out = list(lines)
    in_table = False
    for i, line in enumerate(lines):
        header = _TICK_HEADER.match(line)
        if header is not None:
            out[i] = header.group("head")
            in_table = True
            continue
        row = _TICK_ROW.match(line) if in_table and "|" in line else None
        if row is not None:
            tier = REQUIRED if row.group("tier")[0] in "Ee" else PREFERRED
            out[i] = f"- {row.group('item')} ({_TIER_MARKS[tier]})"
        elif line.strip():
            in_table = False
    return out


def parse_posting(doc: Document, vocab: Vocabulary) -> Posting:
    lines = doc.lines
    if "&" in doc.text and ";" in doc.text:
        lines = decode_entities(lines)  # text copied from HTML source: "&bull; Python", "Bachelor&rsquo;s degree"
    if "|" in doc.text and _may_hold_table(doc.text):
        lines = tier_tables(lines)  # "| Must have | Nice to have |", "| Kafka | Preferred |": see tier_tables
    if "(Required)" in doc.text or "(Preferred)" in doc.text:
        lines = structured_items(lines)  # Indeed's "Epic: 1 year (Required)": see structured_items
    if " | " in doc.text and ("/D" in doc.text or "Desirable" in doc.text or "/ D" in doc.text):
        lines = column_ticks(lines)  # "Criteria | E/D" over "Knowledge of SNOMED CT | D": see column_ticks
    sections: list[Section] = []
    stack: list[_Heading] = []
    current = Section(heading=None, kind=UNKNOWN, line=1)
    sections.append(current)
    requirements: list[Requirement] = []
    overall_years: list[int] = []
    overall_at: list[tuple[int, int]] = []  # (the most years a line asks overall, its number)
    degrees: dict[Tier, set[str]] = {Tier.REQUIRED: set(), Tier.PREFERRED: set()}
    fields: list[str] = []
    body: list[str] = []
    has_headings = False

    cache = _cache_of(vocab)  # postings share lines: see _cached_heading
    infos = _line_infos(lines, cache)  # what depends on a line alone, computed once per distinct line
    title, title_line = _title_and_line(lines, infos)
    first = infos[title_line - 1] if title_line is not None else None
    if title_line is not None and first is not None and first.first_title is None and first.label_title is None:
        # a one-line posting opening with its title ("Outside Sales Representative - HVAC Equipment |
        # We are looking for ..."): the title asks nothing, the rest of the line is read
        lead = first.title_lead
        if lead is not None and lead is not _UNKNOWN:
            body.append(lead[0])
            lines, infos = list(lines), list(infos)
            lines[title_line - 1] = rest = lines[title_line - 1][lead[1] :]
            infos[title_line - 1] = _line_info(rest, cache)
            title_line = None
    in_list = False  # after "Bonus points for experience with", short lines are items, not headings
    tier_parent: str | None = None  # the tier of the last heading of a tier: see _grouped_category
    grouped: set[str] = set()  # the category headings seen under one

    degree_lines: list[int] = []  # the lines that ask a degree
    # the years each of a civil-service posting's alternative ways to qualify asks ("OPTION I ... Experience:
    # Two years ..." / "OPTION II ... Experience: Three years ...": 2 qualify), by option (see _OPTION)
    options: list[list[tuple[int, int]]] = []  # (years, line)
    option_of: dict[int, int] = {}  # a line of an option: the option's index
    in_option = False

    def take(result: _LineResult, made_at: int = 0, number: int = 0) -> None:
        """Add what a line asks for; ``result`` was made for line ``made_at``, the line is ``number``."""
        if result is _NOTHING:  # most lines ask for nothing
            return
        taken = result.requirements if made_at == number else _renumbered(result.requirements, number)
        if requirements and taken and all(_accepted_alone(r) for r in taken):
            host = _accepting(requirements, vocab)
            before = requirements[host] if host is not None else None
            if before is not None and before.section == taken[0].section and taken[0].line - before.line <= 2:
                # "- CPA or Enrolled Agent" / "- AFSP record of completion acceptable": one requirement
                requirements[-1] = _with_alternatives(before, [n for r in taken for n in r.any_of])
                taken = ()
        requirements.extend(taken)
        if in_option:
            option_of[number] = len(options) - 1
        if in_option and result.overall_years:
            options[-1].append((max(result.overall_years), number))
        else:
            overall_years.extend(result.overall_years)
            if result.overall_years and number:
                overall_at.append((max(result.overall_years), number))
        for tier, levels in result.degrees:
            degrees.setdefault(tier, set()).update(levels)
            if tier is Tier.REQUIRED and number:
                degree_lines.append(number)
        fields.extend(result.degree_fields)

    filled = False  # whether the current section has a line of its own yet
    group: _Group | None = None  # an open "one of the following:" list
    other_acronyms: set[str] = set()  # "Center for Protein Research (CPR)": see _acronyms_of_other_names
    company = _company_under_title(infos, title_line, vocab)  # the employer's name (see _company_of_line)
    one_word_names: set[str] = set()  # the one-word employers' names seen once
    fenced = fenced_lines(lines)
    for number, (line, info) in enumerate(zip(lines, infos, strict=True), 1):
        if number in fenced:
            continue  # code: "# install" is no heading, "java -jar app.jar" asks no Java
        if not info.stripped:
            in_list = False
        if _OPTION.match(info.stripped):
            options.append([])
            in_option = True
        named = info.company
        if named is _UNKNOWN:
            named = info.company = _company_of_line(info.stripped)
        if named is not None and company is None:
            if " " in named:
                company = named
            elif named in one_word_names:
                # "About Lumen" and "Lumen is an equal opportunity employer": a one-word name, named the
                # employer twice ("About Python" over a course's outline is once)
                company = named
            else:
                one_word_names.add(named)
        if "(" in line:
            if info.acronyms is _UNKNOWN:
                info.acronyms = _acronyms_of_other_names(line, vocab)
            if info.acronyms:
                other_acronyms.update(info.acronyms)
        found = info.item_heading if in_list else info.heading  # see _cached_heading: most lines were seen
        if found is _UNKNOWN:
            found = _cached_heading(line, info, vocab, lenient=not in_list)
        elif found is _NOT_HEADING:
            found = None
        if found is not None and current.kind in (REQUIRED, PREFERRED) and _is_lead_in(info.stripped):
            found = None  # "Experience with one of the following:" opens a list of alternatives, not a section
        elif found is None and not in_list and info.stripped:
            found = _skill_named_heading(lines, infos, number, vocab)
        if in_option and found is not None and not lines[number - 2].strip() and not _OPTION.match(info.stripped):
            in_option = False  # a heading after a blank line ("Knowledge of:"), not the option's "Education:"
        if group is not None and (found is not None or not info.stripped):
            take(group.close())
            group = None
        if found is not None:
            heading = _Heading(found[0], found[1], found[2])  # a new one: its kind is set below
            in_list = found[3]
            has_headings = True
            while stack and stack[-1].level >= heading.level:
                stack.pop()
            kind = heading.kind
            if kind == UNKNOWN and current.kind in (REQUIRED, PREFERRED) and not filled:
                # "Technical skills and requirements:" then "Languages and programming
                # standards:": a heading right under a tier heading is its sub-heading
                kind = current.kind
            elif stack and (
                kind == UNKNOWN or (stack[-1].kind in (REQUIRED, PREFERRED) and not _explicit_tier(heading.text))
            ):
                # "### Technical Skills" under "## Required Qualifications", "### Specialized
                # Skills" under "## Preferred Qualifications": the parent decides
                kind = stack[-1].kind
            kind, tier_parent = _grouped_category(heading.text, kind, tier_parent, grouped)
            heading.kind = kind
            stack.append(heading)
            current = Section(heading=heading.text, kind=kind, line=number)
            sections.append(current)
            filled = False
            if kind != BOILERPLATE:
                body.append(heading.text)
            continue
        if not info.stripped or info.stripped in ("---", "***", "___"):
            continue
        filled = True
        if number == title_line:
            body.append(info.stripped)
            continue  # "Senior Java Developer" names the job; its skills are not requirements
        segments = info.segments
        if segments is None:
            segments = _cached_segments(line, info)[1]
        line = info.text
        for segment in segments:
            start, part, part_stripped = segment.start, segment.part, segment.stripped
            inline = None if segment.inline is None else _Heading(*segment.inline)  # a new one: it may be kept
            section = current
            if inline is not None and _item_label(line, start, inline, current):
                # "Nice to have: knowledge of RabbitMQ" among required items marks that item only
                section = Section(heading=current.heading, kind=inline.kind, line=current.line)
            elif inline is not None:  # "... analysis Requirements: 5 years of ..." starts a section
                has_headings = True
                stack = [inline]
                section = current = Section(heading=inline.text, kind=inline.kind, line=number)
                sections.append(current)
            if not part_stripped:
                continue
            if section.kind == BOILERPLATE:
                if segment.label_years is None:  # "Experience: 5+ years" among the benefits
                    segment.label_years = tuple(_label_years(part)) if _is_experience_label(part) else ()
                overall_years.extend(segment.label_years)
                continue
            body.append(part_stripped)
            result = segment.result
            if (  # (the line read before in this context, as nearly every line is: _cached_parse_line's first test)
                result is not None
                and segment.kind == section.kind
                and segment.heading == section.heading
                and segment.has_headings is has_headings
            ):
                made_at = segment.number
            else:
                result, made_at = _cached_parse_line(segment, number, section, vocab, has_headings)
            if group is not None:
                if group.section is section and group.holds(part) and _is_list_item(part, result):
                    group.add(result.requirements)  # "Javascript/Typescript," under "one of the following:"
                    continue
                take(group.close())
                group = None
            if section.kind in _LIST_KINDS and _is_lead_in(part):
                # "3+ years of experience in at least one of the following:" - the lines below
                # are the alternatives of one requirement
                tier = _SECTION_TIERS[section.kind]
                if made_at != number:
                    result = replace(result, requirements=tuple(_renumbered(result.requirements, number)))
                group = _Group(part, number, section, _marked_tier(part, 0, len(part), [], tier), result)
                continue
            if result is not _NOTHING:  # (most lines ask for nothing: no call)
                take(result, made_at, number)

    if group is not None:
        take(group.close())
    if other_acronyms:
        requirements = _without_other_acronyms(requirements, lines, other_acronyms, vocab)
    if company is not None:
        requirements = _without_company_name(requirements, lines, company, vocab)
    per_req_years = [r.min_years for r in requirements if r.min_years and r.tier is Tier.REQUIRED]
    if len(options) > 1:  # (one option alone is no alternative)
        per_req_years = [
            r.min_years for r in requirements if r.min_years and r.tier is Tier.REQUIRED and r.line not in option_of
        ]
        _take_easiest_option(options, option_of, requirements, overall_years, overall_at, per_req_years)
    else:
        for option in options:
            overall_years.extend(years for years, _number in option)
            overall_at.extend(option)
    # the years asked of the candidate overall: the most any statement asks ("5+ years of professional
    # experience" and "2+ years in a leadership role" ask 5), else the most any required skill asks
    # (five years of Java take five years of work)
    min_years = max(overall_years) if overall_years else (max(per_req_years) if per_req_years else None)
    # the field of the statement that asks the most ("5+ years of software engineering experience")
    asking = next((n for years, n in overall_at if years == min_years), None) if overall_years else None
    min_years_field = minimum_field(lines, asking, min_years, requirements, vocab)
    degree = _lowest(degrees.get(Tier.REQUIRED, set()))
    preferred_degree = _lowest(
        degrees.get(Tier.PREFERRED, set()) - {degree} if degree else degrees.get(Tier.PREFERRED, set())
    )
    if degree and preferred_degree and DEGREE_LEVELS.index(preferred_degree) <= DEGREE_LEVELS.index(degree):
        preferred_degree = None
    return Posting(
        path=doc.path,
        title=title,
        sections=tuple(s for s in sections if s.heading is not None or _section_has_text(s, sections, infos)),
        requirements=tuple(requirements),
        min_years=min_years,
        degree=degree,
        preferred_degree=preferred_degree,
        body="\n".join(body),
        degree_field=fields[0] if fields else None,
        min_years_field=min_years_field,
        # (each line once: a one-paragraph posting names its degrees hundreds of times on its one line)
        degree_or_experience=bool(degree)
        and any(
            _OR_EQUIVALENT_EXPERIENCE.search(lines[n - 1]) or _beside_or_line(lines, n) for n in set(degree_lines)
        ),
    )


# -- caches: postings share many lines (boilerplate, standard bullets), and each step below is a
# pure function of a line and its context; results are kept per vocabulary, bounded. One entry per
# distinct line (a _LineInfo) holds all of them, so that a line costs one lookup however many
# steps ask about it. A posting adds far fewer lines than the bound, which stays well under the
# number of lines a large corpus shares (its boilerplate) and keeps each worker's memory small.
_CACHE_SIZE = 1 << 14
_caches: dict[int, tuple[Vocabulary, dict[str, _LineInfo]]] = {}


def _cache_of(vocab: Vocabulary) -> dict[str, _LineInfo]:
    """The cache of a vocabulary (emptied when full: a posting adds far fewer than its size)."""
    held = _caches.get(id(vocab))
    if held is None or held[0] is not vocab:
        held = _caches[id(vocab)] = (vocab, {})  # the vocabulary is held: its id stays its own
    if len(held[1]) >= _CACHE_SIZE:
        held[1].clear()
    return held[1]


def line_caches(vocab: Vocabulary) -> list[tuple[dict[str, _LineInfo], int]]:
    """The per-line caches of a vocabulary, each with its bound (see :mod:`jobmatch.shared`)."""
    return [(_cache_of(vocab), _CACHE_SIZE)]


class _Marker:
    """A value a cache entry holds for "not computed" or "none"; one object, compared by identity,
    and pickled by name (an entry sent to another process holds that process's own marker)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __reduce__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return self.name


_UNKNOWN: Any = _Marker("_UNKNOWN")  # not computed yet
_NOT_HEADING: Any = _Marker("_NOT_HEADING")  # computed: the line is no heading

# A heading line as _cached_heading keeps it: text, level, kind, and whether it leads in a list
# ("Bonus points for experience with": the short lines below are items, not headings).
_CachedHeading = tuple[str, int, str, bool]


class _Segment:
    """A piece of a line as the parser reads it (:func:`_cached_segments`): where it starts, the
    inline heading that opens it (text, level, kind) or None, its text (the line's own string
    when it is the whole line; not padded to the line's offsets: a long run-together line of many
    inline sections would cost the square of its length) and that text stripped; and the result
    of :func:`_parse_line` for it in the context it was first read in (section kind and heading,
    whether the posting has headings: a line nearly always stands in one), at the line number it
    was made for. Other contexts, rare, go to ``others``. Under a boilerplate heading, the years
    an "Experience: 5+ years" label gives (``label_years``)."""

    __slots__ = (
        "start", "inline", "part", "stripped", "kind", "heading", "has_headings", "number", "result", "others",
        "label_years",
    )

    def __init__(self, start: int, inline: tuple[str, int, str] | None, part: str) -> None:
        self.start, self.inline, self.part = start, inline, part
        self.stripped = sys.intern(part.strip())  # a line of the body: see similarity.line_terms
        self.kind: str | None = None
        self.heading: str | None = None
        self.has_headings = False
        self.number = 0
        self.result: _LineResult | None = None  # None: not parsed yet
        self.others: dict[tuple[str, str | None, bool], tuple[_LineResult, int]] | None = None
        self.label_years: tuple[int, ...] | None = None  # under a boilerplate heading: see parse_posting


class _LineInfo:
    """What the parser needs of one line that depends on the line alone, each computed when first
    asked for: the line stripped, whether it is a heading (lenient and not), its markup-free text,
    its segments and what the title search asks of it (see _title_and_line)."""

    __slots__ = (
        "stripped", "heading", "item_heading", "text", "segments", "label_title", "first_title", "role", "acronyms",
        "title_lead", "company", "benefits",
    )

    def __init__(self, line: str) -> None:
        self.stripped = sys.intern(line.strip())  # a line of the body: see similarity.line_terms
        self.heading: Any = _UNKNOWN  # lenient: a _CachedHeading or _NOT_HEADING
        self.item_heading: Any = _UNKNOWN  # not lenient (inside a list)
        self.text = line
        self.segments: tuple[_Segment, ...] | None = None
        # the title of a "Position:" label, the title the line is as a first line, the role in a
        # "We are seeking ..." sentence (each None when there is none)
        self.label_title: Any = _UNKNOWN
        self.first_title: Any = _UNKNOWN
        self.role: Any = _UNKNOWN
        self.title_lead: Any = _UNKNOWN  # the title opening a one-line posting and where the rest starts
        self.acronyms: Any = _UNKNOWN  # the acronyms it defines for names that are no skill (a tuple)
        self.company: Any = _UNKNOWN  # the employer's name the line gives (see _company_of_line), or None
        self.benefits: Any = _UNKNOWN  # the line as a benefits heading that names a skill (see _skill_named_heading)


_ACRONYM_DEFINED = re.compile(r"((?:[A-Z][\w'-]*\s+(?:(?:of|for|and|&|the|in)\s+)*){2,8})\(\s*([A-Z]{2,8})\s*\)")


_ORGANISATION_WORD = re.compile(
    r"\b(?:cent(?:er|re)|institute|group|department|university|laborator(?:y|ies)|lab|foundation|association"
    r"|council|agency|office|programme|unit|hospital|school|society|ministry|committee|board|corporation"
    r"|company|network|alliance|consortium|academy|college|authority|service|services|federation|trust)\b",
    re.I,
)


def _acronyms_of_other_names(line: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The acronyms a line defines in parentheses after the words they abbreviate, when those
    words are no skill: "The Center for Protein Research (CPR)" (the extractor does not read CPR
    there, :func:`jobmatch.extract._acronym_of_other_name`). Elsewhere in the posting the acronym
    names the same thing, not the skill it is an alias of: "projects at CPR" asks for no BLS."""
    found: list[str] = []
    for match in _ACRONYM_DEFINED.finditer(line):
        letters = match.group(2)
        entry = vocab.index.get(key_of(letters))  # (not lookup: it scans the vocabulary for a term it lacks)
        if entry is None or entry.skill is None:
            continue
        if not _ORGANISATION_WORD.search(match.group(1)):
            continue  # "Identity and Access Management (IAM)" spells the skill out: IAM stays IAM
        initials = "".join(w[0] for w in match.group(1).split() if w[0].isupper())
        if not any(letters.endswith(initials[k:]) for k in range(len(initials) - 1)):
            continue  # (the acronym's tail, at least two letters, is the initials of the words before it)
        at = match.start(2)
        if not any(m.start == at and m.surface == letters for m in extract_line(line, 1, vocab)):
            found.append(letters)
    return tuple(found)


def _without_other_acronyms(
    requirements: list[Requirement], lines: list[str], acronyms: set[str], vocab: Vocabulary
) -> list[Requirement]:
    """The requirements without the skills that a line names only by an acronym the posting
    defines for something else (see _acronyms_of_other_names)."""
    skills = {entry.skill.name for a in acronyms if (entry := vocab.index.get(key_of(a))) and entry.skill}
    kept: list[Requirement] = []
    for r in requirements:
        if skills.isdisjoint(r.any_of):
            kept.append(r)
            continue
        surfaces: dict[str, set[str]] = {}
        for m in extract_line(lines[r.line - 1], r.line, vocab):
            surfaces.setdefault(m.skill.name, set()).add(m.surface)
        names = tuple(n for n in r.any_of if not (n in skills and surfaces.get(n, {""}) <= acronyms))
        if names == r.any_of:
            kept.append(r)
        elif names:
            kept.append(replace(r, any_of=names))
    return kept


# The employer's own name is no skill anywhere in its posting: "About Lumen Bio", "Swift Transportation is an
# equal opportunity employer", "Ruby Receptionists offers ..." (the PHP framework Lumen, the languages Swift and
# Ruby are not asked there). Only a name of two words or more, read where a posting names its employer (an
# "About <name>" heading, the equal-opportunity sentence, "<name> offers"): a one-word name ("About
# Salesforce") may be the skill asked as well.
_COMPANY_WORDS = r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:&\s+)?[A-Z][\w.&'’-]*){0,3})"
_ABOUT_COMPANY = re.compile(rf"(?:#+\s*|\*\*)?About\s+{_COMPANY_WORDS}(?:\*\*)?\s*:?\s*$")
_COMPANY_STATEMENT = re.compile(
    rf"{_COMPANY_WORDS},?\s+(?:is\s+(?:an?\s+|proud\s+to\s+be\s+an?\s+)?(?:equal\b|EEO\b)|offers\b)"
)
_NOT_A_COMPANY = frozenset(
    {"Us", "The", "You", "This", "Our", "We", "Your", "Company", "What", "Who", "It", "Everyone", "Role", "Team", "Job"}
)


# the line under the title that names the employer and the place: "Lumen Payments — Austin, TX", "Granite
# State Credit Union – Manchester, NH (on-site)", "Stripe | Remote"
_COMPANY_AND_PLACE = re.compile(
    rf"{_COMPANY_WORDS}\s*(?:[—–|·•]|\s-)\s*"
    r"(?:(?P<remote>Remote|Hybrid|On-?site)\b|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s*[A-Z][\w.-]*)"
)


def _company_under_title(infos: list[_LineInfo], title_line: int | None, vocab: Vocabulary) -> str | None:
    """The employer's name on the first line under the title that names it and the place (see
    _COMPANY_AND_PLACE): the employer as an "About X" line names it, once being enough there ("Lumen
    Payments — Austin, TX" under "Application Security Engineer" names no Lumen the PHP framework). A
    skill's name with no town is no employer ("Python - Remote")."""
    if title_line is None:
        return None
    below = next((info.stripped for info in infos[title_line:] if info.stripped), None)
    m = _COMPANY_AND_PLACE.match(below) if below else None
    if m is None or m.group("name").split()[0] in _NOT_A_COMPANY:
        return None
    name = m.group("name")
    if _names_a_department(name):
        return None
    if (m.group("remote") or " " in name) and _is_one_skill(name, vocab):
        return None
    return name


# a department or a function of the employer, not the employer: "Data Platform — New York, NY", "Emergency
# Department — Denver, CO", "Finance — London, UK"
_DEPARTMENT_LAST_WORDS = frozenset({"Department", "Dept", "Division", "Platform", "Team", "Unit", "Ward", "Operations"})
_FUNCTION_NAMES = frozenset(
    {"Engineering", "Finance", "Marketing", "Sales", "Product", "Design", "Research", "Legal", "Operations", "Nursing"}
)


def _names_a_department(name: str) -> bool:
    words = name.split()
    return words[-1] in _DEPARTMENT_LAST_WORDS or len(words) == 1 and name in _FUNCTION_NAMES


def _is_one_skill(name: str, vocab: Vocabulary) -> bool:
    """Whether the whole name is one skill's: "Accounts Payable — Dallas, TX" and "Primary Care — Portland,
    OR" under a title are the department's specialty, "Python - Remote" the skill asked. A one-word name
    with a town stays the employer's ("Lumen - Denver, CO")."""
    return any(found.start == 0 and found.end == len(name) for found in extract_line(name, 0, vocab))


def _company_of_line(stripped: str) -> str | None:
    """The employer's name that a line gives (see _ABOUT_COMPANY), or None; a name of one word counts as the
    employer's only where the posting names it so twice (see parse_posting)."""
    if "About" in stripped:
        m = _ABOUT_COMPANY.match(stripped)
    elif "qual" in stripped or "EEO" in stripped or "offers" in stripped:
        m = _COMPANY_STATEMENT.match(stripped)
    else:
        return None
    return m.group("name") if m is not None and m.group("name").split()[0] not in _NOT_A_COMPANY else None


def _without_company_name(
    requirements: list[Requirement], lines: list[str], company: str, vocab: Vocabulary
) -> list[Requirement]:
    """The requirements without the skills a line names only inside the employer's name (see _company_name).
    A name of one word only in the lines that ask for nothing: "Lumen connects the world" is the company, a
    Snowflake posting's "Experience with Snowflake" asks for its product."""
    one_word = " " not in company
    kept: list[Requirement] = []
    for r in requirements:
        line = lines[r.line - 1]
        if company not in line or (one_word and r.tier is not Tier.CONTEXT):
            kept.append(r)
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(company), line)]
        outside: set[str] = set()
        for m in extract_line(line, r.line, vocab):
            if not any(a <= m.start and m.end <= b for a, b in spans):
                outside.add(m.skill.name)
        names = tuple(n for n in r.any_of if n in outside)
        if names == r.any_of:
            kept.append(r)
        elif names:
            kept.append(replace(r, any_of=names))
    return kept


def _line_info(line: str, cache: dict[str, _LineInfo]) -> _LineInfo:
    info = cache.get(line)
    if info is None:
        info = cache[line] = _LineInfo(line)
    return info


def _line_infos(lines: list[str], cache: dict[str, _LineInfo]) -> list[_LineInfo]:
    """The cache entries of a posting's lines, made for the lines not seen before. (The lookups
    run in C; most lines have an entry.)"""
    infos: list[_LineInfo | None] = list(map(cache.get, lines))
    if None in infos:
        for i, info in enumerate(infos):
            if info is None:
                infos[i] = _line_info(lines[i], cache)  # (not a new entry for a line twice in the posting)
    return infos  # type: ignore[return-value]  # (none is None now)


def _cached_heading(line: str, info: _LineInfo, vocab: Vocabulary, *, lenient: bool) -> _CachedHeading | None:
    hit = info.heading if lenient else info.item_heading
    if hit is _UNKNOWN:
        found = _heading_of(line, lambda text: bool(extract_line(text, 1, vocab, fuzzy=False)), lenient=lenient)
        lead_in = found is not None and bool(_LEAD_IN.search(found.text))
        hit = _NOT_HEADING if found is None else (sys.intern(found.text), found.level, found.kind, lead_in)
        if lenient:
            info.heading = hit
        else:
            info.item_heading = hit
    return None if hit is _NOT_HEADING else hit


# the whole of a heading over what the employer gives, when it names a skill ("Compensation and Benefits",
# "Total Rewards"); a requirement that only holds such a word is none ("Benefits administration", "Pay
# attention to detail", "Diversity and inclusion training", "HIPAA privacy")
_BENEFITS_HEADING_LINE = re.compile(
    r"(?:(?:our|your|the)\s+)?(?:total\s+)?(?:compensation|salary|pay|perks|rewards|benefits?)"
    r"(?:\s*(?:,|&|\+|/|and)\s*(?:total\s+)?(?:compensation|salary|pay|perks|rewards|benefits?|equity))*",
    re.I,
)


# the headings of a posting's introduction, where a hiring sentence asks (see _read_line)
_INTRODUCTION_HEADING = re.compile(
    r"^\W*(?:about\b|overview|summary|introduction|who we are|the (?:role|job|position|opportunity)\b)"
    r"|^\W*(?:role|job|position) (?:overview|summary|description)",
    re.I,
)


def _skill_named_heading(
    lines: list[str], infos: list[_LineInfo], number: int, vocab: Vocabulary
) -> _CachedHeading | None:
    """Line ``number`` as the heading of what the employer gives, though it names a skill: "Compensation
    and Benefits", "Total Rewards" over the salary and the insurance are no HR skill asked. Not among
    bare items that name skills, a list without bullets: "Recruiting" / "Compensation and Benefits" /
    "Employee Relations" under "Key Skills" lists the skills asked."""
    info = infos[number - 1]
    text = info.benefits
    if text is _UNKNOWN:  # (what the line alone says, once per distinct line)
        stripped = info.stripped
        text = info.benefits = stripped.rstrip(":").strip() if (
            stripped[0].isupper()
            and _BENEFITS_HEADING_LINE.fullmatch(stripped.rstrip(":").strip()) is not None
            and classify_heading(stripped) == BOILERPLATE
        ) else None
    if text is None:
        return None
    for other in (number - 1, number + 1):
        if 1 <= other <= len(lines) and _bare_skill_item(lines[other - 1], infos[other - 1], vocab):
            return None
    return (text, 1, BOILERPLATE, False)


def _bare_skill_item(line: str, info: _LineInfo, vocab: Vocabulary) -> bool:
    """A short line without a bullet that names a skill and is no heading: an item of a bare list."""
    text = info.stripped
    return (
        bool(text)
        and len(text.split()) <= 6
        and not text.endswith((".", ",", ";", "!", ":"))
        and not _BULLET.match(text)
        and _cached_heading(line, info, vocab, lenient=True) is None
        and bool(extract_line(text, 1, vocab, fuzzy=False))
    )


def _cached_segments(line: str, info: _LineInfo) -> tuple[str, tuple[_Segment, ...]]:
    """The line without markup, and its inline sections (:func:`_inline_sections`), each with its
    text as the parser reads it."""
    if info.segments is None:
        stripped = strip_markup(line)
        info.segments = tuple(
            _Segment(a, None if h is None else (h.text, h.level, h.kind), stripped[a:b])
            for a, b, h in _inline_sections(stripped)
        )
        info.text = stripped
    return info.text, info.segments


def _cached_parse_line(
    segment: _Segment, number: int, section: Section, vocab: Vocabulary, has_headings: bool
) -> tuple[_LineResult, int]:
    """:func:`_parse_line` of a segment, which depends on its text, the section's kind and heading
    and whether the posting has headings (the segment holds its results by those), and the line it
    was made for: the line number only goes into the requirements (see _renumbered). The result is
    shared between the postings that have the line: nothing changes a result once made (the parser
    only reads them)."""
    kind, heading = section.kind, section.heading
    if segment.result is None:  # first read
        result = _parse_line(segment.part, number, section, vocab, has_headings)
        segment.kind, segment.heading, segment.has_headings = kind, heading, has_headings
        segment.number, segment.result = number, result
        return result, number
    if segment.kind == kind and segment.heading == heading and segment.has_headings is has_headings:
        return segment.result, segment.number
    # another context
    if segment.others is None:
        segment.others = {}
    key = (kind, heading, has_headings)
    hit = segment.others.get(key)
    if hit is None:
        hit = segment.others[key] = (_parse_line(segment.part, number, section, vocab, has_headings), number)
    return hit


def _renumbered(requirements: tuple[Requirement, ...], number: int) -> list[Requirement]:
    """The requirements of a line made for another line number, at ``number``."""
    out = []
    for r in requirements:
        new = _new_object(Requirement)
        _set_tier(new, r.tier)
        _set_any_of(new, r.any_of)
        _set_soft(new, r.soft)
        _set_text(new, r.text)
        _set_line(new, number)
        _set_section(new, r.section)
        _set_min_years(new, r.min_years)
        out.append(new)
    return out


# _renumbered's requirements made by the slots' own setters (C calls), the values Requirement(...) makes:
# the frozen dataclass's __init__ sets each field through object.__setattr__, and 10,000 postings renumber
# 190,000 requirements (1.5 us each: a tenth of their parsing). A field added to Requirement stops this
# unpacking at import.
_new_object = object.__new__
_set_tier, _set_any_of, _set_soft, _set_text, _set_line, _set_section, _set_min_years = (
    getattr(Requirement, name).__set__ for name in Requirement.__slots__
)


_INLINE_LABELS = (
    r"(?:key )?(?:tasks and )?responsibilities|your (?:tasks|role|profile|skills)|requirements?|"
    r"(?:minimum |basic |required |preferred |desired |educational |education |primary |secondary |mandatory )?"
    r"(?:qualifications?|skills)|"
    r"nice[ -]to[ -]haves?|"
    r"bonus(?: points)?|must[ -]haves?|preferred|desired|advantages?|pluses|ideally|"
    r"(?:what )?we (?:can )?offer(?: you)?|(?:job |employee )?benefits|perks|"
    r"about (?:you|us|the role)|who you are|what you(?:'ll)? (?:do|bring|need)|you have|"
    r"tech(?:nical)? stack|technologies|education|how to apply|"
    r"essential(?: criteria)?|desirable(?: criteria)?"  # (a UK person specification run onto one line)
)
_INLINE_HEADING = re.compile(rf"(?:^|(?<=[\s.!?)]))(?P<label>{_INLINE_LABELS})\s*:\s*", re.I)
_INLINE_HEADING_LOWERED = _lowered_form(_INLINE_HEADING)  # (see _finditer)
# what the employer offers opening its section with no colon, run on after the requirements in a posting squashed
# onto few lines: "... web frameworks such as Django Here's what we offer you Highly motivated growing diverse
# team ...", "... or similar tools WHAT WE OFFER A top-caliber team" (its capitals and the capital after it mark
# it; not "Learn more about what we offer", "What we offer is flexibility")
_OFFER_OPENER = re.compile(
    r"(?:^|(?<=\s))(?P<label>Here(?:'s| is) what we offer(?: you)?|What [Ww]e (?:[Cc]an )?[Oo]ffer(?: [Yy]ou)?"
    r"|WHAT WE (?:CAN )?OFFER(?: YOU)?)\s+(?=[A-Z])"
)


_ONE_OF_FOLLOWING = _Guarded(
    # ("one of the following languages:", "any of the following cloud platforms:")
    re.compile(r"\b(?:one|some|any|either) of the following\b(?:(?:\s+[\w/+#-]+){1,3}\s*:|\s*:?)", re.I),
    ("of the following",),
)


def _is_lead_in(line: str) -> bool:
    """A line ending in "(at least) one of the following:": the lines below list its alternatives."""
    if "ollowing" not in line and "OLLOWING" not in line:  # cheap first: this runs on every line
        return False
    m = _ONE_OF_FOLLOWING.search(line)
    return m is not None and not line[m.end() :].strip()


class _Group:
    """The alternatives listed under a lead-in line ("at least one of the following:"): one
    requirement, at the lead-in line, with the years it asks for. Without any item below it, the
    lead-in line is read as any other line (``own``)."""

    def __init__(self, text: str, number: int, section: Section, tier: Tier, own: _LineResult) -> None:
        self.text = _BULLET.sub("", text, count=1).strip()
        self.number, self.section, self.tier, self.own = number, section, tier, own
        self.names: list[str] = []
        self.soft = True
        # a bulleted lead-in's indentation: once its items stand deeper, a bullet back at its level
        # is its sibling, which ends the list ("- ... one of the following:" / "  - Django" / "- Docker")
        self.indent = _indent(text) if _BULLET.match(text) else None
        self.nested = False

    def holds(self, line: str) -> bool:
        """Whether a line can be an item of the list, by its indentation."""
        if self.indent is None or not _BULLET.match(line):
            return True
        deeper = _indent(line) > self.indent
        if not deeper and self.nested:
            return False
        self.nested = self.nested or deeper
        return True

    def add(self, found: tuple[Requirement, ...]) -> None:
        for req in found:
            self.names = _dedupe(self.names + list(req.any_of))
            self.soft = self.soft and req.soft

    def close(self) -> _LineResult:
        if not self.names:
            return self.own
        years = find_years(self.text)
        return _LineResult(
            (Requirement(self.tier, tuple(self.names), self.soft, self.text, self.number, self.section.heading, years),)
        )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _is_list_item(line: str, result: _LineResult) -> bool:
    """A line that only names skills ("Javascript/Typescript,", "Python Angular/React.js or
    Node.js"): no years, no degree, a few words besides the skills."""
    if not result.requirements or result.overall_years or result.degrees or find_years(line) is not None:
        return False
    return len(line.split()) <= 8


def _item_label(line: str, start: int, inline: _Heading, current: Section) -> bool:
    """A preferred label opening a line of a required list ("Nice to have: X", "Advantage: Y")
    marks that line, and the list goes on."""
    opening = _BULLET.sub("", line[:start]).strip().rstrip(":").strip()
    return inline.kind == PREFERRED and current.kind == REQUIRED and opening.casefold() == inline.text.casefold()


def _inline_sections(line: str) -> list[tuple[int, int, _Heading | None]]:
    """Split a line at section labels written inline: "Requirements: 5 years of ..." at the start,
    or "... Perform necessary analysis Requirements: 5 years ..." in postings squashed onto few
    lines. Mid-line, the label must be capitalised. Returns (start, end, heading) segments."""
    cuts: list[tuple[int, int, _Heading]] = []
    lead = _lead_heading(line)
    if lead is not None:
        cuts.append(lead)
    for m in _finditer(_INLINE_HEADING, _INLINE_HEADING_LOWERED, line) if ":" in line else ():  # a label ends in ":"
        if lead is not None and m.start() < lead[1]:
            continue
        label = m.group("label")
        if m.start() > 0 and not label[0].isupper():
            continue
        if m.start() == 0 and m.end() >= len(line.rstrip()):
            continue  # "Requirements:" alone is a heading line, handled before
        kind = classify_heading(label)
        if kind == UNKNOWN:
            continue
        if kind == CONTEXT and m.start() > 0 and len(line[: m.start()].split()) <= 2 and not cuts:
            continue  # "Web Technologies: HTML5 CSS" is one label of a list item, not a new section
        cuts.append((m.start(), m.end(), _Heading(label, 1, kind)))
    if "ffer" in line or "FFER" in line:
        cuts.extend(
            (m.start(), m.end(), _Heading(m.group("label"), 1, BOILERPLATE))
            for m in _OFFER_OPENER.finditer(line)
            if not any(a <= m.start() < b for a, b, _ in cuts)
        )
        cuts.sort(key=lambda cut: cut[0])
    segments: list[tuple[int, int, _Heading | None]] = []
    if not cuts or cuts[0][0] > 0:
        segments.append((0, cuts[0][0] if cuts else len(line), None))
    for i, (_start, end, heading) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(line)
        segments.append((end, stop, heading))
    return [piece for segment in segments for piece in _split_inline_bullets(line, *segment)]


_BULLET_CHAR = re.compile(r"[•▪●◦■]")
_SPACES = re.compile(r"\s*")


def _inline_bullets(line: str, start: int = 0, end: int = sys.maxsize) -> Iterator[tuple[int, int]]:
    r"""The spans of a line's run-together bullets with the spaces about them, from ``start`` to ``end``: what
    ``re.finditer(r"\s*[•▪●◦■]\s*")`` finds, in linear time. (That pattern tries its leading spaces from
    every space of a run, so a PDF's padding of 100,000 spaces and line separators before "x" took minutes;
    here each space is looked at once, going back from the bullet found.)"""
    end = min(end, len(line))
    pos = start
    while (bullet := _BULLET_CHAR.search(line, pos, end)) is not None:
        left = bullet.start()
        while left > pos and line[left - 1].isspace():  # (str.isspace is the pattern's \s)
            left -= 1
        right = _SPACES.match(line, bullet.end(), end).end()  # type: ignore[union-attr]  # (\s* always matches)
        yield left, right
        pos = right


def _lead_heading(line: str) -> tuple[int, int, _Heading] | None:
    """A heading in capitals opening a line of run-together items: "REQUIREMENTS/ QUALIFICATIONS
    • High school graduate • ..." - the items are that section's."""
    bullet = next(_inline_bullets(line), None)
    if bullet is None or bullet[0] == 0:
        return None
    lead = line[: bullet[0]].strip().rstrip(":").strip()
    if not lead or not lead.isupper() or len(lead.split()) > 5:
        return None
    kind = classify_heading(lead)
    return None if kind == UNKNOWN else (0, bullet[0], _Heading(lead, 1, kind))


def _split_inline_bullets(
    line: str, start: int, end: int, heading: _Heading | None
) -> list[tuple[int, int, _Heading | None]]:
    """Items run together on one line ("• High school graduate • 3 years of ...") are items."""
    pieces: list[tuple[int, int, _Heading | None]] = []
    begin = start
    for bullet_start, bullet_end in _inline_bullets(line, start, end):
        if bullet_start > begin:
            pieces.append((begin, bullet_start, heading if not pieces else None))
        begin = bullet_end
    if begin < end:
        pieces.append((begin, end, heading if not pieces else None))
    return pieces or [(start, end, heading)]


def _section_has_text(section: Section, sections: list[Section], infos: list[_LineInfo]) -> bool:
    """Whether a section has a non-blank line (``infos``: the posting's lines, see _line_infos)."""
    following = [s.line for s in sections if s.line > section.line]
    end = min(following) - 1 if following else len(infos)
    return any(info.stripped for info in infos[section.line - 1 : end])


def _lowest(levels: set[str]) -> str | None:
    ordered = [lvl for lvl in DEGREE_LEVELS if lvl in levels]
    return ordered[0] if ordered else None


# a label's own tier: "Required skills:", "Must have:", "Mandatory skills:"; a staffing firm's "Primary Skill:"
# (asked) and "Secondary Skill:" (preferred)
_REQUIRED_LABEL = re.compile(r"\b(?:required|must|mandatory)", re.I)
_SKILL_RANK_LABEL = re.compile(r"(?:primary|secondary)\s+skills?(?:\s+set)?", re.I)


def _skill_label(line: str, mentions: list[Mention], label_end: int, rest_start: int) -> bool:
    """Whether a line's "Label:" (ending at ``label_end``; the rest of the line from ``rest_start``)
    is itself the skill asked for: a skill ends in the label and none is named after it ("Python:
    3 years (Required)", "Terraform: working knowledge"; not "Languages: Python, Go"), or its years
    follow it, each skill with its own ("Python: 5 years, SQL: 3 years")."""
    return any(m.end <= label_end for m in mentions) and (
        not any(m.start >= rest_start for m in mentions) or _FIGURE_FIRST.match(line, rest_start) is not None
    )


# the value of a label that opens with a figure of years: "Python: 5 years, SQL: 3 years"
_FIGURE_FIRST = re.compile(
    rf"\s*(?:at\s+least\s+|min(?:imum)?\.?\s*)?{_NUM}\s*(?:\+\s*)?(?:(?:-|to)\s*{_NUM}\s*(?:\+\s*)?)?(?:years?|yrs?)\b",
    re.I,  # (one run of spaces around a "+", never two in a row: "5" and 8,000 spaces took 30 s)
)


# what explains a skill asked before its colon: the candidate addressed ("you're comfortable with SQL", "you can
# ...") or what they are able to do
_EXPLANATION = re.compile(r"(?:you|you're|you'll|you've|you'd|your|able to|comfortable|ability to)\b", re.I)


def _explained_skill(text: str, label: re.Match[str], mentions: list[Mention], offset: int) -> bool:
    """Whether a line's "Label:" is a skill asked with its explanation after the colon, the rest speaking
    to the candidate: "Strong analytical skills: you're comfortable with SQL and with running experiments",
    "Written communication: you write clear specs"; not a label of a list ("Skills: Python, SQL", "Solid
    understanding of networking: TCP/IP, DNS, TLS", whose items say what it asks)."""
    return _EXPLANATION.match(text, label.end()) is not None and any(
        m.end <= offset + label.end("label") for m in mentions
    )


def _is_experience_label(line: str) -> bool:
    return _EXPERIENCE_LABEL.match(line) is not None


# a label about experience with its value on the line ("Experience: 5+ years", "Minimum experience:
# 5 years", "Experience Level: 5-7 years", "Years of experience: 5+")
_EXPERIENCE_VALUE = re.compile(r"^[\w ]{0,30}\b(?:experience|seniority)\b[\w ]{0,20}:\s*\S", re.I)
_EXPERIENCE_LABEL = _Guarded(
    re.compile(
        r"^\s*(?:[-*]\s*)?(?:\*\*)?(?:(?:minimum|min\.?|required|total|relevant|work)\s+)?"
        r"(experience( level)?|years of experience|seniority)(?:\*\*)?\s*:",
        re.I,
    ),
    ("experience", "seniority"),
)


def _label_years(line: str) -> list[int]:
    years = find_years(line)
    if years is None:  # "Years of experience: 5+"
        m = _BARE_YEARS.search(line)
        years = int(m.group(1)) if m and 0 < int(m.group(1)) <= 30 else None
    if years is None:  # "Experience: 2 seasons", "Experience: 18 months"
        years = _label_other_units(line)
    return [years] if years is not None else []


_BARE_YEARS = re.compile(r"\byears of experience\W*:\s*(\d{1,2})\s*(?:\+|plus\b|-\s*\d{1,2}\b|$)", re.I)
# what may close an experience label's value after its figure: a tier mark, a full stop ("Experience: 2 seasons
# (Required)"), or the work it was ("Experience: 2 seasons as a ski instructor"), not a name the figure is part of
# ("Experience: 4 Seasons resort or similar luxury hotel" asks no seasons)
_LABEL_FIGURE_END = re.compile(r"\s*(?:\((?:required|preferred)\)\s*)?(?:[.;]\s*)?$", re.I)


def _label_other_units(line: str) -> int | None:
    """The years an experience label's value gives in the other units _year_figures reads, work counted
    in seasons or months ("Experience: 2 seasons", "Experience: 18 months"), when the figure is the
    value or is followed by the work it was; None otherwise."""
    figures = [
        (value, start)
        for value, start, end in _year_figures(line)[0]
        if _LABEL_FIGURE_END.match(line, end) or _SEASONS_ASKED_AFTER.match(line, end)
    ]
    years = _main_years(line, figures)
    return years if years else None  # ("Experience: 6 months" is under a year: no minimum in years)


def _section_tier(kind: str) -> Tier | None:
    return _SECTION_TIERS.get(kind)


_SECTION_TIERS = {  # built once: the parser asks for every line
    REQUIRED: Tier.REQUIRED,
    EDUCATION: Tier.REQUIRED,
    PREFERRED: Tier.PREFERRED,
    CONTEXT: Tier.CONTEXT,
}
# the kinds of section whose tier is required or preferred: where a lead-in line opens a list
_LIST_KINDS = frozenset(kind for kind, tier in _SECTION_TIERS.items() if tier in (Tier.REQUIRED, Tier.PREFERRED))


_STACK_STATEMENT = re.compile(
    r"^(?:we|our (?:team|teams|engineers|developers)|the team)\s+(?:currently\s+|mainly\s+|mostly\s+)?"
    r"(?:use|uses|run|are using|work with|build (?:on|with)|rely on|develop (?:in|with))\b|^our (?:tech )?stack\b",
    re.I,
)
# a sentence describing the person sought, wherever it stands
_CANDIDATE_SENTENCE = _Guarded(
    re.compile(
        r"\b(?:we(?:['’]re| are)|i['’]?m|are you) (?:looking for|seeking|searching for) (?:an? |the )?"
        r"(?:\w+ ){0,3}?(?:person|someone|somebody|candidates?|colleagues?|people|individuals?|profiles?) "
        r"(?:who|with|that|having)\b",
        re.I,
    ),
    ("looking for", "seeking", "searching for"),
)
_REQUIREMENT_CUE = _Guarded(
    re.compile(
        r"\b(must|required|requirements?|you have|you'?ll have|you bring|experience (with|in|using|of|from|as)|"
        r"knowledge of|proficien(t|cy)|familiar(ity)?|understanding of|expertise|expert|skills? in|"
        r"ability to|able to|background in|years|degree|fluent|certified|certification|hands-on|strong|solid|"
        # sentences about the candidate ("You are structured and can communicate on all levels")
        r"you(?:'re| are| can| know| master| hold| manage| possess| speak| have got|(?:'ll| will)? need)|"
        r"the (?:ideal )?candidate (?:must|should|has|have|will have|is)|capable of|comfortable (?:with|in)|"
        # a language asked for at a level ("English spoken and written mastered at high level")
        r"spoken and written|written and spoken|mastered|you come with|"
        # USAJOBS: "IT-related experience demonstrating each of the four competencies below: Attention to Detail, ..."
        r"competencies (?:below|listed)|(?:following|these) competencies)\b",
        re.I,
    ),
    ("must", "require", "you", "experience", "knowledge of", "proficien", "familiar", "understanding of", "expert",
     "skill", "ability to", "able to", "background in", "years", "degree", "fluent", "certifi", "hands-on", "strong",
     "solid", "candidate", "capable of", "comfortable", "spoken", "mastered", "competencies"),
)


# Everyday hiring phrasing that asks, read where no heading sorts the lines: "We need an accountant
# with Excel skills", "Looking for someone who knows Excel", "Need someone with ...", "Candidates
# should know QuickBooks", "The right person will know payroll", "Ideal candidate knows ...",
# "Excel and QuickBooks skills needed", "We need Python, Go and AWS."
_HIRING_CUE = _Guarded(
    re.compile(
        # (said by the employer, or opening a sentence: not "... seeking out new challenges and having fun")
        r"(?:^|(?<=[.!?;:])\s+|\b(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)?\s+(?:(?:currently|now|also)\s+)?)"
        r"(?:urgently\s+)?(?:looking for|seeking|searching for|hiring|need|require|want)\s+"
        r"(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,4}?(?P<who>with|who|that|having|skilled in|experienced in)\b"
        # the employer asking skills straight ("We need Python, Go and AWS.", "We're looking for Kafka
        # experience"), not a person or a favour ("We need a ...", "We need you to ...", "We need help")
        # (sought: only skills named as such, "We are looking for Supply Chain Consultant" names the job)
        r"|\b(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)?\s+(?:(?:currently|now|also|really|will)\s+)?"
        r"(?:need|require|want|expect"
        r"|(?:looking for|searching for|seeking)(?=[^.!?;]*\b(?:experience|skills?|knowledge|expertise)\b))\s+"
        r"(?!(?:an?|the|you|your|yours|to|someone|somebody|anyone|people|persons?|help|us|our|it|this|that|more|"
        r"individuals?|candidates?|applicants?|professionals?|talent|all|every|each)\b)(?=[\w\"“(])"
        r"|\b(?:candidates?|applicants?|(?:the\s+)?(?:right|ideal|successful|perfect)\s+"
        r"(?:person|candidate|applicant|individual|hire|fit))\s+(?:should\s+|will\s+|must\s+|shall\s+|can\s+|"
        r"needs?\s+to\s+)?(?:know|knows|have|has|possess|possesses|bring|brings|be\s+(?:skilled|experienced|"
        r"proficient|familiar|able))\b"
        r"|\b(?:skills?|experience|knowledge|proficiency|certifications?|certificates?|licen[cs]es?)\s+"
        r"(?:is\s+|are\s+)?(?:needed|necessary|essential|a must)\b",
        re.I,
    ),
    ("looking for", "seeking", "searching for", "hiring", "need", "require", "want", "expect", "candidate",
     "applicant", "right", "ideal", "successful", "perfect", "necessary", "essential", "a must"),
)
# A list item that reads as a qualification, not a duty or a perk, in a posting without headings:
# it opens with a qualification's word ("Current First Aid and CPR certificates", "Valid driver
# licence", "Proven ...") or names skills only ("Microsoft Excel", "Dementia care training")
_QUALIFICATION_ITEM = re.compile(
    r"(?:current|valid|minimum|proven|demonstrated|excellent|good|strong|solid|working|advanced|sound|thorough|"
    r"in-depth|relevant|previous|prior|certified|registered|licen[cs]ed|qualified|fluent|full|clean)\b",
    re.I,
)
_QUALIFICATION_NOUNS = re.compile(
    r"(?:[\s,/&()+-]|\b(?:and|or|training|certificates?|certification|licen[cs]es?|registration|qualifications?|"
    r"skills?|knowledge|card|ticket|check|clearance)\b)*",
    re.I,
)


def _hiring(text: str, offset: int, mentions: list[Mention]) -> bool:
    """Whether ``text`` (at ``offset`` in its line) asks in hiring phrasing (see _HIRING_CUE) for a
    skill named after the cue; the person sought names no skill before the "with" ("We are
    searching for a Sales Manager with focus on ...", "We require primarily cooperation with ..."
    name the job or the work)."""
    cue = _HIRING_CUE.search(text)
    while cue is not None:
        if not cue.group("who"):
            return True  # "Candidates should know ...", "Excel skills needed"
        who = offset + cue.start("who")
        # (a skill asked after the cue: not "For the PLM department we are looking for a PLM Head who";
        # a soft skill may name the person: "a team player with excellent communication skills"; a job
        # named by its skill before the "who" that knows the skills after: "a QA engineer who knows Selenium")
        named = any(offset + cue.start() <= m.start < who and not m.skill.soft for m in mentions)
        if (not named or _KNOWS.match(text, cue.end("who"))) and any(m.start > who for m in mentions):
            return True
        cue = _HIRING_CUE.search(text, cue.end())
    return False


# the person sought knows or has what follows: "who knows Selenium", "with strong experience in", "who is
# proficient in" (not "who will lead a team", "with focus on the markets")
_KNOWS = re.compile(
    r"\s+(?:(?:already|also|really)\s+)?(?:knows?|has|have|brings?|possess(?:es)?|understands?|masters?|speaks?"
    r"|is\s+(?:skilled|experienced|proficient|fluent|familiar|comfortable|an?\s+expert)"
    r"|(?:(?:strong|solid|proven|good|deep|extensive|hands-on|excellent)\s+)*(?:experience|knowledge|expertise"
    r"|skills|background|proficiency))\b",
    re.I,
)


def _one_sentence(text: str) -> bool:
    """A sentence, not a paragraph run together ("THIS ROLE OFFERS YOU ... OUR IDEAL CANDIDATE has ..."):
    a hiring cue in it speaks for all of it."""
    return len(text.split()) <= 40 and _SENTENCE_BREAK.search(text.rstrip(" .!?")) is None


def _without_sought_job(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a hiring sentence without those before its cue ("For the PLM department we are
    looking for ...": where the job is) and the skill that names the job sought, before its "who" or
    "with": in "We are looking for a QA engineer who knows Selenium" QA names the job, Selenium is asked."""
    cue = _HIRING_CUE.search(text)
    if cue is None or not cue.group("who"):
        return mentions
    begin, who = offset + cue.start(), offset + cue.start("who")
    line = " " * offset + text
    return [m for m in mentions if m.start >= begin and not (m.start < who and _ROLE_NOUN.match(line, m.end))]


# In hiring phrasing, a soft skill is asked as what the person brings ("someone with strong
# communication skills", "a project manager who is passionate about programme management", "an
# experienced leader"), not where a clause describes the work or the team ("... eager to take an
# active role in our transformation by leading one of more projects", "team members that understand
# that simplicity is key ... during decision-making"): see _brought
_BRINGS = frozenset(
    (
        "with", "having", "has", "have", "possess", "possesses", "possessing", "bring", "brings", "bringing",
        "strong", "excellent", "good", "great", "solid", "proven", "exceptional", "outstanding", "effective",
        "superb", "demonstrated", "demonstrable", "natural", "clear", "sound", "advanced", "confident",
        "passionate", "passion", "experience", "experienced", "skilled", "skills", "knowledge", "ability", "able",
        "can", "capable", "talented", "expert", "expertise", "background", "flair", "aptitude", "who", "seeking",
        "hiring", "need", "needs", "want", "require", "requires", "show", "shows", "demonstrate", "demonstrates",
    )
)
# (a clause about the work or the team: "by leading", "during decision-making", "who will lead a
# team", "to join our team", "to lead our projects")
_WORK_CLAUSE = frozenset(
    ("by", "during", "through", "while", "whilst", "when", "whereby", "where", "which", "will", "our", "we", "you",
     "your", "their", "its")
)
_ABLE_TO = frozenset(("ability", "abilities", "able", "capacity", "how"))  # "the ability to lead"
_LOOKING = frozenset(("looking", "searching"))  # "looking for a team player"
_BROUGHT_NOUN = re.compile(
    r"[\s-]*(?:skills?|abilit(?:y|ies)|experience|background|expertise|qualities|capabilit(?:y|ies)|mindset)\b",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?;:|](?=\s|$)")
_BROUGHT_WORD = re.compile(r"[\w'\u2019-]+")


def _brought(line: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a soft skill's ``mention`` in a hiring sentence names what the person brings (see
    _BRINGS): the nearest word before it in its sentence that says so comes before any that opens
    a clause about the work or the team (_WORK_CLAUSE); "leadership skills" is brought wherever.
    The words of the other ``mentions`` are no cue ("Excel, attention to detail and problem solving")."""
    if _BROUGHT_NOUN.match(line, mention.end):
        return True
    start = max((b.end() for b in _SENTENCE_BREAK.finditer(line, 0, mention.start)), default=0)
    before = line[start : mention.start]
    for other in mentions:
        if start <= other.start and other.end <= mention.start:
            a, b = other.start - start, other.end - start
            before = before[:a] + " " * (b - a) + before[b:]
    words = _BROUGHT_WORD.findall(before)
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lower()
        if word == "to":
            return i > 0 and words[i - 1].lower() in _ABLE_TO
        if word == "for" and i > 0 and words[i - 1].lower() in _LOOKING:
            return True
        if word in _WORK_CLAUSE:
            return False
        if word in _BRINGS:
            return True
    return False


def _qualification_item(text: str, offset: int, mentions: list[Mention]) -> bool:
    """Whether a list item's ``text`` (at ``offset`` in its line) reads as a qualification (see
    _QUALIFICATION_ITEM): a duty opens with a verb ("Process invoices in QuickBooks"), a perk names
    no skill."""
    if _QUALIFICATION_ITEM.match(text):
        return True
    at = offset
    for m in mentions:
        if m.start < at or not _QUALIFICATION_NOUNS.fullmatch(text, at - offset, m.start - offset):
            return False
        at = m.end
    return bool(mentions) and _QUALIFICATION_NOUNS.fullmatch(text, at - offset) is not None


def _parse_line(line: str, number: int, section: Section, vocab: Vocabulary, has_headings: bool) -> _LineResult:
    # a personal quality ("self-driven", "integrity") is no requirement a resume can show
    mentions = [m for m in extract_line(line, number, vocab) if m.skill.category != TRAIT]
    if (
        not mentions
        and not _may_name_years(line)
        and not _DEGREE_WORDS.may_match(line)
        and not _MONTHS.may_match(line)  # ("Minimum 12 months' experience")
        and "eason" not in line  # ("2+ tax seasons of experience": see _SEASONS)
    ):
        # what a line asks for is its skills, years and degrees (the rest only sorts them): a line
        # with none of them asks for nothing, and needs none of the costly patterns of _read_line
        return _NOTHING
    return _read_line(line, number, section, vocab, has_headings, mentions)


# A person's title next to the person's name: a recruiter's signature, "<NAME> <NAME> Talent
# Acquisition Professional", "Jane Doe, Talent Acquisition Partner", "chat with our IT Talent
# Acquisition Specialist <NAME> <NAME>": the skill names the person's work, not the job's
_TITLE_WORDS = (
    "Professional", "Specialist", "Partner", "Manager", "Lead", "Recruiter", "Coordinator", "Advisor", "Consultant",
    "Officer", "Director",
)
_PERSON_TITLE = _Guarded(re.compile(rf"\s+(?:{'|'.join(_TITLE_WORDS)})\b"), (), _TITLE_WORDS)
_NAME_BEFORE = re.compile(
    r"(?:<NAME>|(?:^\s*(?:[-*+\u2022]\s+)?|\b[Cc]ontact\s+)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}\s*[,|\u2013\u2014-])"
    r"\s*(?:(?:IT|HR|Senior|Global|Lead)\s+)?$"
)
_NAME_AFTER = re.compile(r"\s*,?\s*(?:<NAME>|[A-Z][a-z'-]+\s+[A-Z][a-z'-]+\s*(?:$|[(,<|]))")


_CONTACT = re.compile(r"\b(?:contact|questions\?|reach out|e-?mail|recruiter|chat with)\b", re.I)


def _without_person_titles(line: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without those in a person's title beside the person's name (see _PERSON_TITLE)."""
    kept: list[Mention] = []
    i = 0
    while i < len(mentions):
        j = _run_end(line, mentions, i)
        title = _PERSON_TITLE.pattern.match(line, mentions[j].end)
        if title is not None and (
            _NAME_BEFORE.search(line, max(0, mentions[i].start - 60), mentions[i].start)
            or _NAME_AFTER.match(line, title.end())
        ):
            i = j + 1
            while i < len(mentions) and mentions[i].start < title.end():
                i += 1  # ("Lead" of "Talent Acquisition Lead" is no leadership either)
            continue
        kept.extend(mentions[i : j + 1])
        i = j + 1
    return kept


# The colleagues or departments the job works with, not skills asked: "in close cooperation with
# product management and technical sales", "collaborate with data engineering and analytics
# teams", "across diverse groups including stakeholders engineers business analysts" (a tool
# after these words stays: "collaborate with Git" is no colleague)
_COLLEAGUES = _Guarded(
    re.compile(
        r"\b(?:(?:close\s+)?(?:co-?operation|collaboration|partnership)\s+with"
        r"|(?:collaborat(?:e|es|ing)|liais(?:e|es|ing)|partner(?:s|ing)?|work(?:s|ing)?\s+(?:closely\s+)?together)"
        r"\s+(?:closely\s+)?with"
        r"|work(?:s|ing)?\s+closely\s+(?:together\s+)?with)\b",
        re.I,
    ),
    ("operation", "ollaborat", "liais", "partner", "together", "closely"),
    ("stakeholders",),
)
_COLLEAGUE_WORDS = r"(?:(?:the|our|your|other|internal|external|technical|various|key|all|cross-functional)\s+)*"
_COLLEAGUE_LEAD = re.compile(rf"\s*{_COLLEAGUE_WORDS}", re.I)
_COLLEAGUE_JOIN = re.compile(  # (with an item the vocabulary does not know: "product management, design and marketing")
    rf"\s*(?:(?:,|/|&|\band\b|\bor\b)\s*)*(?:[\w-]+\s*(?:,|/|&|\band\b)\s*){{0,2}}{_COLLEAGUE_WORDS}", re.I
)
_PEOPLE_NEXT = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:engineers|developers|analysts|scientists|designers|managers|"
    r"architects|teams|customers|clients|partners|users)\b",
    re.I,
)


# "As part of Oracle's employment process", "Oracle's internal businesses": the company, not its
# product ("knowledge of Python's internals", "Salesforce's APIs" ask for the skill)
_THE_COMPANYS = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+)?(?:employment|hiring|recruitment|recruiting|internal|mission|culture|values|"
    r"customers|clients|employees|workforce|offices?|headquarters|growth|success|benefits|polic(?:y|ies)|"
    r"commitment|vision|history|businesses|subsidiar(?:y|ies)|acquisition)\b",
    re.I,
)


# A perk, not a skill asked: "join our free german language courses", "free mental health support",
# "access to mental health support"; a country's own system: "translation of grades to the Danish
# grading system"
_LANGUAGE_COURSES = re.compile(r"(?:\s+language)?\s+(?:courses?|lessons?|classes|tuition|tutoring)\b", re.I)
_PERK_BEFORE = re.compile(r"\b(?:free|subsidi[sz]ed|access\s+to)\s+(?:[\w-]+\s+)?$", re.I)
_COUNTRYS = re.compile(r"\bthe\s+[A-Z][a-z]+(?:ish|ian|an|ese|ch|ic)\s+$")
_PERKS = _Guard(  # ("system": _COUNTRYS is asked of a mention written "... system" only)
    (_LANGUAGE_COURSES, _PERK_BEFORE),
    ("course", "lesson", "class", "tuition", "tutoring", "free", "subsidi", "access", "system"),
    (),
)
_PERK_CATEGORIES = frozenset({"domain", "spoken_language"})


def _a_perk_or_a_countrys(line: str, m: Mention) -> bool:
    """Whether a mention names a perk or a country's system (see _PERKS)."""
    if m.skill.category == "spoken_language" and _LANGUAGE_COURSES.match(line, m.end):
        return True
    if m.skill.category in _PERK_CATEGORIES and _PERK_BEFORE.search(line, max(0, m.start - 40), m.start):
        return True
    return m.surface.lower().endswith(("system", "systems")) and bool(
        _COUNTRYS.search(line, max(0, m.start - 30), m.start)
    )


def _companys(line: str, m: Mention) -> bool:
    """Whether a mention is the company's name before what the company has (see _THE_COMPANYS)."""
    end = m.end - 2 if m.surface.endswith(("'s", "\u2019s")) else m.end  # (the extractor may read "Oracle's")
    return _THE_COMPANYS.match(line, end) is not None


# the name of a discipline or function, which people and departments practise ("product
# management", "data engineering", "analytics", "technical sales", "UX design"), not a tool
_DISCIPLINE = re.compile(
    r"(?:ment|ing|ics|ance|ence|ogy|analysis|science|sales|design|operations|support|research|development)$", re.I
)


# An industry after "our" is the employer's business, not one the applicant is asked to know: "the way
# we combine our eCommerce platforms", "our retail stores", "our growing payments business"
_OUR_BEFORE = re.compile(r"\b(?:our|Our|OUR)\s+(?:[\w-]+\s+)?$")
_OUR_REACH = 40  # "our" and a word before the name


def _employers_own(line: str, m: Mention) -> bool:
    return m.skill.category == "domain" and _OUR_BEFORE.search(line, max(0, m.start - _OUR_REACH), m.start) is not None


def _without_colleagues(line: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the colleagues and departments the job works with (see _COLLEAGUES)."""
    dropped: set[int] = set()
    for lead in _COLLEAGUES.pattern.finditer(line):
        at = lead.end()
        gap = _COLLEAGUE_LEAD
        for k, m in enumerate(mentions):
            if m.start < at:
                continue
            if not _DISCIPLINE.search(m.skill.name) or not gap.fullmatch(line, at, m.start):
                break  # a tool after the lead is worked with, not a colleague: "collaborate with Kafka"
            dropped.add(k)
            at, gap = m.end, _COLLEAGUE_JOIN
    for k, m in enumerate(mentions):
        # "stakeholders" among the people ("stakeholders engineers business analysts and teams")
        if m.surface.lower() == "stakeholders" and _PEOPLE_NEXT.match(line, m.end):
            dropped.add(k)
    return [m for k, m in enumerate(mentions) if k not in dropped] if dropped else mentions


# a label of the job's own length, not of the experience asked: "Appointment: 2 years, renewable", "Contract
# length: 12 months", "Term: 3 years" ("Experience: 2 years" asks)
_TERM_LABEL = re.compile(
    r"(?:(?:initial|contract|fixed|appointment|assignment|project|posting)[\s-]+)?"
    r"(?:appointment|contract|term|duration|length|period|tenure|assignment)(?:\s+(?:length|duration|period|type))?",
    re.I,
)


# a check of the hire, not a skill: "Subject to background/security investigation.", "Must pass a security
# check", "Successful completion of a security background investigation" (the security clearance is a
# credential of its own; "Experience in aviation security screening" is the work, passed by no one)
_VETTED = re.compile(
    r"\b(?:subject\s+to|pass(?:es|ed|ing)?|undergo(?:es|ing)?|complet(?:e|ion)|satisfactory|favou?rable|"
    r"successful(?:ly)?)\b",
    re.I,
)
_VETTING = re.compile(r"(?:\s+background)?\s+(?:investigations?|vetting|screenings?|checks?)\b", re.I)
_VETTED_WORDS = frozenset({"security", "background", "credit"})  # (not "Complete daily safety checks")


def _a_check_of_the_hire(line: str, m: Mention) -> bool:
    return line[m.start : m.end].lower() in _VETTED_WORDS and _VETTING.match(line, m.end) is not None


_DEGREE_OPENING = re.compile(r"(?:(?:an?|the|earned|completed)\s+)?", re.I)
_DEGREE_OF = re.compile(r"\W*(?:degree\s+)?(?:in|of|from|or|and)\b|\s*[,/(]", re.I)  # not "PhD holders in our ..."


def _opens_with_degree(text: str) -> bool:
    """Whether a text opens with a degree and its field ("PhD in ...", "A Master's degree in ..."), as a
    qualification's line does."""
    lead = _DEGREE_OPENING.match(text)
    at = lead.end() if lead is not None else 0
    for _level, pattern in _DEGREE_PATTERNS:
        found = pattern.search(text, at, at + 40)
        if found is not None and found.start() == at and _DEGREE_OF.match(text, found.end()):
            return True
    return False


def _asks_in_prose(text: str) -> bool:
    """Whether a sentence among the requirements asks (see _REQUIREMENT_CUE): its years are the candidate's ("one year
    of experience" too: USAJOBS's "Specialized experience: one year of experience reconciling accounts and preparing
    financial statements using Microsoft Excel."), not the company's ("For over 20 years our clients have trusted
    the team to deliver reliable reporting in Microsoft Excel.")."""
    if _asked_years(text)[0] is not None:
        return True
    cue = _REQUIREMENT_CUE.search(text)
    if cue is not None and cue.group(1).lower() == "years":
        cue = _REQUIREMENT_CUE.search(_YEARS.sub("", text))  # another word may be a cue
    return cue is not None


def _read_line(
    line: str, number: int, section: Section, vocab: Vocabulary, has_headings: bool, mentions: list[Mention]
) -> _LineResult:
    """What a line asks for, given its skill mentions (not personal qualities)."""
    # the names that are no skill asked here: a person's title, colleagues, the company, a perk
    # (among the requirements, a person's title only in a signature, and a perk only in a line that
    # does not ask: "5+ years as a Salesforce Consultant, Business Analyst" and "Experience managing
    # user access to LDAP directories" ask)
    asks = section.kind in (REQUIRED, PREFERRED)
    if (
        mentions
        and _PERSON_TITLE.may_match(line)
        and (not asks or "<NAME>" in line or len(line.split()) <= 6 or _CONTACT.search(line))
    ):
        mentions = _without_person_titles(line, mentions)
    if mentions and _COLLEAGUES.may_match(line):
        mentions = _without_colleagues(line, mentions)
    if mentions and ("'s " in line or "\u2019s " in line):
        mentions = [m for m in mentions if not _companys(line, m)]
    if mentions and ("our " in line or "Our " in line or "OUR " in line):
        mentions = [m for m in mentions if not _employers_own(line, m)]
    if mentions and _VETTED.search(line):
        mentions = [m for m in mentions if not _a_check_of_the_hire(line, m)]
    if (
        mentions
        and _PERKS.may_match(line)
        and not (asks and (_REQUIREMENT_CUE.search(line) or _ASKING_WORD.search(line)))
    ):
        mentions = [m for m in mentions if not _a_perk_or_a_countrys(line, m)]
    requirements: list[Requirement] = []  # what the line asks for: see _result
    # each (tier, set of names) once: a set, not a scan of the requirements for each (a long one-paragraph
    # line asks thousands)
    asked_already: set[tuple[Tier, frozenset[str]]] = set()
    overall_years: list[int] = []
    degrees: dict[Tier, set[str]] = {}
    fields: list[str] = []
    tier = _section_tier(section.kind)
    text = _BULLET.sub("", line, count=1).strip()
    offset = len(line) - len(line.lstrip()) + (len(line.strip()) - len(text))
    hired = False  # whether hiring phrasing sets the tier (see _hiring)
    if tier is None:  # no heading, or one the lexicon does not know: sentence cues decide
        # (a preferred mark speaks for its own scope: "Python or Go are ideal A deep
        # understanding of ..." asks for the understanding; see _mark_scopes)
        cue = _REQUIREMENT_CUE.search(_POSTFIX_MARK.sub("", text))
        if cue is not None and cue.group(1).lower() == "years" and _asked_years(text)[0] is None:
            # "Over the next ten years the global market for online wine sales ...": the years
            # are the market's, no cue; another word of the text may be one
            cue = _REQUIREMENT_CUE.search(_YEARS.sub("", _POSTFIX_MARK.sub("", text)))
        mark = _PREFERRED_MARK.search(text)
        if mark and not (cue and (_POSTFIX_MARK.search(text) or _hedged_after(text, mark, cue.start()))):
            rest = _unmarked_rest(text)
            if rest is not None:
                # "You need TypeScript and React. Bonus if you know Prisma.", "Experience with AWS (EKS
                # preferred)": each mark speaks for its own sentence or parenthesis (see _marked_tier),
                # the rest of the line's words decide its tier
                mark, cue = None, _REQUIREMENT_CUE.search(rest)
        if mark and not (cue and (_POSTFIX_MARK.search(text) or _hedged_after(text, mark, cue.start()))):
            tier = Tier.PREFERRED
        elif cue or has_headings and _BULLET.match(line):
            tier = Tier.REQUIRED
        elif (hired := _hiring(text, offset, mentions)) or (
            not has_headings and mentions and _BULLET.match(line) and _qualification_item(text, offset, mentions)
        ):
            # no heading sorts the line: hiring phrasing asks ("Need someone with Excel"), in the
            # introduction before the headings too, and so does a list item that names a
            # qualification in a posting without headings ("Current First Aid and CPR certificates")
            tier = Tier.REQUIRED
            if hired:  # (a soft skill as what the person brings, not in a clause about the work: _brought)
                sought = _without_sought_job(text, offset, mentions)
                mentions = [m for m in sought if not m.skill.soft or _brought(line, m, mentions)]
        else:
            tier = Tier.CONTEXT
    elif (
        tier is not Tier.CONTEXT
        and not _BULLET.match(line)
        and len(text.split()) > 12
        and not (_asks_in_prose(text) or _PREFERRED_MARK.search(text))
        # (a line opening with a degree is the qualification: "Ph.D. in Computer Science, Computer Engineering,
        # or a closely related field by the start date." right under "Minimum Qualifications")
        and not _opens_with_degree(text)
    ):
        tier = Tier.CONTEXT  # a prose sentence that asks for nothing ("A thoughtful engineer who...")
    if _STACK_STATEMENT.match(text):
        tier = Tier.CONTEXT  # "We use PostgreSQL and DynamoDB." among the requirements names the stack
    elif tier is Tier.CONTEXT and _CANDIDATE_SENTENCE.search(text):
        tier = Tier.REQUIRED  # "We're looking for a person who ... embraces team work" in a job description
    elif (
        tier is Tier.CONTEXT
        and section.kind == CONTEXT
        and _INTRODUCTION_HEADING.search(section.heading or "")
        and _one_sentence(text)
        and _hiring(text, offset, mentions)
    ):
        # "We are looking for a QA engineer who knows Selenium" under "About the role" asks; "Our stack includes
        # Selenium" names the stack (_STACK_STATEMENT). Not among the duties: a recruiter's "Verify that
        # candidates have current BLS certification" under "Responsibilities" asks the recruiter for no BLS
        tier = Tier.REQUIRED
        sought = _without_sought_job(text, offset, mentions)
        mentions = [m for m in sought if not m.skill.soft or _brought(line, m, mentions)]
    if mentions and _about_the_employer(text, section, [m for m in mentions if m.start >= offset], offset):
        return _NOTHING  # the company's skills, not the job's: see _about_the_employer
    if mentions and _EMPLOYER_STATEMENT.search(text) and not (
        _REQUIREMENT_CUE.search(text) or _ASKING_WORD.search(text)
    ):
        # "Summit Freight is an Equal Opportunity Employer.": see _EMPLOYER_STATEMENT (not "Working
        # knowledge of FLSA, FMLA and equal opportunity employer obligations")
        return _NOTHING
    if mentions and tier is not Tier.CONTEXT and (
        _EMPLOYER_SUBJECT.match(text) or _named_employer(text, mentions, offset)
    ):
        # "We are a fast-growing SaaS company looking for a Data Engineer with 4+ years of Python",
        # "Acme is a SaaS company seeking ...": what the company is, before the words that hire, asks
        # nothing (its stack may: "We are a Python shop looking for ...")
        hires = _COMPANY_HIRES.search(text)
        if hires is not None:
            mentions = [
                m for m in mentions if m.start >= offset + hires.start() or not _COMPANY_KIND.match(line, m.end)
            ]
    if (
        mentions
        and tier is Tier.CONTEXT  # (a requirement names a place rarely: "Experience in a Finance department")
        and (_UNIT_OF.may_match(text) or _UNIT_PART.may_match(text) or _UNIT_NOUN.may_match(text))
    ):
        mentions = _without_unit_names(line, mentions)
    if (
        mentions
        # (a requirement may be about courses: "Deliver training courses on Salesforce")
        and (tier is Tier.CONTEXT or section.kind not in (REQUIRED, PREFERRED))
        and _OFFERED.search(text)
        and not (_REQUIREMENT_CUE.search(text) or _ASKING_WORD.search(text))
    ):
        return _NOTHING  # a perk or how the work is judged, not a skill asked: see _OFFERED
    if mentions and tier is Tier.CONTEXT and _TEAM_OF.search(text) and not _STACK_WORDS.search(text):
        return _NOTHING  # "You'll join ... a team of technologists dedicated to ... analytics ... testing"
    if mentions and tier is Tier.CONTEXT and _names_a_job(text, section):
        return _NOTHING  # "Role: DevOps", "QA/Test Developer": a job title, not skills

    # "Label: rest" - a label is not a requirement; a label that is a tier mark sets the tier
    label = _LABEL.match(text)
    body_start = offset
    # the job's own length: "Appointment: 2 years, renewable" (a postdoc), "Contract length: 12 months",
    # "Term: 3 years" ask no years of experience
    term = label is not None and _TERM_LABEL.fullmatch(label.group("label")) is not None
    label_years: int | None = None  # the years of a skill label ("Python: 3 years (Required)")
    if label and _skill_label(line, mentions, offset + label.end("label"), offset + label.end()):
        # "Python: 3 years (Required)" (Indeed's Experience block), "Terraform: working knowledge":
        # the label is the skill asked for, the rest its years or level
        label_years = find_years(text[label.end() :])
    elif label and _explained_skill(text, label, mentions, offset):
        pass  # "Strong analytical skills: you're comfortable with SQL ...": the label is asked, and the rest
    elif label and len(label.group("label").split()) <= 4:
        if _EMPLOYER_LABEL.fullmatch(label.group("label")):
            return _NOTHING  # "Company: Northwind Logistics" names the employer, not a skill
        label_kind = classify_heading(label.group("label"))
        if _is_experience_label(line) and not any(m.start >= offset + label.end() for m in mentions):
            return _result([], _label_years(line), {}, [])  # "Experience: 5+ years"
        # (an experience label's value that names skills is read as any line: USAJOBS' "Experience: Experience
        # managing budgets in SAP ...", "Experience: 3 years of Python")
        if label_kind == PREFERRED:
            tier = Tier.PREFERRED  # (and "Secondary Skill: Angular": see classify_heading)
        elif (
            tier is not Tier.REQUIRED
            and label_kind == REQUIRED
            and (_REQUIRED_LABEL.search(label.group("label")) or _SKILL_RANK_LABEL.fullmatch(label.group("label")))
        ):
            # a label that says so asks its item wherever it stands: "Mandatory skills: Java, Spring Boot, SQL" and
            # "Primary Skill: Java" after a staffing firm's "Good to have:" list
            tier = Tier.REQUIRED
        body_start = offset + label.end()
    mentions = [m for m in mentions if m.start >= body_start]

    clauses = _clauses(line, body_start)
    listing = _ONE_OF_FOLLOWING.search(line, body_start)
    if listing:  # "some of the following: A B; C D; E": one list to the end of the line
        first = next(i for i, (_a, b) in enumerate(clauses) if b >= listing.end()) if clauses else 0
        clauses = clauses[:first] + ([(clauses[first][0], clauses[-1][1])] if clauses[first:] else [])
    # the mentions of each clause: a slice found by bisection when they are in order, as the
    # extractor gives them (a long one-paragraph line has thousands of clauses and mentions)
    starts = [m.start for m in mentions]
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    for index, (clause_start, clause_end) in enumerate(clauses):
        clause = line[clause_start:clause_end]
        if ordered:
            in_clause = mentions[bisect_left(starts, clause_start) : bisect_left(starts, clause_end)]
        else:
            in_clause = [m for m in mentions if clause_start <= m.start < clause_end]
        # the source a requirement shows: its sentence, not the whole paragraph of a one-paragraph
        # posting repeated for each requirement (the line's own text when it is one sentence)
        source = text if len(clauses) == 1 else _clause_text(line, offset if index == 0 else clause_start, clause_end)
        if len(clauses) > 1 and in_clause:
            begin = offset if index == 0 else clause_start
            raw = line[begin:clause_end]
            begin += len(raw) - len(raw.lstrip(" ;"))  # (where the source starts)
            if _about_the_employer(source, section, in_clause, begin):
                continue  # a sentence about the company among those about the job (see _about_the_employer)
        negation = _NEGATION.search(clause) if in_clause else None
        if negation:
            # a negation reaches to a contrast that names skills of its own, not past it: "You
            # don't have to know Kotlin, but Java is required" asks for Java ("Kubernetes not
            # required but appreciated": the contrast speaks of Kubernetes, which is preferred)
            contrast = _CONTRAST.search(clause, negation.end())
            if contrast and not any(m.start >= clause_start + contrast.end() for m in in_clause):
                contrast = None
            # nor back past a contrast before it: "Java is required, but Kotlin is not required"
            before = max(_CONTRAST.finditer(clause, 0, negation.start()), key=lambda c: c.start(), default=None)
            if before is not None and any(m.start < clause_start + before.start() for m in in_clause):
                in_clause = [m for m in in_clause if m.start < clause_start + before.start()]
            else:
                negated = clause[: contrast.start()] if contrast else clause
                if not _PREFERRED_MARK.search(negated):
                    if not contrast:
                        continue
                    in_clause = [m for m in in_clause if m.start >= clause_start + contrast.end()]
        asked = False  # whether a scope before in the clause is required
        for sub_start, sub_end in _mark_scopes(line, clause_start, clause_end, tier is not Tier.CONTEXT):
            sub = line[sub_start:sub_end]
            sub_mentions = [m for m in in_clause if sub_start <= m.start < sub_end]
            sub_tier = _marked_tier(line, sub_start, sub_end, sub_mentions, tier)
            degree_tier = sub_tier
            if sub_mentions and sub_tier is not Tier.CONTEXT and _learned_after_hire(sub, sub_start, sub_mentions):
                sub_tier = Tier.CONTEXT  # "Become proficient in Epic within 90 days of hire": taught on the job
                degree_tier = sub_tier
            elif sub_mentions and sub_tier is not Tier.CONTEXT and _studied_towards(sub, sub_start, sub_mentions):
                # "Working towards Chartered status (ACCA or CIMA)": not held; a degree named before is still asked
                # ("MSW required and working toward LCSW licensure": a master's)
                sub_tier = Tier.CONTEXT
            # "... a relevant Master's degree and have preferably 3 years' experience": years a hedge
            # softens after a requirement are still the posting's minimum
            years_tier = Tier.REQUIRED if asked and _PREFIX_HEDGE.search(sub) else sub_tier
            asked = asked or sub_tier is Tier.REQUIRED
            figures, general_figures = _year_figures(sub) if not term else ([], [])
            years = _main_years(sub, [(v, a) for v, a, _b in figures])
            general_years = _main_years(sub, general_figures)
            if years is None:
                years = label_years
            if sub_tier is Tier.CONTEXT:
                sub_mentions = [
                    m for m in sub_mentions if not (_ROLE_NOUN.match(line, m.end) or _names_people(m, plural=False))
                ]
                if sub_mentions and _TITLE_HEAD.may_match(sub):
                    sub_mentions = _without_titles(line, sub_start, sub_end, sub_mentions)
            else:
                sub_mentions = [m for m in sub_mentions if not _names_people(m, plural=True)]
                if sub_mentions and _ROLE_SETTING.may_match(sub):
                    sub_mentions = _without_role_settings(line, sub_start, sub_end, sub_mentions)
                if sub_mentions and _may_name_a_job_or_team(sub):
                    sub_mentions = _without_jobs_and_teams(line, sub_mentions)
            levels = find_degrees(sub) if degree_tier is not Tier.CONTEXT else set()
            if levels and _NO_DEGREE.search(sub) and not _PREFERRED_MARK.search(sub):
                levels = set()  # "No degree required", "A degree is not required"
            if levels:
                if not _degree_in_progress(sub):  # (a student's degree asked: see _DEGREE_IN_PROGRESS)
                    degrees.setdefault(degree_tier, set()).update(levels)
                found_field = degree_field(sub)
                if found_field:
                    fields.append(found_field)
                # the degree names a field of study, not skills; the rest of the scope is read as
                # usual ("BS in Statistics, and 3+ years with Python or R")
                sub_mentions = _outside_degrees(line, sub_start, sub_end, sub_mentions)
                if not sub_mentions:
                    if years is not None:  # "Master degree (with 2+ years of work experience)", or
                        overall_years.append(years)  # "... degree and preferably 3 years' experience"
                    continue
            units = _units(line, sub_start, sub_end, _drop_purpose(line, sub_start, sub_mentions), vocab)
            if len(units) > 1 and _AFTER_HIRE.may_match(sub):
                units = _later_or_held(line, units)
            following = _ONE_OF_FOLLOWING.search(line, sub_start, sub_end)
            if following:  # "Experience with some of the following: Python Qt CMake git; ..."
                listed = [u for u in units if u.start >= following.end()]
                if len(listed) > 1:
                    merged = _Unit(
                        _dedupe([n for u in listed for n in u.names]), all(u.soft for u in listed),
                        listed[0].start, listed[-1].end, False,
                    )
                    units = [u for u in units if u.start < following.end()] + [merged]
            own_figures = _own_figures(line, sub_start, sub_end, units) if not term else []
            if own_figures and not set(own_figures) <= set(figures):
                # "Java (5 years), Spring (3 years)": a figure right after a skill asks its years, though no word
                # after it says so ("(5 years)" alone may be anything: "founded 5 years ago")
                figures = sorted(set(figures) | set(own_figures), key=lambda figure: figure[1])
                if years is None or years == label_years:
                    years = _main_years(sub, [(v, a) for v, a, _b in figures])
            if years is not None and _FIELD_YEARS.search(sub) and len(units) == 1 and _is_field(units[0]):
                units = []  # "4+ years of backend development experience": years of a field, no skill
            if years is not None and years_tier is Tier.REQUIRED and not units:
                overall_years.append(years)
            elif general_years is not None and sub_tier is Tier.REQUIRED:
                overall_years.append(general_years)  # "8 years in software engineering on Java Spring"
            unit_years = [years] * len(units)  # (a figure's years go to the skills after it: _years_of_units)
            if years is not None and units and figures:
                unit_years = _years_of_units(line, sub_start, figures, units, years)
                unit_years = _head_noun_years(line, units, unit_years, vocab)
                if years_tier is Tier.REQUIRED and years not in unit_years:
                    # no skill's years: "BLS certification and 2 years of experience", "10 years of
                    # experience in IT, with 3 years of Java development experience" (Java: 3)
                    overall_years.append(years)
            towards = _STUDYING_TOWARDS.search(sub) if sub_tier is not Tier.CONTEXT else None
            accepted_from = _accepted_from(sub, sub_start) if sub_tier is Tier.REQUIRED else None
            for i, unit in enumerate(units):
                unit_tier = tier if unit.floor else unit.tier or sub_tier
                if (
                    towards is not None
                    and _towards_object(line, sub_start + towards.end(), unit.start)
                    and _in_categories(unit.names, vocab, _CERTIFICATES, every=True)
                ):
                    unit_tier = Tier.CONTEXT  # "Proficient in Excel and working towards ACCA": Excel only asked
                if unit_tier is Tier.CONTEXT and unit.soft:
                    continue
                requirement = Requirement(
                    tier=unit_tier,
                    any_of=tuple(unit.names),
                    soft=unit.soft,
                    text=source,
                    line=number,
                    section=section.heading,
                    min_years=unit_years[i] if unit_tier is not Tier.CONTEXT else None,
                )
                if (
                    accepted_from is not None
                    and unit_tier is Tier.REQUIRED
                    and unit.start >= accepted_from
                    and not (unit.soft or unit.floor)  # (a bracket's floor is asked: see _FLOOR)
                ):
                    host = _accepting(requirements, vocab)
                    if host is not None:
                        # "CPA or EA required; AFSP record of completion acceptable": one more way to meet it
                        requirements[host] = _with_alternatives(requirements[host], unit.names)
                        continue
                    if (
                        requirements
                        or _in_categories(unit.names, vocab, _CERTIFICATES, every=True)
                        or _STATED_ALTERNATIVE.search(sub)
                    ):
                        # ("AFSP record of completion acceptable", "Kotlin also acceptable" alone: the line before
                        # may be its host, see parse_posting; after "Excel and PowerPoint required", one of several
                        # asked together, no host to tell; an alternative accepted is no skill demanded)
                        requirement = replace(requirement, tier=Tier.PREFERRED)
                if (requirement.tier, frozenset(requirement.any_of)) not in asked_already:
                    asked_already.add((requirement.tier, frozenset(requirement.any_of)))
                    requirements.append(requirement)
    return _result(requirements, overall_years, degrees, fields)


# an alternative stated as acceptable, after what it may replace: "AFSP record of completion acceptable", "EA
# also acceptable", "an AAS in Networking will also be considered" (at the end of its scope: not "maintain an
# acceptable level of accuracy")
_ACCEPTED = re.compile(
    r"(?:\b(?:is|are)\s+)?(?:\balso\s+)?\b(?:acceptable|(?:will|may|can)\s+(?:also\s+)?be\s+(?:considered|accepted)"
    r"|also\s+accepted)\s*(?:[.;,)!]\s*)?$",  # (one run of spaces at a time: "acceptable" and 8,000 spaces took 1 s)
    re.I,
)


def _accepted_from(sub: str, sub_start: int) -> int | None:
    """Where the alternatives a scope states as acceptable (_ACCEPTED) start in its line, None when it states none:
    after a required mark, whose skills are asked ("Java required, Kotlin also acceptable")."""
    found = _ACCEPTED.search(sub)
    if found is None or sub.rfind("(", 0, found.start()) > sub.rfind(")", 0, found.start()):
        return None  # (a bracket's own: "CCNP required (CCNA at minimum with CCNP in progress will be considered)")
    return sub_start + max((m.end() for m in _REQUIRED_MARK.finditer(sub)), default=0)


def _accepted_alone(requirement: Requirement) -> bool:
    """A credential stated as acceptable with no requirement before it on its line (see _read_line)."""
    if requirement.tier is not Tier.PREFERRED or requirement.soft:
        return False
    return _states_acceptable(requirement.text)


@lru_cache(maxsize=1 << 12)  # (asked of the preferred requirements of every posting: 28,500 times, 268 texts)
def _states_acceptable(text: str) -> bool:
    return _ACCEPTED.search(text) is not None


# (what says an alternative, not a bare "Excel skills acceptable")
_STATED_ALTERNATIVE = re.compile(r"\b(?:also|be\s+(?:considered|accepted))\b", re.I)


def _accepting(requirements: list[Requirement], vocab: Vocabulary) -> int | None:
    """The requirement an alternative stated as acceptable (_ACCEPTED) is one more way to meet: the last one asked
    before it, not a personal quality; an or-list ("CPA or EA required; AFSP record of completion acceptable"), a
    credential ("CPA required; EA also acceptable") or its line's only requirement ("Java required, Kotlin also
    acceptable"), not one of several asked together ("Excel and PowerPoint required; Tableau experience will also be
    considered": which one would Tableau replace?)."""
    last = len(requirements) - 1
    if last < 0 or requirements[last].tier is not Tier.REQUIRED or requirements[last].soft:
        return None
    host = requirements[last]
    if len(host.any_of) > 1 or _in_categories(list(host.any_of), vocab, _CERTIFICATES, every=True):
        return last
    together = [r for r in requirements if r.line == host.line and r.tier is Tier.REQUIRED and not r.soft]
    return last if len(together) == 1 else None


def _with_alternatives(requirement: Requirement, names: list[str] | tuple[str, ...]) -> Requirement:
    return replace(requirement, any_of=tuple(_dedupe([*requirement.any_of, *names])))


# what the new hire obtains or learns after starting: "Forklift certification within 90 days of hire",
# "must obtain a CDL within 6 months of employment", "proficient in Epic within 90 days of hire"
_AFTER_HIRE = _Guarded(
    re.compile(
        r"\bwithin\s+(?:the\s+first\s+)?(?:\d{1,3}|[a-z]+|\(\d{1,3}\))(?:\s+\(\d{1,3}\))?\s+(?:days?|weeks?|months?|years?)"
        r"\s+(?:of|after|from)\s+(?:your\s+|the\s+)?(?:hire|hiring|employment|start(?:ing)?(?:\s+date)?|joining)\b"
        r"|\b(?:after|upon|once)\s+(?:hire|hired|hiring|joining)\b",
        re.I,
    ),
    ("hire", "hiring", "employment", "start", "joining"),
)


# the hire's later chance as the alternative of holding it: "Forklift certification, or the ability to be
# certified within 30 days of hire", "CDL Class A, or able to obtain one within 60 days of hire"
_OR_LATER = re.compile(
    r"\bor\s+(?:(?:the|an?|be|must\s+be|have\s+the)\s+)*(?:ability|able|willing(?:ness)?|eligib(?:le|ility)|capable)"
    r"\s+(?:to|of)\b",
    re.I,
)


# a credential named in a scope: "Forklift certification", "a CDL license", "TWIC card"
_CREDENTIAL_WORD = re.compile(
    r"\b(?:certif\w*|licen[cs]\w*|permits?|cards?|clearances?|registered|registration)\b", re.I
)


# the credential word right after a mention, one word between at most ("Forklift certification", "Epic
# certification", "CDL Class A license"), or right before it ("certified in Epic", "licensed as a CNA"); not
# one of another thing in the line: in "Registered nurses must become proficient in Epic within 90 days of
# hire" Epic is learned, in "Learn our Kronos timekeeping and badge card system" Kronos is
_CREDENTIAL_AFTER = re.compile(rf"[\s-]*(?:[\w+/-]+\s+)?{_CREDENTIAL_WORD.pattern}", re.I)
_CREDENTIAL_BEFORE = re.compile(
    rf"{_CREDENTIAL_WORD.pattern}\s+(?:(?:in|on|as|for|to\s+use)\s+)?(?:an?\s+|the\s+)?$", re.I
)


# the people who learn it, the subject, hold no credential asked: "Registered nurses must become proficient in
# Epic", "RNs will learn Epic" (a plural in lower case: "ACLS must be obtained" is the credential)
_LEARNERS = re.compile(r"s\s+(?:must|will|are|should|need\s+to|have\s+to)\b")


def _learners(sub: str, sub_start: int, m: Mention) -> bool:
    return _names_people(m, plural=True) or _LEARNERS.match(sub, m.end - sub_start - 1) is not None


def _is_credential(sub: str, sub_start: int, m: Mention) -> bool:
    """Whether a mention of a scope (at ``sub_start`` in its line) is a credential: a certificate, or named
    with a credential word right beside it (see _CREDENTIAL_AFTER)."""
    start, end = m.start - sub_start, m.end - sub_start
    return (
        m.skill.category in _CERTIFICATES
        or _CREDENTIAL_WORD.search(sub, start, end) is not None
        or _CREDENTIAL_AFTER.match(sub, end) is not None
        or _CREDENTIAL_BEFORE.search(sub[max(0, start - 40) : start]) is not None
    )


def _learned_after_hire(sub: str, sub_start: int, mentions: list[Mention]) -> bool:
    """Whether the skills of a scope (at ``sub_start`` in its line) are learned on the job after the hire,
    not asked (see _AFTER_HIRE): "Become proficient in Epic within 90 days of hire". A credential the
    hire must hold within a period is asked at its tier, as "willing to obtain a CDL" and "Forklift
    certification, or the ability to be certified within 30 days of hire" are: the job needs it held,
    the holder meets it from the first day ("CompTIA A+ (required within 6 months of hire)", "Must
    obtain a CDL within 6 months of employment"). Held now, or learned later as its alternative, is
    asked too."""
    after = _AFTER_HIRE.search(sub)
    if after is None:
        return False
    if any(_is_credential(sub, sub_start, m) for m in mentions if not _learners(sub, sub_start, m)):
        return False
    if (held := _OR_HELD.match(sub, after.end())) is not None and any(
        m.start >= sub_start + held.end() for m in mentions
    ):
        return False  # "TWIC card within 30 days of hire, or hold a valid CDL": the held one now, or the other later
    later = _OR_LATER.search(sub, 0, after.start())
    return later is None or not any(m.start < sub_start + later.start() for m in mentions)


# the credential held now as the alternative of one obtained after the hire: "TWIC card within 30 days of
# hire, or hold a valid CDL", "... or a current CDL"
_OR_HELD = re.compile(
    r"\s*,?\s*or\s+(?:(?:already\s+)?(?:hold|have|possess)s?\s+)?(?:an?\s+|the\s+)?(?:(?:valid|current|active)\s+)?",
    re.I,
)


def _later_or_held(line: str, units: list[_Unit]) -> list[_Unit]:
    """``units`` with a credential obtained after the hire and the one held now as its alternative (see
    _OR_HELD) one any-of group: "TWIC card within 30 days of hire, or hold a valid CDL"."""
    out: list[_Unit] = []
    for unit in units:
        if out and not out[-1].soft and not unit.soft:
            gap = line[out[-1].end : unit.start]
            after = _AFTER_HIRE.match(gap.lstrip(" ,"))
            if after is not None and _OR_HELD.fullmatch(gap.lstrip(" ,")[after.end() :]):
                merged = out[-1]
                out[-1] = _Unit(_dedupe(merged.names + unit.names), False, merged.start, unit.end, False)
                continue
        out.append(unit)
    return out


def _clause_text(line: str, start: int, end: int) -> str:
    """A clause of a line as a requirement's source: with its closing stop ("." "!" "?")."""
    if end < len(line) and line[end] in ".!?":
        end += 1
    return sys.intern(line[start:end].strip(" ;"))


_OWN_YEARS_ITEM = re.compile(
    r"\b(?:and|plus)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+|over\s+|"
    r"more\s+than\s+)?$",
    re.I,
)
_OBJECT_ENDED = re.compile(
    r"\bexp(?:erience)?\b\s*(?:[,;]|\band\b)(?!\s*(?:including|incl|such as|e\.g|especially|ideally|preferably|"
    r"with|in|using|of|on|particularly|specifically)\b)",
    re.I,
)
_COMMA_GAP = re.compile(r"\s*[,;]\s*")
# a figure right after a skill, in brackets or after a dash or colon: "Kubernetes (3+ years)", "Java [min. 5 years
# of experience]", "Python - 5 years, SQL - 3 years" (see _own_figure)
_SKILL_FIGURE_OPEN = re.compile(
    r"\s*(?:(?P<bracket>[(\[])|[:\u2013\u2014-])\s*(?:at\s+least|min(?:imum)?\.?|~|approx\.?)?\s*", re.I
)
# (each space run is one \s* or \s+ with no optional part beside it: adjacent optional runs backtrack cubically on
# "Python - 5 years" and thousands of spaces, a PDF's padding)
_BRACKET_CLOSE = re.compile(
    r"\s*(?:\+\s*)?(?:(?:years?|yrs?\.?)\s*)?(?:of\s+)?(?:exp(?:erience)?\.?\s*)?[)\]]", re.I
)
# (after a dash, the item ends with the figure: not "Python - 5 years building APIs")
_DASHED_FIGURE_END = re.compile(
    r"\s*(?:\+\s*)?(?:(?:(?:of\s+)?exp(?:erience)?\.?|minimum|min\.?|or\s+more)\s*)?(?:[,;.]|\band\b|$)", re.I
)


def _own_figure(line: str, unit_end: int, at: int, stop: int, end: int) -> bool:
    """Whether the figure of years at line[at:stop] stands right after a skill that ends at ``unit_end``, as that
    skill's own: in brackets ("Java (5 years), Spring (3 years)") or after a dash or colon to the end of the item
    ("Python - 5 years, SQL - 3 years"); ``end``: where the scope ends."""
    opener = _SKILL_FIGURE_OPEN.fullmatch(line, unit_end, at)
    if opener is None:
        return False
    close = _BRACKET_CLOSE if opener.group("bracket") else _DASHED_FIGURE_END
    return close.match(line, stop, end) is not None


def _own_figures(line: str, start: int, end: int, units: list[_Unit]) -> list[tuple[float, int, int]]:
    """The figures of years in line[start:end] (value, start, end within it, as _year_figures gives them) that
    stand right after one of ``units`` as its own (_own_figure): "Java (5 years)" asks 5 years of Java though
    a bare "(5 years)" elsewhere asks nothing ("the company (founded 5 years ago)")."""
    sub = line[start:end]
    if not units or not _may_name_years(sub):
        return []
    found: list[tuple[float, int, int]] = []
    for m in _finditer(_YEARS, _YEARS_LOWERED, sub, *_years_scan(sub)):
        value = _years_value(m.group("a"))
        at, stop = m.start() + start, m.end() + start
        if 0 < value <= 30 and any(u.end <= at and _own_figure(line, u.end, at, stop, end) for u in units):
            found.append((value, m.start(), m.end()))
    return found
# "5 years of JavaScript and 3 of React": a figure whose "years" the one before it gives
_MORE_YEARS = re.compile(rf"\s*,?\s*and\s+(?:at\s+least\s+)?(?P<a>{_NUM})\s*\+?\s+(?:more\s+)?(?:of|with|in)\s", re.I)


def _years_of_units(
    line: str, start: int, figures: list[tuple[float, int, int]], units: list[_Unit], years: int | None
) -> list[int | None]:
    """The years each unit of a scope (starting at ``start`` in its line; ``figures``: the years it
    asks, see _year_figures) is asked for: a figure's years go to the skills listed right after it
    ("3+ years of experience in Python or Ruby who is comfortable with PostgreSQL": Python and Ruby,
    not PostgreSQL; "5 years of JavaScript and 3 of React": React 3), the scope's years to the units
    before any figure ("Python (3+ years)", "Python: 3 years")."""
    if not figures:
        return [years] * len(units)
    line_figures = [(at + start, stop + start, int(value)) for value, at, stop in figures]
    found: list[int | None] = []
    previous: _Unit | None = None
    first_at = line_figures[0][0]
    # the skills before the figures: theirs when the figure stands next to them ("Python (3+ years)",
    # "Python: 3 years"), not when it opens an item of its own ("BLS certification and 2 years of
    # experience", "a California RN license and at least 5 years of acute care experience")
    last_before = max((u.end for u in units if u.end <= first_at), default=None)
    own_item = last_before is not None and (
        _OWN_YEARS_ITEM.search(line, last_before, first_at) is not None
        # a comma, then the figure with its own skills: "Python or Go, Kubernetes, Terraform, 4+ years in SRE or
        # DevOps roles" asks the 4 years of SRE or DevOps only ("Java, 5+ years" and "Python (3+ years)" name no
        # other skill after the figure: the years are Java's, Python's)
        or _COMMA_GAP.fullmatch(line, last_before, first_at) is not None
        and any(u.start >= line_figures[0][1] for u in units)
    )
    # (the first figure another skill's own: "Java 11+, Spring Boot (5+ years)" asks no 5 years of Java)
    first_owned = any(_own_figure(line, u.end, first_at, line_figures[0][1], len(line)) for u in units)
    for unit in units:
        own = next(
            (f for f in line_figures if f[0] >= unit.end and _own_figure(line, unit.end, f[0], f[1], len(line))), None
        )
        if own is not None:
            # its own figure right after it: "Java (5 years), Spring (3 years)" asks 3 years of Spring, not 5
            found.append(own[2])
            previous = unit
            continue
        before = [f for f in line_figures if f[1] <= unit.start]
        if not before:
            found.append(None if own_item or first_owned else years)
            previous = unit
            continue
        at, stop, value = before[-1]
        if previous is not None and _own_figure(line, previous.end, at, stop, len(line)):
            # a figure right after a skill is that skill's: "Kubernetes (3+ years), Terraform, Helm" asks no years
            # of Terraform or Helm
            found.append(None)
        elif previous is None or previous.end <= at:
            # the first skill after the figure, unless the figure's own object ended before it ("4 years
            # of commercial electrical experience, can read blueprints")
            found.append(None if _OBJECT_ENDED.search(line, stop, unit.start) else value)
        else:
            gap = line[previous.end : unit.start]
            more = _MORE_YEARS.match(gap)
            if more is not None and 0 < _years_value(more.group("a")) <= 30:
                found.append(int(_years_value(more.group("a"))))
            elif found[-1] is not None and (
                _FILLER.match(gap) is not None or _EXAMPLES.search(gap) or _TOOL_GAP.fullmatch(gap)
            ):
                # (and its examples: "2 years with a public cloud service such as AWS or GCP", "3+ years
                # of the full software development life cycle, including ... code reviews, ... testing";
                # its tools: "3+ years in Android app development using Kotlin")
                found.append(found[-1])  # the list goes on: "5+ years of Python, Django and PostgreSQL"
            else:
                found.append(None)
        previous = unit
    return found


# the head noun of the experience asked, after the skills that only say which kind ("5+ years of full-cycle B2B
# SaaS sales experience": sales experience, of SaaS; "fintech product management experience")
_HEAD_OF_EXPERIENCE = re.compile(r"\s*(?:experience|background|expertise)\b", re.I)
# a field of work ending the phrase, the noun "experience" left out: "5+ years of full-cycle B2B SaaS sales",
# "... SaaS sales in a startup" (not a list written without commas: "Jenkins Terraform Python and other ...")
_FIELD_PHRASE_END = re.compile(r"\s*(?:[,.;:()]|$|\b(?:in|at|within|for|roles?|positions?)\b)", re.I)
_COMPOUND_GAP = re.compile(r"[\s-]*")
# the kinds of skill that are years of their own before another's noun ("5+ years of Python Django experience")
_OWN_YEARS_KINDS = frozenset({"language", "framework", "library", "database", "cloud"})


def _head_noun_years(line: str, units: list[_Unit], years: list[int | None], vocab: Vocabulary) -> list[int | None]:
    """The years of a compound's head noun alone: in "5+ years of B2B SaaS sales experience" SaaS only
    says which sales, so sales has the years and SaaS none; a list keeps them all ("5+ years of Python and
    Django experience", "SaaS, sales and marketing experience")."""
    out = list(years)
    for i in range(len(units) - 1):
        head = i + 1
        while head + 1 < len(units) and _COMPOUND_GAP.fullmatch(line, units[head].end, units[head + 1].start):
            head += 1
        if (
            out[i] is not None
            and out[i] == out[head]
            and _COMPOUND_GAP.fullmatch(line, units[i].end, units[i + 1].start)
            and (
                _HEAD_OF_EXPERIENCE.match(line, units[head].end)
                or (
                    _FIELD_PHRASE_END.match(line, units[head].end)
                    and _names_a_field(units[head], vocab)
                    and not _specialty_of(units[i], units[head], vocab)
                )
            )
            and not _in_categories(units[i].names, vocab, _OWN_YEARS_KINDS)
        ):
            out[i] = None
    return out


def _names_a_field(unit: _Unit, vocab: Vocabulary) -> bool:
    """A unit that names a field of work, a common noun ("sales", "account management"; see _FIELD_CATEGORIES)."""
    return len(unit.names) == 1 and (skill := vocab.get(unit.names[0])) is not None and (
        skill.category in _FIELD_CATEGORIES and skill.name == skill.name.lower()
    )


def _specialty_of(a: _Unit, b: _Unit, vocab: Vocabulary) -> bool:
    """Whether a unit is a field of the same kind as the field after it: a specialty of it ("2+ years of ICU
    nursing": critical care keeps its years), not the market it serves ("B2B SaaS sales")."""
    kinds = {skill.category for name in b.names if (skill := vocab.get(name)) is not None}
    return any((skill := vocab.get(name)) is not None and skill.category in kinds for name in a.names)


def _in_categories(names: list[str], vocab: Vocabulary, categories: frozenset[str], *, every: bool = False) -> bool:
    """Whether any of ``names`` (``every``: each of them) is a skill of one of ``categories``: a unit of
    a language or a framework has its own years (_head_noun_years), a unit of certificates is what one
    works towards (_STUDYING_TOWARDS) or the floor of another (_floor_of)."""
    found = ((skill := vocab.get(name)) is not None and skill.category in categories for name in names)
    return all(found) if every else any(found)


_CERTIFICATES = frozenset({"certification"})


_TOOL_GAP = re.compile(
    r"\s*,?\s*(?:(?!(?:who|which|that|and|or|but|is|are|has|have)\b)[\w-]+\s+){0,2}(?:using|with|in|on|via)\s+", re.I
)


# Where the field of study after a degree ends: a sentence end, a number ("and 3+ years"), or a
# word that asks for something else ("or equivalent experience with Java", "Good written English")
_FIELD_END = re.compile(
    r"[;:!?]|(?<!\.\w)\.(?=\s|$)|\d|\b(?:experience|knowledge|skills?|years?|yrs|proficien\w*|familiar\w*|"
    r"understanding|expertise|background|ability|able|using|plus|preferred|preferably|ideally|required|"
    r"must|certifi\w*|strong|solid|good|excellent|proven|hands-on|practical|working|who|which)\b"
    # ... "with" too, unless it names the field: the Canadian public service's "a degree from a recognized
    # post-secondary institution with acceptable specialization in economics, sociology or statistics", "with a
    # major in" (not "BS in Computer Science with 3 years of Java")
    r"|\bwith\b(?!\s+(?:an?\s+)?(?:acceptable\s+)?(?:speciali[sz]ation|major|concentration|minor)\s+in\b)",
    re.I,
)
_FIELD_JOIN = re.compile(r"[\s,/&()-]*(?:(?:or|and|and/or|related|relevant|similar|equivalent)\b[\s,/&()-]*)*")
# the skills a field of study can be named by ("Statistics", "Electrical Engineering", "Data
# Science"); a language or a tool after a degree ("BS in Computer Science Java Spring") is not one
_NOT_FIELD = frozenset(
    ("language", "framework", "library", "tool", "devops", "database", "cloud", "testing", "os", "platform",
     "spoken_language", "certification", "soft")
)
_FIELD_REACH = 160  # the longest field list read after a degree ("Computer Science, Computer Engineering, ...")


def _names_no_field(m: Mention) -> bool:
    """A skill no field of study is named by (see _NOT_FIELD); a soft skill written as a field's
    name ("Bachelor's degree in Marketing, Communications or related field") is one."""
    return m.skill.category in _NOT_FIELD and not (m.skill.soft and m.surface[:1].isupper())


# the patterns of a degree, each behind its guard: a scope names one or two levels, and the others'
# patterns cost a scan of the line each, the most of _outside_degrees
_DEGREE_SCANS: tuple[_Guarded | re.Pattern[str], ...] = (*(g for _level, g in _DEGREE_PATTERNS), _GENERIC_DEGREE)


def _outside_degrees(line: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a scope that name a degree's field of study dropped: those after a degree
    up to where its field ends (_FIELD_END, or a skill no field is named by; parentheses of
    fields and prose are skipped whole: "Master degree (with 2+ years of work experience) in
    Bioinformatics"), and those naming it before the word ("a Mathematics or Statistics degree")."""
    others = [m.start for m in mentions if _names_no_field(m)]
    spans: list[tuple[int, int]] = []
    for pattern in _DEGREE_SCANS:
        for m in pattern.finditer(line, start, end):
            if pattern is _GENERIC_DEGREE and line.startswith(" of", m.end()):
                continue  # "a large degree of autonomy"
            at, stop = m.end(), min(end, m.end() + _FIELD_REACH)
            stop = min([stop, *(x for x in others if x >= at)])
            while at < stop:
                found = _FIELD_END.search(line, at, stop)
                bound = found.start() if found else stop
                paren = line.find("(", at, bound)
                close = line.find(")", paren, end) if paren >= 0 else -1
                if close < 0 or any(paren < x < close for x in others):
                    at = bound
                    break
                at = close + 1  # the parenthesis is passed over, what follows it read on
            begin = m.start()
            for mention in reversed([x for x in mentions if x.end <= begin]):
                if _names_no_field(mention) or not _FIELD_JOIN.fullmatch(line, mention.end, begin):
                    break
                begin = mention.start
            spans.append((begin, at))
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _clauses(line: str, start: int) -> list[tuple[int, int]]:
    """Split at ";" and at sentence ends, never inside parentheses."""
    bounds: list[tuple[int, int]] = []
    depth = 0
    begin = start
    for mark in _CLAUSE_CHARS.finditer(line, start):  # only the characters that matter, not each one
        i = mark.start()
        ch = line[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (
            ch == ";"
            or (
                ch in ".!?"
                and i + 2 < len(line)
                and line[i + 1] == " "
                and line[i + 2].isupper()
                and not _abbreviation_before(line, i)
            )
        ):
            bounds.append((begin, i))
            begin = i + 1
    bounds.append((begin, len(line)))
    return [(a, b) for a, b in bounds if line[a:b].strip()]


_CLAUSE_CHARS = re.compile(r"[()\[\];.!?]")  # the characters _clauses looks at

# a bilingual or trilingual person speaks each language named: "Bilingual English/Spanish",
# "Bilingual (English or French)" ask for both ("Fluent in English or French" asks either)
_BILINGUAL = re.compile(r"\b(?:bi|tri)-?lingual\b", re.I)


def _all_languages(names: list[str], vocab: Vocabulary) -> bool:
    skills = [vocab.get(name) for name in names]
    return all(skill is not None and skill.category == "spoken_language" for skill in skills)


_ABBREVIATIONS = frozenset(("e.g", "i.e", "etc", "incl", "vs", "approx", "inc", "co", "jr", "sr", "dr", "st"))


def _abbreviation_before(line: str, i: int) -> bool:
    """Whether the word before position ``i`` (the last of ``line[:i].split()``) is an
    abbreviation or a single character. Read backwards from ``i``, at most a few characters: a
    slice of the line before each full stop is quadratic on a long one-paragraph line."""
    end = i
    while end > 0 and line[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not line[start - 1].isspace():
        start -= 1
        if end - start > 6:  # longer than any abbreviation
            return False
    word = line[start:end].lower()
    return word in _ABBREVIATIONS or len(word) <= 1


# A mark after what it qualifies ("Python or Go are ideal", "Docker is a plus"): where more words
# follow it in the same clause (a squashed line without full stops), they are a new scope.
_POSTFIX_MARK = _Guarded(
    re.compile(
        r"\b(?:is|are|would be|will be)\s+(?:of\s+)?(?:an?\s+)?(?:big |huge |definite |added |real |highly |much )?"
        r"(?:plus|advantage|ideal|helpful|beneficial|bonus|desirable|preferred|appreciated)\b",
        re.I,
    ),
    ("plus", "advantage", "ideal", "helpful", "beneficial", "bonus", "desirable", "preferred", "appreciated"),
)
# A hedge before what it qualifies ("Python and ideally Kubernetes", "... and will ideally have
# some experience with Docker"): it speaks for the words after it, not for those before.
_PREFIX_HEDGE = _Guarded(
    re.compile(r"\b(?:ideally|preferably|optionally)\b", re.I), ("ideally", "preferabl", "optionally")
)


_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# a postfix mark's impersonal subject and what it points at: "it would be a plus if you ...", "it is preferred
# that ...", "it would be highly preferred for a candidate to have ..."
_IMPERSONAL_LEAD = re.compile(r"\bit\s+$", re.I)
_FORWARD_MARK = re.compile(r"\s+(?:for|if|that|to)\b", re.I)


def _mark_scopes(line: str, start: int, end: int, hedges: bool = True) -> list[tuple[int, int]]:
    """A clause ends after a postfix mark that more words follow ("Python or Go are ideal A deep
    understanding of ..."); a clause with both a required and a preferred mark is split at its
    top-level commas ("PostgreSQL/MySQL (required), MongoDB/Redis (preferred)"); a hedge that
    words asking for something precede starts a scope (see _hedge_scopes)."""
    for m in _POSTFIX_MARK.finditer(line, start, end):
        if _FORWARD_MARK.match(line, m.end()) and (lead := _IMPERSONAL_LEAD.search(line, start, m.start())):
            # "... mid-level developers Additionally it would be highly preferred for a candidate to have
            # experience: Building products with machine learning": the impersonal mark speaks for what follows
            before = _mark_scopes(line, start, lead.start(), hedges) if line[start : lead.start()].strip() else []
            return before + _hedge_scopes(line, lead.start(), end, hedges)
        if len(line[m.end() : end].split()) >= 3:
            return _mark_scopes(line, start, m.end(), hedges) + _mark_scopes(line, m.end(), end, hedges)
        # a spaced dash ends the clause before the mark: "English - French would be a plus"
        # ("Knowledge of English language - advanced level French language would be a plus")
        dashes = list(_SPACED_DASH.finditer(line, start, m.start()))
        if dashes and len(line[start : dashes[-1].start()].split()) >= 3 and not _paren_depth(line, start, m.start()):
            dash = dashes[-1]
            return _hedge_scopes(line, start, dash.start(), hedges) + _hedge_scopes(line, dash.end(), end, hedges)
    return _hedge_scopes(line, start, end, hedges)


def _unmarked_rest(text: str) -> str | None:
    """The words of a text outside its sentences (clauses) with a preferred mark and outside the
    parentheses whose mark speaks for their own skills ("(EKS preferred)"), when any asks for
    something; None when every such word is under a mark."""
    pieces = []
    for start, end in _clauses(text, 0):
        piece = _strip_detached(text[start:end])
        if not _PREFERRED_MARK.search(piece):
            pieces.append(piece)
    rest = " ".join(pieces)
    return rest if _WORD.search(rest) else None


_WORD = re.compile(r"[^\W\d_]{2}")


def _hedged_after(text: str, mark: re.Match[str], cue: int) -> bool:
    """Whether the first preferred mark of a text is a hedge after a requirement cue ("You'll
    have excellent scripting skills in ... and will ideally have ..."): the hedge speaks for its
    own scope (see _hedge_scopes), the cue for the rest."""
    return cue < mark.start() and _PREFIX_HEDGE.pattern.fullmatch(mark.group()) is not None


def _hedge_scopes(line: str, start: int, end: int, hedges: bool = True) -> list[tuple[int, int]]:
    """A scope ends before a hedge that words asking for something precede ("Python and ideally
    Kubernetes": Python is asked for, Kubernetes preferred); not inside parentheses. Only where
    the words before ask for something (``hedges``: under a required or preferred heading, or a
    line whose cue asks): in a description, the hedge still makes the sentence a wish."""
    for m in _PREFIX_HEDGE.finditer(line, start, end) if hedges else ():
        before = line[start : m.start()]
        if len(_HEDGE_JOIN.sub("", before).split()) >= 1 and line.rfind("(", start, m.start()) <= line.rfind(
            ")", start, m.start()
        ):  # (not "(ideally within the fintech area)")
            cut = m.start()
            lead = _HEDGE_LEAD.search(line, start, cut)  # "... and will ideally have": the hedge's own words
            if lead is not None:
                cut = lead.start()
            if line[start:cut].strip():
                return _comma_scopes(line, start, cut) + _comma_scopes(line, cut, end)
    return _comma_scopes(line, start, end)


_HEDGE_JOIN = re.compile(r"\b(?:and|or|but|also|with|will|would|you|have|has|be|experience|knowledge)\b|[\W_]+", re.I)
_HEDGE_LEAD = re.compile(r"[\s,]*(?:\b(?:and|or|but)\s+)?(?:(?:also|will|would|you|should)\s+)*$", re.I)


def _comma_scopes(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """A clause with a required and a preferred mark split at its top-level commas, each part
    its own scope; also one whose first part asks years and whose preferred mark comes after it
    ("Minimum of 4 years of accounting experience, public accounting experience preferred")."""
    clause = _without_skill_parens(line[start:end])
    if not _PREFERRED_MARK.search(clause):
        return [(start, end)]
    scopes = _comma_parts(line, start, end)
    if _REQUIRED_MARK.search(clause):
        return scopes
    if len(scopes) < 2:
        return [(start, end)]
    first = line[scopes[0][0] : scopes[0][1]]
    if (
        _may_name_years(first)
        and _YEARS.search(first)
        and not _PREFERRED_MARK.search(first)
        and not _PREFIX_HEDGE.search(first)
    ):
        return scopes
    return [(start, end)]


def _comma_parts(line: str, start: int, end: int) -> list[tuple[int, int]]:
    scopes: list[tuple[int, int]] = []
    depth = 0
    begin = start
    for i in range(start, end):
        ch = line[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            scopes.append((begin, i))
            begin = i + 1
    scopes.append((begin, end))
    return [(a, b) for a, b in scopes if line[a:b].strip()]


def _without_skill_parens(text: str) -> str:
    if "(" not in text:
        return text
    return re.sub(
        r"\([^()]*\)",
        lambda m: (
            ""
            if re.search(r"[A-Z]", m.group()) and _PREFERRED_MARK.search(m.group()) and len(m.group().split()) > 1
            else m.group()
        ),
        text,
    )


def _marked_tier(line: str, start: int, end: int, mentions: list[Mention], default: Tier) -> Tier:
    """The tier a scope's own words give it, or the section's."""
    text = line[start:end]
    # a parenthesis holding skills and a mark ("(AWS preferred)") speaks only for those skills
    stripped = _strip_detached(text)
    if _PREFERRED_MARK.search(stripped) and not re.search(r"\bnot (preferred|a plus)\b", stripped, re.I):
        return Tier.PREFERRED
    if _REQUIRED_MARK.search(stripped) and default is not Tier.CONTEXT:
        return Tier.REQUIRED
    if "(" in stripped and _PAREN_REQUIRED.search(stripped):
        return Tier.REQUIRED
    return default


_PAREN = re.compile(r"\(([^()]*)\)")
# the lesser credential a bracket accepts as the floor of the one before it, its alternative: "CCNP required
# (CCNA at minimum within 90 days)", "PE license required (EIT at a minimum)", "(minimum: CompTIA A+)"
_FLOOR = re.compile(r"\bat\s+(?:a\s+|the\s+)?minimum\b|^\s*(?:or\s+)?(?:minimum|min\.?)\b", re.I)
def _floor_of(inner: str, host: list[str], names: list[str], vocab: Vocabulary) -> bool:
    """Whether a bracket's credentials (``names``, its text ``inner``) are the floor of those before it
    (``host``): a bracket that says so, of credentials both ("SQL required (at a minimum, window
    functions)" asks for both)."""
    if _FLOOR.search(inner) is None:
        return False
    return _in_categories(host + names, vocab, _CERTIFICATES, every=True)


# what may stand between the credential and that bracket: a requirement's word ("required", "is a must"; not
# "preferred": in "CCNP preferred (CCNA at minimum)" the floor is what is asked)
_TIER_GAP = re.compile(r"\s*(?:(?:is\s+|are\s+)?(?:required|a\s+must|mandatory|needed))?\s*", re.I)
_PREFERRED_GAP = re.compile(r"\s*(?:is\s+)?(?:(?:strongly|highly)\s+)?(?:preferred|desired|a\s+plus)\s*", re.I)
_PAREN_REQUIRED = re.compile(r"\((required|must)\)", re.I)


_HEADS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+", re.I)


def _examples_of_two(line: str, before: list[_Unit], names: list[str], vocab: Vocabulary) -> list[str] | None:
    """After two heads joined by "and", the examples in the parenthesis that are of the first head's
    kind and not of the second's: "unit and end-to-end tests (Jest, Cypress or Playwright)" (Jest a
    unit test tool), "relational and non-relational databases (MySQL, Elasticsearch, Redis)". Those
    are the first head's alternatives; the others stay the second's. None when no head is joined."""
    if len(before) < 2 or not _HEADS_JOINED.fullmatch(line, before[-2].end, before[-1].start):
        return None
    first, second = before[-2].names, before[-1].names
    if len(first) != 1 or len(second) != 1:
        return None
    return [n for n in names if first[0] in vocab.implied(n) and second[0] not in vocab.implied(n)]


def _strip_detached(text: str) -> str:
    if "(" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        inner = m.group(1)
        mark = _PREFERRED_MARK.search(inner) or _REQUIRED_MARK.search(inner)
        return "" if mark and _mark_has_skill_words(inner) else m.group(0)

    return _PAREN.sub(repl, text)


def _mark_has_skill_words(inner: str) -> bool:
    rest = _PREFERRED_MARK.sub("", _REQUIRED_MARK.sub("", inner)).strip(" ,.;:")
    return bool(rest) and not re.fullmatch(
        r"(but|and|is|are|a|an|highly|strongly|very|not|strictly)?( \w+)?", rest, re.I
    )


# the practices done on a thing, which ask for the thing too: "PLC troubleshooting experience" is
# troubleshooting of PLCs, and a resume that troubleshoots networks has not the PLCs (see _units)
_MENDING = frozenset({"troubleshooting", "debugging"})


def _units(line: str, start: int, end: int, mentions: list[Mention], vocab: Vocabulary) -> list[_Unit]:
    """Group the mentions of one scope into requirements (any-of groups and single skills)."""
    if not mentions:
        return []
    parens = [(m.start() + start, m.end() + start) for m in _PAREN.finditer(line[start:end])]

    def paren_of(pos: int) -> tuple[int, int] | None:
        for a, b in parens:
            if a < pos < b:
                return (a, b)
        return None

    units: list[_Unit] = []
    head_units: list[_Unit] = []
    by_paren: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        p = paren_of(m.start)
        if p is None:
            u = _unit_of(m)
            units.append(u)
            head_units.append(u)
        else:
            by_paren.setdefault(p, []).append(m)

    # parentheses: attach to the nearest unit before them, or stand alone
    for (a, b), inner_mentions in sorted(by_paren.items()):
        inner = line[a + 1 : b - 1]
        names = _dedupe([m.skill.name for m in inner_mentions])
        soft = all(m.skill.soft for m in inner_mentions)
        mark = _PREFERRED_MARK.search(inner) or _REQUIRED_MARK.search(inner)
        if mark:
            tier = Tier.PREFERRED if _PREFERRED_MARK.search(inner) else Tier.REQUIRED
            units.append(_Unit(names, soft, a, b, False, tier=tier, detached=True))
            continue
        before = [u for u in head_units if u.end <= a and not u.detached]
        gap = line[before[-1].end : a] if before else ""
        if before and (
            _FILLER.match(gap) is not None
            or _PAREN_HEAD_NOUN.match(gap) is not None
            or (_TIER_GAP.fullmatch(gap) is not None and _floor_of(inner, before[-1].names, names, vocab))
        ):
            host = before[-1]
            firsts = _examples_of_two(line, before, names, vocab)
            if firsts:
                before[-2].names = _dedupe(before[-2].names + firsts)
                names = [n for n in names if n not in firsts]
            host.names = _dedupe(host.names + names)
            host.soft = host.soft and soft
            host.end = b
        elif before and _PREFERRED_GAP.fullmatch(gap) and _floor_of(inner, before[-1].names, names, vocab):
            # "CCNP preferred (CCNA at minimum)": the floor is asked, the preferred one meets it too
            units.append(_Unit(_dedupe(names + before[-1].names), soft, a, b, False, detached=True, floor=True))
        elif len(names) > 1 and _BILINGUAL.search(line, start, a) and _all_languages(names, vocab):
            for m in inner_mentions:  # "Bilingual (English/French)": each language asked
                unit = _unit_of(m)
                units.append(unit)
                head_units.append(unit)
        else:
            unit = _Unit(names, soft, a, b, False)
            units.append(unit)
            head_units.append(unit)
    units.sort(key=lambda u: u.start)

    # chains: units separated only by separators / filler words
    result: list[_Unit] = []
    chain: list[_Unit] = []
    joins: list[str] = []

    def flush() -> None:
        if not chain:
            return
        own = _examples_after_alternatives(chain, joins, vocab)
        if own is not None:
            # "AWS, Azure, or GCP, including Terraform": the alternatives, then a requirement of its own
            rest, rest_joins = chain[own + 1 :], joins[own + 1 :]
            del chain[own + 1 :], joins[own:]
            flush()
            chain[:], joins[:] = rest, rest_joins
        cut = _head_before_examples(chain, joins, vocab)
        if cut is not None:
            # "REST APIs with Express or Spring": the head is its own requirement and the examples after it
            # the alternatives; so are the tools after "API testing tools such as"
            rest, rest_joins = chain[cut + 1 :], joins[cut + 1 :]
            if not _WITH.fullmatch(joins[cut]):
                rest_joins = [" or "] * len(rest_joins)  # (the examples of a category are its alternatives)
            del chain[cut + 1 :], joins[cut:]
            flush()
            chain[:], joins[:] = rest, rest_joins
        ors = [bool(_OR.search(j) or _EXAMPLES.search(j)) for j in joins]
        for i, join in enumerate(joins[:-1] if not all(ors) else ()):  # (an example join is an "or" itself)
            if ors[i] and _EXAMPLE_WORDS.search(join):
                # "tooling such as Prometheus, Grafana and OpenTelemetry", "a cloud provider such as
                # AWS, GCP and Azure": the examples of a category are its alternatives, whatever joins them
                ors[i:] = [True] * (len(joins) - i)
                break
        if joins and not all(ors) and _any_of_list(line, result[-1].end if result else start, chain, end):
            ors = [True] * len(joins)  # "One of Python, Java, Go", "Python, Java, Go, or similar"
        # (the word before the languages: "English or Spanish (bilingual preferred)" still asks either)
        bilingual = any(ors) and _BILINGUAL.search(line, start, chain[0].start) is not None
        if bilingual and _all_languages([n for u in chain for n in u.names], vocab):
            ors = [False] * len(joins)  # "Bilingual English/Spanish": both languages, not either
        ands = [bool(_AND.search(j)) and not o for j, o in zip(joins, ors, strict=True)]
        if any(ors) and not all(ors):
            # a comma after the last "or" ends the alternatives: "Python or Go, Kubernetes, Terraform" asks for
            # Kubernetes and Terraform each ("Python, Java, or Go" keeps its commas before the "or")
            # (a comma as written: "Java Spring or Python Django" joins its adjacent names with one too)
            last_or = max(i for i, o in enumerate(ors) if o)
            for i in range(last_or + 1, len(joins)):
                ands[i] = ands[i] or line[chain[i].end : chain[i + 1].start].strip() == ","
        if any(ors):
            # a skill's verb before its object is no alternative of it, whatever "or" follows: "Experience
            # selling cybersecurity or identity products" asks for selling, and for cybersecurity or identity
            # (a stack's pair stays: "Java Spring or Python Django")
            pairs = zip(chain, chain[1:], strict=False)
            verbs = [_verb_of_skill(line, a) and not line[a.end : b.start].strip() for a, b in pairs]
            ors = [o and not verb for o, verb in zip(ors, verbs, strict=True)]
            ands = [a or verb for a, verb in zip(ands, verbs, strict=True)]
        if any(ors) and not all(ors) and all(j.strip() == "/" for j, o in zip(joins, ors, strict=True) if o):
            # "JavaScript/TypeScript, Node.js and React": the slash pair is the only alternative, the
            # comma list around it asks for each of its items
            ands = [not o for o in ors]
        if any(ors) and any(ands):
            # "A or B and C or D": split at the "and"s, each part its own group
            parts: list[list[_Unit]] = [[chain[0]]]
            for unit, is_and in zip(chain[1:], ands, strict=True):
                if is_and:
                    parts.append([unit])
                else:
                    parts[-1].append(unit)
            for part in parts:
                names = _dedupe([n for u in part for n in u.names])
                result.append(_Unit(names, all(u.soft for u in part), part[0].start, part[-1].end, False))
            chain.clear()
            joins.clear()
            return
        if any(ors):
            merged = _Unit(
                _dedupe([n for u in chain for n in u.names]),
                all(u.soft for u in chain),
                chain[0].start,
                chain[-1].end,
                False,
                unknown=any(_UNKNOWN_BETWEEN.search(j) is not None for j in joins),
            )
            result.append(merged)
        else:
            result.extend(chain)
        chain.clear()
        joins.clear()

    tool_head: str | None = None  # the practice of a chain "CI/CD using Jenkins, ..." (see _BY_TOOLS)
    for unit in units:
        if unit.detached:
            flush()
            tool_head = None
            result.append(unit)
            continue
        if chain:
            between = line[chain[-1].end : unit.start]
            if _head_of_list(between, line[unit.start : unit.end], chain[-1], unit, vocab):
                chain[-1].end = unit.end
                continue
            if not between.strip():
                # adjacent mentions: a tool or language modifying a concept ("Python async
                # programming", "open-source Python projects") - the concept is the requirement
                prev = chain[-1]
                if _activity_of(line, prev, unit):
                    prev.end = unit.end  # "logistics coordination" asks for logistics (see _ACTIVITY_HEADS)
                    continue
                if prev.concept != unit.concept and len(prev.names) == 1 and len(unit.names) == 1 and (
                    unit.concept or _MODIFIED_NOUN.match(line, unit.end)
                ):
                    # ("open-source Python projects" too; but a concept then a tool, "Device Driver
                    # development Linux Kernel development", are two items of a list)
                    if not prev.concept and (
                        _is_field(unit) or _BUILT_THINGS.search(line, unit.start, unit.end) or unit.names[0] in _MENDING
                    ):
                        # but a tool and the field or kind of software built with it asks for both:
                        # "Java backend development", "React web applications", "Go microservices";
                        # and so does a tool and its mending: "PLC troubleshooting", "Java debugging"
                        joins.append(",")
                        chain.append(unit)
                        continue
                    keep = prev if prev.concept else unit
                    keep.start, keep.end = min(prev.start, unit.start), max(prev.end, unit.end)
                    chain[-1] = keep
                    continue
                joins.append(",")
                chain.append(unit)
                continue
            if (
                _BY_TOOLS.match(between)
                and len(chain[-1].names) == 1
                and chain[-1].names[0] in vocab.implied(unit.names[0])
                and _is_practice(vocab, chain[-1].names[0])
            ):
                # "CI/CD using Jenkins, GitLab CI or GitHub Actions": the tools are the ways to
                # show the practice, alternatives of it like examples after "such as"
                joins.append(" such as ")
                chain.append(unit)
                tool_head = chain[-2].names[0]
                continue
            if tool_head is not None and tool_head not in vocab.implied(unit.names[0]):
                flush()  # "Infrastructure as code using Terraform and Docker": Docker is no way to it
                tool_head = None
                chain.append(unit)
                continue
            if (
                _FILLER.match(between) is not None
                or _EXAMPLES.search(between)
                and _FILLER.match(_EXAMPLES.sub("", _HEAD_NOUN.sub("", between, count=1))) is not None
                or _UNKNOWN_ALTERNATIVES.fullmatch(between) is not None
            ):
                joins.append(between)
                chain.append(unit)
                continue
            flush()
            tool_head = None
        chain.append(unit)
    flush()
    scope = line[start:end]
    if " or " in scope or "/or " in scope or " OR " in scope:
        _widen_unknown_alternatives(line, start, end, result, vocab)
    if len(result) > 1 and " or " in scope:
        return _or_list(line, start, end, result, vocab)
    return result


# The generic activities a compound the vocabulary does not know ends with: "logistics coordination",
# "warehouse supervision", "inventory organisation" name the field they are done in (logistics), not
# the soft skill alone; split from its field ("freight forwarding or logistics coordination"), the
# word would ask for coordination as if it were a requirement of its own
_ACTIVITY_HEADS = frozenset({"coordination", "supervision", "organizational skills", "facilitation"})


def _verb_of_skill(line: str, unit: _Unit) -> bool:
    """Whether a unit is written as a verb's -ing form of its skill: "selling" (sales), "managing"
    (management); not the skill's own name ("marketing", "accounting")."""
    surface = line[unit.start : unit.end].lower()
    return surface.endswith("ing") and " " not in surface and all(surface != name.lower() for name in unit.names)


def _activity_of(line: str, prev: _Unit, unit: _Unit) -> bool:
    """Whether ``unit`` is one generic word (see _ACTIVITY_HEADS) right after a skill that is no soft one."""
    return (
        unit.soft
        and not prev.soft
        and len(prev.names) == 1
        and len(unit.names) == 1
        and unit.names[0] in _ACTIVITY_HEADS
        and " " not in line[unit.start : unit.end]
        and line[prev.end : unit.start] == " "
    )


def _widen_unknown_alternatives(line: str, start: int, end: int, units: list[_Unit], vocab: Vocabulary) -> None:
    before = start
    for index, unit in enumerate(units):
        lead_from = before
        before = unit.end
        if unit.detached or unit.soft:
            continue
        following = units[index + 1].start if index + 1 < len(units) else end
        unknown = unit.unknown
        if not unknown:
            tail = _UNKNOWN_TAIL.match(line, unit.end, end)
            unknown = tail is not None and tail.end("product") <= following
        if not unknown:
            unknown = _UNKNOWN_LEAD.search(line, lead_from, unit.start) is not None
        if unknown:
            kinds = _shared_kinds(vocab, tuple(unit.names))
            unit.names = _dedupe(unit.names + [k for k in kinds if k not in unit.names])


# the categories of a kind of product, which any product of that kind shows: CRM (Salesforce), ERP
# (SAP), property management (Yardi), electronic health records (Epic), CI/CD (CircleCI). Not what a
# product is built on or runs on (Laravel: PHP, Azure DevOps: Azure, Redux: React), nor a practice it
# serves (PyTorch: deep learning, Datadog: monitoring): "PyTorch or MXNet" is not met by a course on
# deep learning, nor "Datadog or Honeycomb" by monitoring sales figures.
_KIND_CATEGORIES = frozenset({"business", "domain", "tool", "devops"})


def _shared_kinds(vocab: Vocabulary, names: tuple[str, ...]) -> list[str]:
    """What every one of the names implies directly and is a kind of product (see _KIND_CATEGORIES),
    but for the kinds too many skills imply to stand for one of them."""
    shared: list[str] | None = None
    for name in names:
        skill = vocab.get(name)
        if skill is None:
            return []
        implied = [n for n in skill.implies if (kind := vocab.get(n)) is not None and kind.category in _KIND_CATEGORIES]
        shared = implied if shared is None else [n for n in shared if n in implied]
    return [n for n in shared or () if n not in names and not _broad(vocab, n)]


# Google's "2 years of experience with performance, large scale systems data analysis, visualization
# tools, or debugging": a comma list after "experience with" whose last item follows "or" lists the
# alternatives, whatever the items the vocabulary does not know between them ("large scale systems")
# (read by _or_items, not by one pattern: its items' spaces could go to the item or to the comma beside it, two
# ways at every comma, and a line of 20 commas with no full stop after its "or" took seconds, 24 minutes)
_EXPERIENCE_WITH = re.compile(r"\bexperience\s+(?:with|in)\s+", re.I)
# where a list's items end: a semicolon, a bracket, a full stop (not a dot inside a word: "Node.js")
_ITEMS_END = re.compile(r"[;()]|\.(?!\w)")
# the "or" before the last item: "A, B, or C", "A, B or C", "A, B and/or C" (not "... or both")
_LAST_OR = re.compile(r"(?:\s*,)?\s+(?:or|and/or)\s+(?!both\b)", re.I)
_LAST_ITEM_END = re.compile(r"[,.]")


def _or_items(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the items of the first "experience with A, B, C, or D" list (see _or_list) in
    line[start:end]: items apart by commas, the last after "or" and before a full stop, a semicolon or
    the end (a last item followed by a comma or a bracket is no last item). Of several "or"s, the first
    that ends a list ("A, B or C, D."); one after a comma only when no later one does ("A, B, or
    Node.js, Vue or React": React is the last item, not the "Node" of "Node.js")."""
    for lead in _EXPERIENCE_WITH.finditer(line, start, end):
        first = lead.end()
        stop = _ITEMS_END.search(line, first, end)
        limit = stop.start() if stop is not None else end
        ends_there = stop is None or line[limit] not in "()"  # (a last item running into a bracket ends no list)
        after_comma: tuple[int, int] | None = None
        # (two items at least before it, none empty: "experience with A, or B" is none; looked up once a list,
        # not in the text before each "or", which a line of a thousand "or"s has a thousand times)
        first_comma = line.find(",", first, limit)
        empty_item = line.find(",,", first, limit)
        if first_comma == first:
            continue
        for last_or in _LAST_OR.finditer(line, first, limit):
            at = last_or.start()
            if first_comma == -1 or first_comma >= at or line[at - 1] == "," or -1 < empty_item < at - 1:
                continue
            after = _LAST_ITEM_END.search(line, last_or.end(), limit)
            if (after is not None and line[after.start()] == ",") or (after is None and not ends_there):
                continue
            item_end = after.start() if after is not None else limit
            while item_end > last_or.end() and line[item_end - 1].isspace():
                item_end -= 1
            if item_end == last_or.end():
                continue
            if "," not in last_or.group():
                return first, item_end
            after_comma = (first, item_end)
        if after_comma is not None:
            return after_comma
    return None


def _or_list(line: str, start: int, end: int, units: list[_Unit], vocab: Vocabulary) -> list[_Unit]:
    """The units of an "experience with A, B, C, or D" list (_OR_LIST) as one any-of group."""
    found = _or_items(line, start, end)
    if found is None or _AND.search(line, *found):
        return units  # ("experience with Python and Django, Ruby, or Go": not a plain list)
    a, b = found
    examples = _EXAMPLES.search(line, a, b)
    if examples is not None and _OR.search(line, a, examples.start()):
        cut = examples.start()
        if not _examples_of([u for u in units if u.end <= cut], [u for u in units if u.start >= cut], vocab):
            b = cut  # ("AWS, Azure, or GCP including Terraform": see _examples_after_alternatives)
    inside = [u for u in units if a <= u.start and u.end <= b and not u.detached]
    if len(inside) < 2:
        return units
    names = _dedupe([n for u in inside for n in u.names])
    merged = _Unit(names, all(u.soft for u in inside), inside[0].start, inside[-1].end, False)
    return [u for u in units if u.end <= a] + [merged] + [u for u in units if u.start >= b]


# products the vocabulary does not know among the alternatives of a list: "Procore, PlanGrid, or
# Bluebeam" is one requirement of its known alternatives (Procore | Bluebeam), not two
_PRODUCT = r"[A-Z][\w.+&'-]*(?:\s+[A-Z][\w.+&'-]*){0,2}"
# (or the rest of a product's name: "SAP, Oracle EBS, or NetSuite")
_UNKNOWN_ALTERNATIVES = re.compile(
    rf"(?:\s+{_PRODUCT})?\s*[,/]\s*(?:{_PRODUCT}\s*[,/]\s*)*(?:{_PRODUCT}\s*,?\s*)?(?:or|and/or)\s+"
)


# An alternative the vocabulary does not know beside known ones: "Yardi or RealPage", "Zorblax or
# Yardi", "Procore, Zorblax, or Bluebeam". The known names alone would ask for them only, and a resume
# with the other product would miss the requirement: the kind of product they all are (what each of
# them implies, when few skills do: property management for Yardi) joins them as an alternative, and
# where they share no such kind they stay as they are.
_UNKNOWN_TAIL = re.compile(rf"\s*,?\s*(?:or|OR|and/or)\s+(?P<product>{_PRODUCT})(?=\s*(?:[.,;:)]|$))")
_UNKNOWN_LEAD = re.compile(rf"(?<![\w.+#-])(?P<product>{_PRODUCT})\s*,?\s*(?:or|OR|and/or)\s+$")
_UNKNOWN_BETWEEN = re.compile(r"[,/]\s*[A-Z]")


def _is_practice(vocab: Vocabulary, name: str) -> bool:
    """A practice or concept that tools are ways to show ("CI/CD using Jenkins"), not a language or
    framework whose own tools are skills of their own ("Java using Spring Boot" asks for both)."""
    skill = vocab.get(name)
    return skill is not None and (skill.category == "devops" or skill.category not in TECH_CATEGORIES)


_BY_TOOLS = re.compile(r"\s*(?:using|via|through)\s*$", re.I)  # ("with": "Python with Django" asks for both)


# a list whose items are alternatives though commas or "and" join them: after "any of", "one
# of", "at least one (or more) of:", "either"; or before ", or similar", ", or another", or an
# alternative the vocabulary does not know ("Selenium, Jest or Nightwatch")
_ANY_OF_LEAD = re.compile(
    r"(?:\b(?:(?:at\s+least|any|exactly|only)\s+)?(?:one|any)(?:\s+or\s+more)?\s+of(?:\s+the\s+following|\s+these)?"
    r"|\beither)\s*:?\s*$",
    re.I,
)
_ANY_OF_TAIL = re.compile(
    r"\s*,?\s*(?:or|and/or)\s+(?:(?:any\s+)?(?:other|similar|equivalent|comparable|another|alike)\b"
    r"|(?:an?\s+)?(?:related|relevant)\b"  # "1+ years in sales, customer service, or a related role"
    r"|[A-Z][\w.+#-]*(?=\s*(?:[.,;:)]|$))"
    # "5+ years in SRE, DevOps or infrastructure engineering": the last item of the list is one
    # the vocabulary does not know, in a few plain words to the end of the clause
    r"|(?!both\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?=\s*(?:[.,;:)]|$)))",
)


# a verb of the work opening a phrase: "Write Python, SQL or review code" joins two verb phrases
# with its "or", not the alternatives of one list (see _any_of_list)
_WORK_VERB = re.compile(
    r"(?:review|writ|test|debug|build|design|maintain|deploy|develop|implement|manag|support|lead|document|creat|"
    r"analy[sz]|monitor|troubleshoot|configur|automat|optimi[sz]|refactor|mentor|deliver|improv|fix|migrat|"
    r"integrat|operat|train|coach|teach|present|own|driv|contribut|collaborat|investigat|resolv|handl|prepar|"
    r"process|perform|conduct|coordinat|produc)(?:e|es|s|ing|ed)?\b",
    re.I,
)
_OR_WORD = re.compile(r"\s*,?\s*(?:or|and/or)\s+", re.I)


def _any_of_list(line: str, before: int, chain: list[_Unit], end: int) -> bool:
    """Whether a list of skills is one set of alternatives by the words around it (_ANY_OF_LEAD,
    _ANY_OF_TAIL); ``before`` is where the words before it start."""
    lead = line[before : chain[0].start].lower()
    if ("of" in lead or "either" in lead) and _ANY_OF_LEAD.search(line, before, chain[0].start):
        return True
    if any(_AND.search(line[a.end : b.start]) for a, b in zip(chain, chain[1:], strict=False)):
        return False
    if _ANY_OF_TAIL.match(line, chain[-1].end, end) is None:
        return False
    # (not when a verb opens both the list and the words after its "or": "Write Python, SQL or
    # review code" asks for Python and SQL, each)
    after_or = _OR_WORD.match(line, chain[-1].end, end)
    return not (
        after_or is not None
        and _WORK_VERB.match(line, after_or.end(), end)
        and _WORK_VERB.match(lead.lstrip(" \t-*+\u2022:;,."))
    )


_WITH = re.compile(r"\s+with\s+", re.I)


def _head_before_examples(chain: list[_Unit], joins: list[str], vocab: Vocabulary) -> int | None:
    """Where a chain's head ends before the examples or tools that follow it (the head is then a
    requirement of its own): "REST APIs with Express or Spring" asks for REST APIs and Express or Spring;
    "API testing tools such as Postman or REST Assured" for testing and Postman or REST Assured, so that
    testing, which any unit test shows, does not meet the tools. A category every example implies stays
    one with them ("CI/CD tools such as Jenkins"), and so does a narrow one ("event streaming systems such
    as Kafka or Pulsar") and a head right before its examples ("cryptography like TLS", "relational
    databases such as PostgreSQL or MySQL")."""
    for i, join in enumerate(joins):
        if _WITH.fullmatch(join):
            return i
        if _EXAMPLE_WORDS.search(join) and not _OR.search(join) and _HEAD_NOUN.match(join):
            head = chain[i]
            if any(all(name in vocab.implied(e) for u in chain[i + 1 :] for e in u.names) for name in head.names):
                return None  # (the category of every example)
            # ("event streaming systems such as Kafka or Pulsar": a narrow category is one with its examples)
            return i if any(_broad(vocab, name) for name in head.names) else None
    return None


_LETTERS = re.compile(r"[^\W\d_]")


def _examples_after_alternatives(chain: list[_Unit], joins: list[str], vocab: Vocabulary) -> int | None:
    """Where a list of alternatives ends before the words "including" or "such as" that follow it (the index of
    its last unit), when what they introduce is a requirement of its own: "Experience with AWS, Azure, or GCP,
    including Terraform" asks for one of the clouds and for Terraform, not Terraform as a fourth cloud. Not the
    examples of the alternatives themselves ("SQL or NoSQL, such as PostgreSQL or MongoDB": see _examples_of), nor
    those of a noun after them ("SQL or NoSQL databases such as ...": see _head_before_examples)."""
    for i, join in enumerate(joins):
        if not (_EXAMPLES.search(join) and _LETTERS.search(join)) or _OR.search(join) or _HEAD_NOUN.match(join):
            continue
        if not any(_OR.search(j) for j in joins[:i]):
            return None
        return None if _examples_of(chain[: i + 1], chain[i + 1 :], vocab) else i
    return None


def _examples_of(listed: list[_Unit], examples: list[_Unit], vocab: Vocabulary) -> bool:
    """Whether the units after "including" or "such as" are examples of those listed before, one at least ("Splunk
    or Microsoft Sentinel, including writing SPL or KQL": SPL is Splunk's language)."""
    names = {n for u in listed for n in u.names}
    return any(names & (vocab.implied(e) | {e}) for u in examples for e in u.names)


_BROAD = 15  # the skills that imply a category too broad to stand for its examples (testing: Jest, JUnit, ...)


@lru_cache(maxsize=1 << 10)
def _broad(vocab: Vocabulary, name: str) -> bool:
    """Whether many skills imply ``name`` (vocab.implied_by reads every skill: asked once a name)."""
    return len(vocab.implied_by(name)) >= _BROAD


_FOR = re.compile(r"\bfor\b", re.I)
_AND_OTHER = re.compile(r"\s*,?\s*and\s+(?:other|similar|related)\s*", re.I)
_OTHER = re.compile(r"(?:other|similar|related)\b", re.I)


def _head_of_list(between: str, surface: str, prev: _Unit, unit: _Unit, vocab: Vocabulary) -> bool:
    """The category that closes a list of its members, "Linux Windows and MacOs operating
    systems", "Jenkins Terraform Python and other programming languages", is the list's head
    noun, not one more requirement: the member before it implies it."""
    if len(unit.names) != 1:
        return False
    if not (
        not between.strip()
        or _AND_OTHER.fullmatch(between)
        or between.strip(" ,") == "and" and _OTHER.match(surface)  # "other programming languages" is one alias
    ):
        return False
    return any(unit.names[0] in vocab.implied(name) for name in prev.names)


# the head noun of a category before its examples: "software architecture patterns such as CQRS",
# "an orchestration tool (Airflow, Dagster, Prefect)"
_HEAD_NOUNS = (
    r"(?:patterns?|concepts?|principles?|tools?|technolog(?:y|ies)|languages?|frameworks?|platforms?|"
    r"protocols?|methodolog(?:y|ies)|methods?|techniques?|stacks?|environments?|systems?|tooling|providers?|"
    r"solutions?|software|products?|vendors?|suites?|engines?|stores?|librar(?:y|ies)|packages?|"
    r"databases?|backends?|brokers?|infrastructure)\b"
)
_HEAD_NOUN = re.compile(
    rf"^\s*{_HEAD_NOUNS}(?=\s*,?\s*(?:such as|e\.g|like|including|for example)\b)",
    re.I,
)
_PAREN_HEAD_NOUN = re.compile(rf"^\s*{_HEAD_NOUNS}(?=\s*$)", re.I)  # before "(A, B, C)"
_MODIFIED_NOUN = re.compile(
    r"\s+(?:projects?|code|codebases?|applications?|apps?|librar(?:y|ies)|packages?|services?|tools?|"
    r"scripts?|modules?|components?|systems?|solutions?)\b",
    re.I,
)
# "Java Developer", "DevOps Engineer", "Agile team": outside the requirement sections a skill
# before a role noun names a job or a team, not something the posting asks for
_ROLE_NOUN = re.compile(
    r"[\s/-]*(?:(?:software|web|site|cloud|data|platform|senior|lead|principal|staff)\s+)?"
    r"(?:developers?|engineers?|engineering|architects?|programmers?|administrators?|admins?|consultants?|"
    r"specialists?|analysts?|testers?|designers?|scientists?|leads?|managers?|experts?|teams?|"
    r"professionals?|practitioners?|developer\b)\b",
    re.I,
)
_FIELD_YEARS = re.compile(
    r"\b(years?|yrs)\s+(of\s+)?(professional\s+|hands-on\s+|industry\s+)?[\w\s/-]{2,40}?\bexperience\b", re.I
)


# "a great fit for a DevOps Engineer contract role", "work closely with our Scala and Spark teams":
# the skills name the job offered or a team to work with, not what the candidate is asked for
_JOB_OFFERED = re.compile(
    r"\s+(?:(?:contract|contractor|full-time|part-time|remote|permanent|freelance|hybrid|onsite)\s+)?"
    r"(?:role|position|opening|job|vacancy|opportunity|contract)\b",
    re.I,
)
_TEAM_OWNER = re.compile(r"\b(?:our|their|your|its)\s+$", re.I)
_RUN_JOIN = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*(?:(?:,|\band\b)\s*)?", re.I)


# "As Android Engineer you have", "As a Senior Data Engineer you will join": the job's title
# at the start of a sentence ("Experience as a Java developer" asks for Java)
_AS_ROLE = re.compile(r"(?:^\s*(?:[-*+\u2022]\s+)?|[.!?:;]\s+)as\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_SENTENCE_AS = re.compile(r"(?:^|[.!?:;])\s*(?:[-*+\u2022]\s+)?as\s", re.I)  # where _AS_ROLE may match
_PEOPLE = ("scientist", "engineer", "analyst", "developer", "designer", "architect", "tester", "specialist",
           "consultant", "manager", "administrator", "programmer")
_PEOPLE_PLURAL = tuple(word + "s" for word in _PEOPLE)


def _names_people(m: Mention, *, plural: bool) -> bool:
    """A skill written as the people who practise it: "Data Scientists" in "We work closely with
    ... Analysts and Data Scientists", "Experience working with data scientists to deploy ML
    models" (colleagues, not a skill asked; the ML stays), and outside the requirements one of
    them, "As a Senior Data Engineer you will join ..." (the job's title)."""
    if m.surface[-1:] not in "rtsRTS":  # (the last letter of every word in _PEOPLE and its plural)
        return False
    surface = m.surface.lower()
    if not (surface.endswith(_PEOPLE_PLURAL) or not plural and surface.endswith(_PEOPLE)):
        return False
    # a tool named like a person is the tool: "package managers", "Oracle SQL Developer", "Adobe
    # Experience Manager"
    return m.skill.category not in TECH_CATEGORIES


def _may_name_a_job_or_team(text: str) -> bool:
    lowered = text.lower()
    return (
        "team" in lowered
        or any(word in lowered for word in ("role", "position", "opening", "job", "vacanc", "opportunit", "contract"))
        or "as " in lowered and _SENTENCE_AS.search(text) is not None
    )


def _run_end(line: str, mentions: list[Mention], i: int) -> int:
    """The index of the last mention of the run that starts at ``mentions[i]``: mentions joined by
    commas, "and", "or", "/" ("Scala and Spark")."""
    j = i
    while j + 1 < len(mentions) and _RUN_JOIN.fullmatch(line, mentions[j].end, mentions[j + 1].start):
        j += 1
    return j


# where a role's work is done, after the role: "experience as a care assistant in a residential or nursing
# setting", "as a line cook in a high-volume restaurant environment"
_ROLE_SETTING = _Guarded(
    re.compile(
        rf"\bas\s+an?\s+{_FIELD_NAME}\s+(?:with(?:in)?|in|at)\s+(?:an?|the)\s+(?P<setting>[\w/&+' -]{{1,60}}?)"
        r"\s+(?:settings?|environments?|facilit(?:y|ies)|homes?)\b",
        re.I,
    ),
    ("setting", "environment", "facilit", "home"),
)


# a plain workplace, no field of practice: "residential", "a hospitality environment", "a fast-paced retail
# environment", "a care home". A skill named in a setting of other words is the experience asked: "as a
# registered nurse in an acute care setting" asks acute care, "as a developer in an Agile environment" Agile
_PLAIN_SETTING = re.compile(
    r"(?:(?:busy|fast[- ]paced|high[- ]volume|small|large|residential|hospitality|office|retail|corporate|"
    r"commercial|home|care\s+home|domestic|domiciliary|community|restaurant|hotel|warehouse|factory|"
    r"(?:customer|client)[- ]facing|professional)\s*)+",
    re.I,
)
# the alternatives of a setting: "residential or nursing", "hotel, restaurant and retail"
_SETTING_ALTERNATIVES = re.compile(r"\s*(?:,|/|&|\bor\b|\band\b)\s*", re.I)


def _without_role_settings(line: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a scope without those naming a plain workplace where a role's work is done (see
    _ROLE_SETTING, _PLAIN_SETTING): "as a receptionist in a hospitality environment" asks no hospitality. A
    skill offered as another kind of a plain setting goes too: in "1 year's experience as a care assistant in
    a residential or nursing setting" the years are of the care assistant, and nursing is no skill asked. A
    field of practice there is asked ("as an RN in a critical care environment"), a tool too ("as a
    developer in a Linux environment")."""
    spans = [span for found in _ROLE_SETTING.finditer(line, start, end) for span in _plain_setting_spans(found)]
    return [
        m
        for m in mentions
        if m.skill.category in TECH_CATEGORIES or not any(a <= m.start < b for a, b in spans)
    ]


def _plain_setting_spans(found: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of a role's setting to drop: all of it when one of its alternatives is a plain workplace
    ("residential or nursing"), none when none is ("acute care", "public accounting")."""
    start, end = found.span("setting")
    text = found.string[start:end]
    pieces = [piece for piece in _SETTING_ALTERNATIVES.split(text) if piece]
    return [(start, end)] if any(_PLAIN_SETTING.fullmatch(piece) for piece in pieces) else []


def _without_jobs_and_teams(line: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a scope without those naming the job offered or a team (see _JOB_OFFERED):
    a run of skills ("Scala and Spark") before a role noun, itself before "role" or "position",
    or after "our" before "teams"."""
    kept: list[Mention] = []
    i = 0
    while i < len(mentions):
        j = _run_end(line, mentions, i)
        noun = _ROLE_NOUN.match(line, mentions[j].end)
        if noun is not None and (
            _JOB_OFFERED.match(line, noun.end())
            or _AS_ROLE.search(line, max(0, mentions[i].start - 60), mentions[i].start)
            or noun.group().rstrip().lower().endswith(("team", "teams"))
            and _TEAM_OWNER.search(line, max(0, mentions[i].start - 8), mentions[i].start)
        ):
            i = j + 1
            continue
        kept.extend(mentions[i : j + 1])
        i = j + 1
    return kept


# The name of a department or a unit of the employer (see _without_unit_names)
_UNIT_RUN = r"[A-Z][\w'-]*(?:,?\s+(?:(?:and|&|of|for)\s+)?[A-Z][\w'-]*)*"
# (three patterns, each with a word of its own to look for first: one alternation of them all is
# tried at every position of a long line)
_UNIT_OF = _Guarded(
    re.compile(
        r"\b(?:[Dd]epartments?|DEPARTMENTS?|Institutes?|Facult(?:y|ies)|School|Division|Section|Cent(?:re|er))"
        rf"\s+(?:of|for)\s+({_UNIT_RUN})"
    ),
    (),
    ("epartment", "EPARTMENT", "Institute", "Facult", "School", "Division", "Section", "Centre", "Center"),
)
_UNIT_PART = _Guarded(re.compile(rf"\bpart of (?:our|the)\s+({_UNIT_RUN})"), (), ("part of",))
# the name before the noun is read back from it (_UNIT_BEFORE)
_UNIT_NOUN = _Guarded(
    re.compile(r"(?<=\s)(?:[Dd]epartments?|DEPARTMENTS?|[Dd]ivision|[Bb]usiness [Uu]nit)\b"),
    (),
    ("epartment", "EPARTMENT", "ivision", "usiness ", "usiness U"),
)
_UNIT_BEFORE = re.compile(rf"(?<![\w'-])({_UNIT_RUN})\s+$")  # "the Service Strategic Procurement" department
_UNIT_REACH = 120


def _without_unit_names(line: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions not inside the name of a department or unit of the employer: "the Department
    of Infectious Diseases", "the Departments of Chemistry ... are encouraged", "For the Service
    Strategic Procurement department", "the Section for Genetics Ecology and Evolution", "part of
    our Service Supply Chain": a place, not a skill asked. Only a name in capitals: "working in an
    internal marketing department" speaks of the work done there."""
    names = [match.span(1) for pattern in (_UNIT_OF, _UNIT_PART) for match in pattern.finditer(line)]
    for match in _UNIT_NOUN.finditer(line):
        before = _UNIT_BEFORE.search(line, max(0, match.start() - _UNIT_REACH), match.start())
        if before is not None:
            names.append(before.span(1))
    if not names:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in names)]


# A person's title, "Team Leader Customer Service & Logistics", "explains <NAME> <NAME> Senior Manager
# PCS & Business Analysis Finance & Performance Management": outside the requirements, the name in
# capitals after a title noun is the unit the person leads, not a skill asked
_TITLE_HEAD = _Guarded(
    re.compile(
        r"\b(?:Manager|Director|Head|Leader|Officer|Coordinator|VP|Vice President|Partner)(?:\s+(?:of|for))?"
        rf"\s+(?P<run>{_UNIT_RUN})"
    ),
    (),
    ("Manager", "Director", "Head", "Leader", "Officer", "Coordinator", "VP", "Vice President", "Partner"),
)


def _without_titles(line: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions not in the unit a person's title names (see _TITLE_HEAD)."""
    runs = [match.span("run") for match in _TITLE_HEAD.finditer(line, start, end)]
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in runs)]


_BUILT_THINGS = re.compile(r"(?:applications|apps|services)$", re.I)  # a mention naming software built


def _is_field(unit: _Unit) -> bool:
    """A field of work rather than a skill: "backend development", "software engineering"."""
    return len(unit.names) == 1 and unit.names[0].endswith((" development", " engineering"))


def _drop_purpose(line: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """Skills after "for" name the purpose of the one before: "Kubernetes for container
    orchestration", "Redis for caching" ask for Kubernetes and Redis. A purpose is a few words
    (_PURPOSE_WORDS): in a long run of items without stops ("... products for <ORGANIZATION>
    platforms MS or BS in Computer Science ... Practical experience with Swift"), the items
    further on are asked for. Linear in the line's length (a pasted page of one line holds thousands
    of "for"): the brackets are counted as the "for"s move on, the dropped ranges found by bisection."""
    if len(mentions) < 2:
        return mentions
    first_end = min(m.end for m in mentions)  # (a purpose follows a skill named before it)
    dropped_starts: list[int] = []
    dropped_ends: list[int] = []
    counted, depth = start, 0  # "(" less ")" in line[start:counted]: none open at 0 or below (_paren_depth)
    for match in _FOR.finditer(line, start, mentions[-1].start):
        cut = match.start()
        if dropped_ends and cut < dropped_ends[-1]:
            continue
        depth += line.count("(", counted, cut) - line.count(")", counted, cut)
        counted = cut
        if first_end <= cut and depth <= 0:
            reach = _PURPOSE.match(line, match.end())
            dropped_starts.append(cut)
            dropped_ends.append(reach.end() if reach else len(line))
    if not dropped_starts:
        return mentions
    return [m for m in mentions if not _in_ranges(m.start, dropped_starts, dropped_ends)]


def _in_ranges(at: int, starts: list[int], ends: list[int]) -> bool:
    """Whether ``at`` falls in one of the ranges [starts[i], ends[i]), sorted and apart."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and at < ends[i]


_PURPOSE_WORDS = 6
_PURPOSE = re.compile(rf"(?:\s+\S+){{{_PURPOSE_WORDS}}}")  # the words a purpose reaches to


def _paren_depth(line: str, start: int, end: int) -> int:
    return max(0, line.count("(", start, end) - line.count(")", start, end))


def _unit_of(m: Mention) -> _Unit:
    return _Unit([m.skill.name], m.skill.soft, m.start, m.end, m.skill.category == "concept")


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


_MD_LINK = _Guarded(re.compile(r"\[([^\]]+)\]\([^)]*\)"), ("](",))
# ("<NAME>" stays: an anonymised person's name, no tag; see _PERSON_TITLE)
_HTML_TAG = _Guarded(re.compile(r"</?(?!NAME>)[a-zA-Z][^<>]{0,200}>|&(nbsp|amp|lt|gt|quot|#\d+);"), ("<", "&"))
_EMPHASIS = _Guarded(re.compile(r"\*\*|__|`|(?<!\w)\*(?=\w)|(?<=\w)\*(?!\w)"), ("*", "_", "`"))


def strip_markup(line: str) -> str:
    """Markdown emphasis, links and HTML remnants out; the words stay where they were."""
    line = _MD_LINK.sub(r"\1", line)
    line = _HTML_TAG.sub(lambda m: {"&amp;": "&", "&lt;": "<", "&gt;": ">"}.get(m.group(0), " "), line)
    return _EMPHASIS.sub("", line)


# -- sentences about the employer ----------------------------------------------------------------
# "<ORGANIZATION> supports government clients with ... Cyber Security", "We are a fast-growing team
# of 80 ...", "Our ambition is big and bold ...", "The team consists of Software Engineers ...",
# "About the department The Department of Bioinformatics and Data Mining combines ...": the
# employer, its team or its product is the subject, and the skills named are the company's, not
# the job's. A sentence that speaks to the candidate ("you"), hires ("is seeking an engineer with
# Java") or names the stack ("we use", "built with") is about the job and stays.
_EMPLOYER_SUBJECT = re.compile(
    r"^(?:about\s+(?:us|the\s+\w+)\s+)?(?:"
    r"we(?:'re|\s+are)\s+(?:also\s+)?(?:a|an|the|one|more|not|proud|leaders?|part)\b"
    r"|our\s+(?:\w+\s+)?(?:company|mission|ambition|vision|goal|aim|purpose|team|customers|clients|products?|"
    r"platform|culture|story|history|founders|offices?|business|group|department|lab|organi[sz]ation|"
    r"clinic|practice|hospital|firm|agency|store|shop|restaurant|hotel|school|facility|studio|brand|family)\b"
    r"|the\s+(?:company|team|group|department|university|organi[sz]ation|lab|laboratory|unit|section|"
    r"cent(?:re|er)|institute|faculty|division)\b(?!\s+(?:lead|leader|manager|head)\b)"
    r"|(?:at\s+)?the\s+department\s+of\b"
    # what the company makes: "We are developing a new and cool Application Security SaaS product"
    # (not how: "We build services with Go" names the stack)
    r"|we(?:'re|\s+are)?\s+(?:currently\s+|now\s+)?(?:develop(?:ing)?|build(?:ing)?|creat(?:e|ing)|design(?:ing)?)"
    r"\s+(?:out\s+)?(?:(?:a|an|the|our)\s+)?(?:[\w-]+\s+){0,6}?(?:products?|platforms?|solutions?|software|apps?|"
    r"applications?|services?|systems?|tools?|monitoring)\b(?![^.!?]*\bwith\b))",
    re.I,
)
# "Acme is more than just another IT services company", "The Nordvik group develops products which
# ...", "<ORGANIZATION> builds mobile first Cloud based SaaS ...": a name followed by what a company
# does. A de-identified name (<ORGANIZATION>) is blanked like other markup (strip_markup), so a
# sentence that opens with such a verb in lower case ("is an academic environment spanning ...")
# has lost its name.
_NAMED_EMPLOYER = re.compile(
    r"^(?:(?:[Aa]bout|[Aa]t)\s+)?(?:(?P<subject>(?:[Tt]he\s+)?"
    r"(?!(?:The|This|That|These|Those|It|He|She|They|We|Our|Your|Their|Each|Every|Some|Any|All|No|There|Here|"
    r"What|Which|Who|How|Why|When|Where)\b)"
    r"(?:<[A-Z_]+>|[A-Z][\w&.'-]*)(?:\s+(?:<[A-Z_]+>|[A-Z][\w&.'-]*|of|for|and|&)){0,10}"
    r"(?:\s+(?:group|team|department|unit|lab|section|company))?)\s+)?"
    r"(?:is|was|has|builds|supports|offers|provides|develops|delivers|serves|helps|employs|operates|unites|aims|"
    r"inspires|delights|demos|comprises|combines|celebrates|is celebrating|makes?|creates|manufactures|"
    r"speciali[sz]es|focuses)\b"
)
# "The Principal Cloud Architect is ...", "This post doc position will ...": the job, not the company
_JOB_SUBJECT = re.compile(
    rf"\b(?:{JOB_NOUNS}|leads?|assistants?|researchers?|professors?|candidates?|post\s?docs?|students?|"
    r"position|role|job)$",
    re.I,
)
_ADDRESSES_JOB = re.compile(
    r"\b(?:you|your|yours|yourself|candidates?|applicants?|seeking|looking (?:for|to)|hiring|searching for|"
    r"recruit\w*)\b|\bwe\s+(?:\w+\s+)?(?:value|need|want|expect|require|seek|hire|welcome|invite)\b|"
    # the stack the job works with
    r"\b(?:stack|languages include|built (?:on|with)|based on|use|uses|using|used|utili[sz]es?|written in|"
    r"powered by|run(?:s|ning)? on|work(?:s|ing)? with|rely on)\b",
    re.I,
)
_EMPLOYER_HEADING = re.compile(
    r"^(?:company(?:\s+(?:description|overview|profile|info(?:rmation)?))?|who we are|our (?:company|story)|"
    r"the company|about\s+(?!(?:you|your|this|what|the\s+(?:role|job|position|team|opportunity|work|project))\b)"
    r"\S.*)$",
    re.I,
)


# the label of the employer's name in a posting's header: "Company: Northwind Logistics", "Employer:
# Summit Freight", "Hiring organisation: Acme Data"
_EMPLOYER_LABEL = re.compile(
    # ("Organization:" alone heads a soft skill as often: "Organization: time management, Excel")
    r"(?:hiring\s+)?(?:company(?:\s+name)?|employer|organi[sz]ation\s+name|hiring\s+manager|firm|practice\s+name)",
    re.I,
)


# The employer's legal statements at a posting's foot, often under no heading of their own and so read
# in the last section (the requirements): "Summit Freight is an Equal Opportunity Employer.", "...
# without regard to race, color, religion ...", "We are a drug-free workplace and participate in
# E-Verify." They ask nothing, whatever the company's name says ("Freight", "Logistics", "Data").
# Knowing the law is asked in other words ("Working knowledge of FLSA, FMLA, ADA and EEO regulations").
_EMPLOYER_STATEMENT = _Guarded(
    re.compile(
        r"\bequal\s+(?:employment\s+)?opportunit(?:y|ies)\s+(?:and\s+affirmative\s+action\s+)?(?:employer|workplace)\b|"
        r"\baffirmative\s+action\s+employer\b|"
        r"\bwithout\s+regard\s+to\s+(?:their\s+)?(?:race|colou?r|religion|sex|age|gender|national|disability)\b|"
        r"\bdrug[-\s]free\s+(?:workplace|work\s+environment|employer)\b|\bparticipates?\s+in\s+e-?verify\b",
        re.I,
    ),
    ("equal", "affirmative", "regard", "drug", "verify"),
)


# What the job gives or how it is judged, not what it asks: "Conference Tickets and Event Budget",
# "Professional Education: High-impact training courses taught by practitioners (Agile and Lean
# methodologies)", "we offer a generous conference and books budget", "You will be evaluated on a
# mix of process and impact goals: ... monitoring ... capacity building". A sentence that also asks
# (_REQUIREMENT_CUE, _ASKING_WORD: "Experience delivering training courses in Excel") is read as usual.
_OFFERED = _Guarded(
    re.compile(
        r"\b(?:training courses?|courses? taught|(?:conference|training|education|learning|book)s?"
        r"(?:\s+and\s+\w+)?\s+budgets?|(?:conference|event)\s+tickets|we offer|"
        r"(?:be|are|is|get)\s+(?:evaluated|assessed|measured|judged)\s+(?:on|by|against|based)\b)",
        re.I,
    ),
    ("training course", "taught", "budget", "tickets", "we offer", "evaluated", "assessed", "measured", "judged"),
)
# a degree on the way, an internship's or a co-op's: "Currently pursuing a BS/MS in Computer Science, graduating Dec
# 2027", "Enrolled in a Bachelor's degree program", "rising seniors working toward a BS". The student asked for holds
# no degree yet (a resume lists one in progress with no level), so none is required; the field of study is still
# no skill. Not a degree held beside one studied: "Bachelor's degree required; pursuing a Master's is a plus" (its
# own scope after the tier mark); nor "pursuing leads" without a degree in the scope (see _degree_in_progress)
_DEGREE_IN_PROGRESS = re.compile(
    r"\b(?:pursuing|(?:currently\s+)?enrolled\s+(?:in|at)|(?:working|studying)\s+towards?|(?:current|returning)\s+"
    r"(?:students?|enrollment)|rising\s+(?:juniors?|seniors?|sophomores?))\b",
    re.I,
)
# the degree named before its words of study, standing for it: "Bachelor's degree in Computer Science or currently
# pursuing one"
_PURSUED_PRONOUN = re.compile(r"\s*(?:one|it|the same|(?:such|this|that|the)\s+(?:a\s+)?degree)\b", re.I)
_PURSUED_WORDS = 8  # "enrolled at an accredited four-year university in a Bachelor's program"


def _degree_in_progress(text: str) -> bool:
    """Whether the degree a scope names is one being studied for: its level comes after the words of study ("Rising
    seniors working toward a BS", "Currently enrolled in a Bachelor's degree program"), or a pronoun after them stands
    for it ("Bachelor's degree or currently pursuing one"). Not a degree named first and held beside a licence or
    another degree studied for: "MSW required and working toward LCSW licensure", "Bachelor's degree in Nursing and
    currently enrolled in an MSN program"."""
    for found in _DEGREE_IN_PROGRESS.finditer(text):
        if _PURSUED_PRONOUN.match(text, found.end()):
            return True
        if find_degrees(text[: found.start()]):
            return False  # the level comes first: a degree held
        after = " ".join(text[found.end() :].split()[:_PURSUED_WORDS])
        if find_degrees(after):
            return True
    return False


# a qualification on the way, not held: "Working towards Chartered status (ACCA or CIMA)", "we support
# you working toward your CPA", "Studying towards the PMP": what the employer supports or the candidate
# studies for, which a resume without it meets. Not work towards a goal: "Experience working towards SOC
# 2 compliance" (no certificate), "Experience working towards ISO 9001 certification" (the firm's)
# ("pursuing" too: "Bachelor's degree in Accounting and pursuing CPA licensure"; its object must be a certificate, so
# "pursuing new business leads in Salesforce" asks Salesforce)
_STUDYING_TOWARDS = re.compile(
    r"(?<!experience )\b(?:(?:working|studying|progressing|study)\s+towards?"
    # (not the employer's: "Led the plant team pursuing ISO 9001 certification", "we're pursuing SOC 2")
    r"|(?<!team )(?<!teams )(?<!company )(?<!firm )(?<!organization )(?<!organisation )(?<!we )(?<!we're )"
    r"(?:actively\s+)?pursuing)\b",
    re.I,
)


# what ends the object of "towards": "working towards daily delivery targets with a valid CDL Class A",
# "working toward monthly KPIs while holding a valid RN license" (the licence is held, and asked)
_PAST_TOWARDS = re.compile(r"[,;.]|\b(?:with|while|but|holding|having|hold|must|required|plus|and)\b", re.I)


def _towards_object(text: str, end: int, start: int) -> bool:
    """Whether text[start:] begins the object of the words of a qualification on the way that end at
    ``end``: "towards Chartered status (ACCA", "toward your CPA", "towards ACCA or CIMA"."""
    gap = text[end:start]
    return start >= end and len(gap.split()) <= 5 and _PAST_TOWARDS.search(gap) is None


def _studied_towards(text: str, offset: int, mentions: list[Mention]) -> bool:
    """Whether every skill of a scope is a certificate that is the object of its words of a
    qualification on the way."""
    found = _STUDYING_TOWARDS.search(text)
    return found is not None and all(
        _towards_object(text, found.end(), m.start - offset) and m.skill.category == "certification"
        for m in mentions
    )


_ASKING_WORD = re.compile(
    r"\b(?:experience|knowledge|skills?)\s+(?:with|in|of|using|\w+ing)\b|\b(?:abilit(?:y|ies)|proficien\w*|familiar\w*)\b",
    re.I,
)


# A sentence about the team, "our team of 40,000+ technologists design build and deploy everything from
# ... big data", "This diverse group of engineers product managers designers SRE network QA ...": its
# skills are the team's; unless it names the stack the job works with (_STACK_WORDS)
_TEAM_OF = _Guarded(
    re.compile(
        r"\b(?:team|group) of\s+(?:[\w,+.-]+\s+){0,4}?(?:technologists|engineers|developers|experts|specialists|"
        r"professionals|people|colleagues|scientists)\b",
        re.I,
    ),
    ("team of", "group of"),
)
_STACK_WORDS = re.compile(
    r"\b(?:stack|built (?:on|with)|based on|use|uses|using|used|written in|powered by|work(?:s|ing)? with|"
    r"rely on|such as)\b",
    re.I,
)


# the kind of company a skill names: "a SaaS company", "a fintech and healthcare startup"
_COMPANY_KIND = re.compile(
    r"(?:(?:\s+and|\s*[,/&])?\s+[\w.-]+){0,3}?[\s-]+(?:company|startup|start-up|scale-?up|firm|business|provider|"
    r"vendor|agency|consultancy|organi[sz]ation|group|leader|player)\b",
    re.I,
)


def _named_employer(text: str, mentions: list[Mention], offset: int) -> bool:
    """Whether the sentence opens with the company's name as its subject ("Acme is a ..."), not a
    skill's ("Python is a must and we are looking for ...") or the job's (see _employer_subject)."""
    named = _NAMED_EMPLOYER.match(text)
    return (
        named is not None
        and bool(named.group("subject"))
        and not _JOB_SUBJECT.search(named.group("subject"))
        and not any(m.start < offset + named.end("subject") for m in mentions)
    )


_COMPANY_HIRES = re.compile(
    r"\b(?:(?:currently|now)\s+)?(?:looking for|seeking|searching for|hiring|recruiting)\b", re.I
)


def _about_the_employer(text: str, section: Section, mentions: list[Mention], offset: int) -> bool:
    """A sentence about the company rather than the job (see _EMPLOYER_SUBJECT): one whose
    subject is the employer, or any sentence of a section about it ("Company description",
    "About us"). ``mentions`` are the line's skills, ``offset`` where ``text`` starts in the line.
    A sentence that speaks to the candidate or names the stack (_ADDRESSES_JOB) is about the job
    whatever its subject: that scan of the whole sentence comes last, as most sentences have no
    employer subject to overrule."""
    return _employer_subject(text, section, mentions, offset) and not _ADDRESSES_JOB.search(text)


def _employer_subject(text: str, section: Section, mentions: list[Mention], offset: int) -> bool:
    """Whether the sentence's subject is the employer, or its section is about the employer."""
    if section.kind in (CONTEXT, UNKNOWN) and section.heading and _EMPLOYER_HEADING.match(section.heading.strip()):
        return True
    if _EMPLOYER_SUBJECT.match(text):
        # "We are building a new payments platform, so 5+ years of Java and Kafka are essential" asks
        return not (_REQUIRED_MARK.search(text) or _PREFERRED_MARK.search(text) or find_years(text) is not None)
    named = _NAMED_EMPLOYER.match(text)
    # "Python is a must" names a skill, "Experience is required" asks: neither is a company
    return (
        named is not None
        and not _JOB_SUBJECT.search(named.group("subject") or "")
        and not any(m.start < offset + max(named.end("subject"), 0) for m in mentions)
        and not (_REQUIRED_MARK.search(text) or _PREFERRED_MARK.search(text))
    )


_ROLE_HEADING = re.compile(r"^(?:role|job title|position(?: title)?|title|job)$", re.I)
_TITLE_FILLER = frozenset({"of", "and", "for", "to", "with", "in", "the", "a", "an", "on", "at"})


def _names_a_job(text: str, section: Section) -> bool:
    """A short line in title case that names a job ("QA/Test Developer", "Backend Developer
    DevOps System Administrator"), or any such line under a "Role" / "Job title" heading
    ("DevOps"): the title of a job, which asks for nothing."""
    words = re.findall(r"[^\W\d_][\w'+#.-]*", text)
    if not words or len(words) > 8 or text.rstrip().endswith((".", "!", "?", ";", ",")):
        return False
    if not all(w[0].isupper() or w.casefold() in _TITLE_FILLER for w in words):
        return False
    return bool(JOB_WORD.search(text) or (section.heading and _ROLE_HEADING.match(section.heading.strip())))


# -- title --------------------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"<[A-Z_]+>|\((?:m/f/d|m/w/d|f/m/d|m/f|h/f|all genders)\)", re.I)


def find_title(lines: list[str]) -> str | None:
    """The job title: a "Position:" line, else the first heading or short first line, else the
    role in "We are seeking a Senior Backend Engineer to ..."."""
    return _title_and_line(lines)[0]


def _title_and_line(lines: list[str], infos: list[_LineInfo] | None = None) -> tuple[str | None, int | None]:
    """The title and the 1-based line it stands on alone (None when it sits in a sentence).
    What it asks of a line is kept in the lines' parser cache entries (``infos``, see
    _line_infos) when given: postings share lines."""
    head = lines[:40]
    infos = infos[:40] if infos is not None else [_LineInfo(line) for line in head]
    for number, (line, info) in enumerate(zip(head[:25], infos, strict=False), 1):
        if info.label_title is _UNKNOWN:
            info.label_title = _label_title(line)
        if info.label_title is not None:
            return info.label_title, number
    past_header = False
    for number, (line, info) in enumerate(zip(head, infos, strict=True), 1):
        if not info.stripped:
            continue
        if info.first_title is _UNKNOWN:
            info.first_title = _first_line_title(line)
        if info.first_title is not None and (
            # after the header, a line that is the title alone: no heading ("Company Description"),
            # no sentence ("We are looking for ..."), a few words
            not past_header or (classify_heading(info.first_title) == UNKNOWN and len(info.first_title.split()) <= 8)
        ):
            return info.first_title, number
        if not past_header and _PAGE_HEADER.fullmatch(info.stripped.strip("*_#: ")):
            past_header = True  # LinkedIn's "About the job", a board's "Job description": the title may be next
            continue
        if info.first_title is None and info.label_title is None:
            if info.title_lead is _UNKNOWN:  # a one-line posting: "Sales Representative | We are looking for ..."
                info.title_lead = _title_lead(line) if len(info.stripped) > 40 else None
            if info.title_lead is not None:
                return info.title_lead[0], number
        break
    for line, info in zip(head, infos, strict=True):
        if info.role is _UNKNOWN:
            m = _SEEKING.search(line.replace("**", "") if "**" in line else line)
            info.role = _clean_title(m.group("title")) if m else None
        if info.role is not None:
            return info.role, None
    return None, None


_PAGE_HEADER = re.compile(r"(?:about the (?:job|role|position)|job description|job details|description)", re.I)


# where the title of a one-line posting ends: a " | " after it, or a section label written inline
# ("Payroll Administrator - Leeds - £28,000 About us: We are ...")
_TITLE_END = re.compile(rf"\s+\|\s+|\s+(?={_INLINE_LABELS}\s*:)", re.I)
_SENTENCE_OPENING = re.compile(r"(?:we|we're|our|i|i'm|you|your|join|are|is|looking|seeking|hiring|come|if|do)\b", re.I)
_TITLE_REACH = 120  # (a title is a few words: the end is looked for in the line's first characters)


def _title_lead(line: str) -> tuple[str, int] | None:
    """The title opening a one-line posting and where the rest of the line starts (see _TITLE_END);
    None when the line opens otherwise."""
    end = _TITLE_END.search(line, 0, _TITLE_REACH)
    if end is None or (end.group().strip() != "|" and not line[end.end()].isupper()):
        return None  # (a label mid-line is capitalised: see _inline_sections)
    if _SENTENCE_OPENING.match(line.lstrip(" #*_")):
        return None  # "We are hiring for several roles | apply today": a sentence, no title
    title = _first_line_title(line[: end.start()])
    return None if title is None else (title, end.end())


def _label_title(line: str) -> str | None:
    """The title of a "Position: Senior Java Developer" line."""
    m = _TITLE_LABEL.match(line)
    return _clean_title(m.group(1)) if m and m.group(1).strip() else None


def _first_line_title(line: str) -> str | None:
    """The title a (non-blank) first line is: a heading or a short line that names no section."""
    m = _MD_HEADING.match(line)
    text = m.group(2) if m else line.strip().strip("*_ ")
    if not text.isascii():
        text = _TRAILING_SYMBOLS.sub("", text)  # "We're hiring! 🚀" is a banner, no title
    if (
        # ("Java Backend Engineer with Integration Expertise" names a job, though "expertise"
        # heads requirement sections)
        (classify_heading(text) in (UNKNOWN, CONTEXT) or JOB_WORD.search(text) and not _explicit_tier(text))
        and len(text.split()) <= 12
        and not text.endswith((".", "!", "?"))
        and ":" not in text
        and not _GREETING.match(text)  # "Hi there,", "Hello Maya": a letter's opening, the role is in its body
    ):
        title = _clean_title(re.sub(r"\bjob description\b", "", text, flags=re.I))
        if title and not _looks_like_heading(title):
            return title
    return None


_GREETING = re.compile(r"(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b", re.I)
# emoji and pictographs closing a title ("Customer Support Specialist (Tier 1) 🎧", "We're hiring! 🚀")
_TRAILING_SYMBOLS = re.compile(
    "[\\s\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+$"
)


# where the job is done, closing a title: "Data Engineer - Remote", "Data Engineer (Remote)",
# "Analyst - London, UK", "Nurse | Austin, TX", "Developer - Remote (US)", "Engineer, Hybrid"; the
# title is the job ("Engineer - Hybrid Cloud", "Engineer - Platform & Infrastructure", "Engineer -
# Tools, QA" keep theirs: a place's country or state is one _COUNTRY names)
_WORK_MODE = (
    r"(?i:(?:fully\s+|100%\s+)?(?:remote(?:-first)?|hybrid|on-?site|on site|in-office|in office|work from home|wfh))"
)
_PLACE_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}"
_COUNTRY = (
    r"(?:UK|USA?|UAE|EU|NZ|A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|"
    r"S[CD]|T[NX]|UT|V[AT]|W[AIVY]|ON|BC|QC|AB|NSW|VIC|QLD|"
    r"United Kingdom|United States|England|Scotland|Wales|Ireland|Germany|France|Spain|Netherlands|"
    r"Canada|Australia|New Zealand|India|Poland|Portugal|Italy|Sweden|Denmark|Norway|Finland|Switzerland|Austria|"
    r"Belgium|Singapore)"
)
_PLACE_SUFFIX = re.compile(
    rf"\s*[(\[]\s*{_WORK_MODE}\b[^()\[\]]*[)\]]$"  # "(Remote)", "(Hybrid, London)", "[Remote - EU]"
    rf"|(?:\s[-\u2013\u2014|\u00b7/]|,)\s+{_WORK_MODE}"  # " - Remote", " | Hybrid", ", Remote"
    rf"(?:\s*[,/\u2013-]\s*{_PLACE_NAME}|\s*\([^()]*\)|\s+[A-Z]{{2,4}})?$"  # (", UK", " (US)", " EU")
    rf"|\s[-\u2013\u2014|\u00b7]\s+{_PLACE_NAME},\s*{_COUNTRY}$"  # " - London, UK", " | Austin, TX"
)


# when an internship or a graduate job starts, closing its title: "Software Engineering Intern - Summer 2027", "Data
# Science Intern (Fall 2026)", "Software Engineer, New Grad (2027)", "Analyst - 2027 Start" (the year alone only
# after a dash, a comma or in brackets: "Windows Server 2019 Administrator", "Office 2016 Trainer" keep theirs)
_TERM_SUFFIX = re.compile(
    r"(?:\s[-\u2013\u2014|]\s*|,\s*|\s*\(\s*)(?:(?:Summer|Fall|Autumn|Winter|Spring)\s+20\d\d"
    r"(?:\s+(?:Start|Intake|Cohort|Internship|Co-?op))?|20\d\d(?:\s+(?:Start|Intake|Cohort|Graduates?|Grads?))?)"
    r"(?:\s*\)|(?<!\)))$",
    re.I,
)


_PLACE_CELL = re.compile(rf"{_WORK_MODE}|{_PLACE_NAME},?\s+{_COUNTRY}")


def _role_cell(text: str) -> str:
    """The role alone of a title written as a row of cells ("Senior Accountant | Finance | Sydney NSW",
    a tabbed row read as " | "): the first cell that names a job ("Acme Pty Ltd | Senior Accountant |
    Sydney NSW"), else the first."""
    cells = [cell.strip() for cell in text.split(" | ") if cell.strip()]
    if len(cells) < 2:
        return text
    # where the job is done is no role: "Remote | Barista", "Austin, TX | Line Cook"
    cells = [cell for cell in cells if not _PLACE_CELL.fullmatch(cell)] or cells
    # "Baker Hughes | Field Engineer": a job's own noun first; "Denver | Housekeeper": a listed
    # title's noun before a word only shaped like one (a city's "Denver", "Manchester")
    ranked = [(rank, i) for i, cell in enumerate(cells) if (rank := role_rank(cell)) is not None]
    return cells[min(ranked)[1]] if ranked else cells[0]


def _clean_title(text: str) -> str:
    text = _PLACEHOLDER.sub("", text)
    if " | " in text:
        text = _role_cell(text)
    if not text.isascii():
        text = _TRAILING_SYMBOLS.sub("", text)
    text = " ".join(text.replace("**", "").split()).strip(" -:|")
    for _ in range(2):  # ("Data Engineer - London, UK (Hybrid)")
        place = _PLACE_SUFFIX.search(text) or _TERM_SUFFIX.search(text)
        if place is None or place.start() == 0:
            break
        text = text[: place.start()].rstrip(" -:|,")
    return text
