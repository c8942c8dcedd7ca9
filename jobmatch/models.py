"""Values that cross stage boundaries: frozen dataclasses and enums, stdlib only.

Data flows one way: load (Document) -> understand (Posting, ResumeProfile) -> match
(RequirementMatch) -> score (MatchResult) -> render.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Tier(str, Enum):
    """How much a posting cares about a requirement."""

    REQUIRED = "required"
    PREFERRED = "preferred"
    CONTEXT = "context"  # named in responsibilities, tech stack, keywords, about: not scored


class Method(str, Enum):
    """How a resume met a requirement, from the most to the least direct."""

    EXACT = "exact"  # the skill's canonical name appears in the resume
    ALIAS = "alias"  # another name for it appears (Postgres for PostgreSQL)
    FUZZY = "fuzzy"  # a misspelling or variant appears (Kubernates)
    IMPLIED = "implied"  # a skill that implies it appears (Django implies Python)


@dataclass(frozen=True)
class Document:
    """A loaded input: its text normalised, split into lines numbered from 1."""

    path: str  # as the user gave it ("-" for stdin)
    text: str
    kind: str  # "text" | "markdown" | "pdf"

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass(frozen=True)
class Skill:
    """One vocabulary entry."""

    name: str
    category: str
    soft: bool = False
    aliases: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A skill found in a line of text."""

    skill: Skill
    line: int  # 1-based line number in the document
    start: int  # character offsets within the line
    end: int
    surface: str  # the text as written
    method: Method  # EXACT, ALIAS or FUZZY


@dataclass(frozen=True)
class Requirement:
    """One thing a posting asks for: met when the resume shows any of its alternatives."""

    tier: Tier
    any_of: tuple[str, ...]  # canonical skill names
    soft: bool
    text: str  # the source line, without its bullet
    line: int
    section: str | None = None  # the heading it stands under
    min_years: int | None = None  # "5+ years of Python"


@dataclass(frozen=True)
class Section:
    heading: str | None
    kind: str  # required | preferred | context | education | boilerplate | unknown
    line: int  # line of the heading (or of the first line for the preamble)


@dataclass(frozen=True)
class Posting:
    path: str
    title: str | None
    sections: tuple[Section, ...]
    requirements: tuple[Requirement, ...]
    min_years: int | None
    degree: str | None  # lowest degree level required: associate | bachelor | master | phd
    preferred_degree: str | None
    body: str  # the text used for similarity: boilerplate (benefits, EEO, salary) removed

    def by_tier(self, tier: Tier) -> list[Requirement]:
        return [r for r in self.requirements if r.tier is tier]


@dataclass(frozen=True)
class ResumeSkill:
    skill: Skill
    mentions: tuple[Mention, ...]  # every place it appears, in line order


@dataclass(frozen=True)
class ResumeProfile:
    path: str
    skills: tuple[ResumeSkill, ...]
    text: str
    lines: tuple[str, ...] = field(repr=False, default=())

    def skill(self, name: str) -> ResumeSkill | None:
        for s in self.skills:
            if s.skill.name == name:
                return s
        return None


@dataclass(frozen=True)
class Evidence:
    line: int
    text: str
    method: Method
    via: str  # the resume skill that met it (differs from the alternative when implied)
    surface: str  # what the resume wrote


@dataclass(frozen=True)
class RequirementMatch:
    requirement: Requirement
    matched_by: str | None  # which alternative was met
    evidence: Evidence | None

    @property
    def matched(self) -> bool:
        return self.matched_by is not None


@dataclass(frozen=True)
class ScorePart:
    """One part of the score: points = weight x value x 100, rounded; the parts sum to the score."""

    name: str
    weight: float
    value: float  # 0..1: a coverage or a similarity
    points: float
    met: float | None = None  # weighted count of met requirements (coverage parts)
    total: float | None = None


@dataclass(frozen=True)
class MatchResult:
    posting: Posting
    score: float
    parts: tuple[ScorePart, ...]
    matches: tuple[RequirementMatch, ...]
    similarity: float


@dataclass(frozen=True)
class InputError:
    """A file that could not be used: reported, and the batch goes on."""

    path: str
    message: str
