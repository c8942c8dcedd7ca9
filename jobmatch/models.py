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
    CONTEXT = "context"  # named in responsibilities, tech stack, keywords, about the role: not scored


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


# The category of personal qualities ("self-motivated", "integrity"): soft skills a resume is
# matched on, that a posting's requirements never list.
TRAIT = "trait"


# slots=True: a run holds thousands of these (the vocabulary's skills, the requirements and
# mentions of every distinct line in its caches), each without a __dict__ of its own
@dataclass(frozen=True, slots=True)
class Skill:
    """One vocabulary entry."""

    name: str
    category: str
    soft: bool = False
    aliases: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A skill found in a line of text."""

    skill: Skill
    line: int  # 1-based line number in the document
    start: int  # character offsets within the line
    end: int
    surface: str  # the text as written
    method: Method  # EXACT, ALIAS or FUZZY


@dataclass(frozen=True, slots=True)
class Requirement:
    """One thing a posting asks for: met when the resume shows any of its alternatives."""

    tier: Tier
    any_of: tuple[str, ...]  # canonical skill names
    soft: bool
    text: str  # the source line, without its bullet
    line: int
    section: str | None = None  # the heading it stands under
    min_years: int | None = None  # "5+ years of Python"


@dataclass(frozen=True, slots=True)
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
    degree_field: str | None = None  # "Computer Science" in "BS/MS in Computer Science or ..."
    # the field the overall years must be in: "software engineering" in "5+ years of professional
    # software engineering experience"; None when the years are of any work
    min_years_field: str | None = None
    # whether equivalent experience may replace the degree: "BS/MS in Computer Science or
    # equivalent experience" (see ScoringConfig.equivalent_years)
    degree_or_experience: bool = False

    def by_tier(self, tier: Tier) -> list[Requirement]:
        return [r for r in self.requirements if r.tier is tier]


@dataclass(frozen=True)
class ResumeSkill:
    skill: Skill
    mentions: tuple[Mention, ...]  # every place it appears, in line order


@dataclass(frozen=True)
class ResumeSection:
    """A section of a resume: from its heading (or the top, for the header) to its last line."""

    heading: str | None  # None for the lines before the first heading (name, contact)
    kind: str  # header | summary | skills | experience | projects | education | certifications | other
    line: int
    end_line: int


@dataclass(frozen=True)
class Period:
    """A job's dates as months, the end exclusive: "Jan 2019 - Dec 2019" is 2019-01 to 2020-01."""

    text: str  # as written: "Jan 2019 - Present", "2017-2020", "Summer 2022"
    start: tuple[int, int]  # (year, month) of the first month
    end: tuple[int, int]  # (year, month) after the last month; for "Present" the as-of month
    present: bool = False

    @property
    def months(self) -> int:
        return (self.end[0] - self.start[0]) * 12 + self.end[1] - self.start[1]


@dataclass(frozen=True)
class Job:
    """A dated entry of an experience section."""

    title: str | None
    employer: str | None
    location: str | None
    period: Period
    line: int  # the first line of its header
    end_line: int  # its last line
    internship: bool = False  # internships, co-ops and volunteering count for no professional years
    skills: tuple[str, ...] = ()  # skills named in its lines, in order

    @property
    def months(self) -> int:
        return self.period.months


@dataclass(frozen=True)
class Education:
    degree: str | None  # associate | bachelor | master | phd, or None (a diploma, a course)
    field: str | None  # "Computer Science"
    institution: str | None
    year: int | None  # the last year on the line (graduation)
    text: str
    line: int


@dataclass(frozen=True)
class SkillExperience:
    """How long a skill was used at work: the months of the jobs whose lines name it (or name a
    skill that implies it), overlaps counted once. Skills only listed get no entry."""

    name: str
    months: int
    jobs: tuple[int, ...]  # the first lines of those jobs
    implied: bool = False  # only implied (Django work counts for Python), never named in a job

    @property
    def years(self) -> float:
        return round(self.months / 12, 1)


@dataclass(frozen=True)
class ResumeProfile:
    path: str
    skills: tuple[ResumeSkill, ...]
    text: str
    lines: tuple[str, ...] = field(repr=False, default=())
    # the structure (jobmatch.resume): sections, dated jobs, education, years per skill
    sections: tuple[ResumeSection, ...] = ()
    jobs: tuple[Job, ...] = ()
    total_months: int | None = None  # professional months, overlaps once; None: no dated job found
    education: tuple[Education, ...] = ()
    experience: tuple[SkillExperience, ...] = ()
    as_of: tuple[int, int] | None = None  # (year, month) "Present" stands for

    def skill(self, name: str) -> ResumeSkill | None:
        for s in self.skills:
            if s.skill.name == name:
                return s
        return None

    @property
    def total_years(self) -> float | None:
        """Years of professional experience (internships not counted), one decimal; None when
        the resume has no dated job."""
        return None if self.total_months is None else round(self.total_months / 12, 1)

    @property
    def highest_education(self) -> Education | None:
        ranked = [e for e in self.education if e.degree is not None]
        return max(ranked, key=lambda e: DEGREE_LEVELS.index(e.degree or ""), default=None)

    @property
    def degree(self) -> str | None:
        """The highest degree level (high_school | associate | bachelor | master | phd), or None."""
        best = self.highest_education
        return best.degree if best else None

    def skill_experience(self, name: str) -> SkillExperience | None:
        return next((e for e in self.experience if e.name == name), None)

    def years_of(self, name: str) -> float | None:
        """Years a skill was used at work (0.0 when no job names it); None when the resume has
        no dated job to tell."""
        if self.total_months is None:
            return None
        found = self.skill_experience(name)
        return found.years if found else 0.0


# degree levels, lowest first ("high_school": a high-school diploma or its equivalent, the GED)
DEGREE_LEVELS = ("high_school", "associate", "bachelor", "master", "phd")


@dataclass(frozen=True)
class YearsCheck:
    """Years a posting asks for (overall, or of a skill) against the resume's timeline."""

    subject: str  # "experience" (overall), or the requirement's alternatives joined by " / "
    required: int
    actual: float | None  # years the resume shows; None when it has no dated job
    met: bool
    kind: str = "skill"  # "overall" | "skill"
    tier: Tier | None = None  # the requirement's tier (None for the overall minimum)
    line: int | None = None  # the posting line that asks
    # the overall minimum in a field ("software engineering"): the years are those of the jobs in
    # it (their first lines in ``jobs``), when the resume has any
    field: str | None = None
    jobs: tuple[int, ...] = ()

    @property
    def status(self) -> str:
        """met / short / unknown (the resume has no dated job)."""
        return "unknown" if self.actual is None else "met" if self.met else "short"

    def describe(self) -> str:
        """For a report: "met: 7.4 of 5 years", "short: 3.5 of 5 years" or "unknown: ..."."""
        if self.actual is None:
            return f"unknown: no dated jobs ({self.required} years asked)"
        where = f" in {self.field}" if self.field else ""
        return f"{self.status}: {self.actual:g} of {self.required} years{where}"


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
    # the posting's own words for each alternative of any_of ("Postgres", "CI/CD"), and the first
    # of them that the resume contains verbatim: what a keyword-based applicant tracking system finds
    wording: tuple[str, ...] = ()
    ats_term: str | None = None

    @property
    def ats_exact(self) -> bool:
        return self.ats_term is not None

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


class CheckStatus(str, Enum):
    """The outcome of a knock-out check (years of experience, degree)."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"  # the posting asks, but the resume does not say: never counted as failed
    NOT_ASKED = "not_asked"  # the posting does not ask


@dataclass(frozen=True)
class Knockout:
    """A check a recruiter filters on before reading: overall years of experience, degree."""

    name: str  # "experience" | "degree"
    status: CheckStatus
    asked: int | str | None  # years (int) or degree level (str) the posting asks
    found: float | str | None  # what the resume shows, None when unknown


@dataclass(frozen=True)
class MatchResult:
    posting: Posting
    score: float
    parts: tuple[ScorePart, ...]
    matches: tuple[RequirementMatch, ...]
    similarity: float
    knockouts: tuple[Knockout, ...] = ()
    checks: tuple[YearsCheck, ...] = ()  # years asked (overall, per skill) against the timeline

    def part(self, name: str) -> ScorePart | None:
        return next((p for p in self.parts if p.name == name), None)


@dataclass(frozen=True)
class InputError:
    """A file that could not be used: reported, and the batch goes on."""

    path: str
    message: str


@dataclass(frozen=True)
class Candidate:
    """A resume scored against one posting (``jobmatch rank``): what a ranking keeps of the
    resume, not its text."""

    path: str
    skills: int  # distinct skills found in the resume
    result: MatchResult


@dataclass(frozen=True)
class MatrixRow:
    """One resume's scores against every posting of a matrix (``jobmatch rank --matrix``), in the
    postings' order."""

    path: str
    skills: int
    scores: tuple[float, ...]
