"""Requirement x resume -> match: which alternative the resume shows, how, and where.

A requirement is met by the first of these, tried for every alternative in its ``any_of``:
the skill's canonical name in the resume (exact), another name for it (alias: "Postgres" for
PostgreSQL), a misspelling (fuzzy: "Kubernates"), or a skill that implies it (implied: Django
implies Python, EKS implies Kubernetes and AWS). The evidence is the resume line that shows it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date

from jobmatch.extract import extract_skills
from jobmatch.models import (
    Document,
    Evidence,
    Mention,
    Method,
    Posting,
    Requirement,
    RequirementMatch,
    ResumeProfile,
    ResumeSkill,
    Tier,
    YearsCheck,
)
from jobmatch.posting import years_fields
from jobmatch.resume import analyse, counted_jobs, english_prose_line, field_jobs, months_of
from jobmatch.similarity import resume_terms
from jobmatch.text import decode_entities
from jobmatch.vocabulary import Vocabulary, key_of

_RANK = {Method.EXACT: 0, Method.ALIAS: 1, Method.FUZZY: 2, Method.IMPLIED: 3}
_SURE = {Method.EXACT: 0, Method.ALIAS: 0, Method.FUZZY: 1, Method.IMPLIED: 2}  # (see _shown_best)


ENGLISH = "English"
WRITTEN_IN_ENGLISH = "its being written in English"  # the evidence's surface: what shows it


def profile_resume(doc: Document, vocab: Vocabulary, *, today: date | None = None) -> ResumeProfile:
    """Every skill a resume shows, with every line that shows it, and its structure (sections,
    dated jobs, years of experience in total and per skill, education; see jobmatch.resume).
    ``today`` is what "Present" means (default: today)."""
    lines = decode_entities(doc.lines)  # a resume copied from HTML source: "Procter &amp; Gamble"
    by_skill: dict[str, list[Mention]] = {}
    skills = {}
    mentions = extract_skills(lines, vocab, resume=True)
    wrapped = _wrapped_mentions(lines, vocab)
    if wrapped:
        mentions = sorted(mentions + wrapped, key=lambda m: (m.line, m.start))
    structure = analyse(lines, mentions, vocab, today=today or date.today())
    if structure.learning or structure.headings or structure.employers or structure.title_mentions or structure.code:
        # a skill being learned ("Currently learning: Rust") or a heading ("LEADERSHIP") is not
        # shown; a job's title shows the work it names ("Product Manager": product management)
        dropped = set(structure.learning) | set(structure.headings) | set(structure.employers) | set(structure.code)
        mentions = sorted(
            [m for m in mentions if m not in dropped] + list(structure.title_mentions), key=lambda m: (m.line, m.start)
        )
    for mention in mentions:
        by_skill.setdefault(mention.skill.name, []).append(mention)
        skills[mention.skill.name] = mention.skill
    found = tuple(
        ResumeSkill(skill=skills[name], mentions=tuple(mentions))
        for name, mentions in sorted(by_skill.items(), key=lambda kv: (kv[1][0].line, kv[1][0].start))
    )
    english = vocab.get(ENGLISH)
    if english is not None and ENGLISH not in by_skill:
        # a resume written in English shows English; the evidence is its first English sentence
        line = english_prose_line(lines)
        if line is not None:
            mention = Mention(english, line, 0, len(lines[line - 1]), WRITTEN_IN_ENGLISH, Method.IMPLIED)
            found += (ResumeSkill(skill=english, mentions=(mention,)),)
    return ResumeProfile(
        path=doc.path,
        skills=found,
        text=doc.text,
        lines=tuple(lines),
        sections=structure.sections,
        jobs=structure.jobs,
        total_months=structure.total_months,
        education=structure.education,
        experience=structure.experience,
        as_of=structure.as_of,
    )


# a line wrapped inside a sentence: it ends in a word (no stop, no colon) and the next line goes
# on in lower case ("... data entry, scheduling and customer" / "service.")
_WRAP_TAIL = re.compile(r"(?:^|\s)((?:[\w+#/&.-]+\s+){0,2}[\w+#&-]*\w)$")
_WRAP_HEAD = re.compile(r"^([a-z][\w+#&-]*(?:\s+[\w+#/&-]+){0,2})")


def _wrapped_mentions(lines: Sequence[str], vocab: Vocabulary) -> list[Mention]:
    """The skills a hard-wrapped text resume splits over two lines ("customer" / "service",
    "accounts" / "payable": a .txt wrapped at 72 columns), each a mention of the line it starts
    on. Only names that span the break: the words on either side are read on their own lines."""
    out: list[Mention] = []
    for number in range(1, len(lines)):
        line, following = lines[number - 1].rstrip(), lines[number].lstrip()
        if len(line) < 15 or not following[:1].islower():
            continue
        tail, head = _WRAP_TAIL.search(line), _WRAP_HEAD.match(following)
        if tail is None or head is None:
            continue
        joined = f"{tail.group(1)} {head.group(1)}"
        cut = len(tail.group(1))  # where the break is in ``joined``
        offset = tail.start(1)
        for m in extract_skills([joined], vocab, fuzzy=False):
            if m.start < cut < m.end:
                out.append(Mention(m.skill, number, offset + m.start, len(line), m.surface, m.method))
    return out


def check_years(
    posting: Posting,
    profile: ResumeProfile,
    requirements: Sequence[Requirement] | None = None,
    vocab: Vocabulary | None = None,
) -> tuple[YearsCheck, ...]:
    """The years a posting asks for, against the resume's timeline: the overall minimum against
    total professional years (or, when it names a field, "5+ years of software engineering
    experience", against the years of the jobs in that field, if the resume has any: a former
    restaurant manager's years are not software engineering), and each scored requirement with
    years ("5+ years of Python") against the years of its best alternative. The score weighs
    them (scoring.score_match)."""
    checks: list[YearsCheck] = []
    if posting.min_years is not None:
        total, field = profile.total_years, None
        jobs: tuple[int, ...] = ()
        if posting.min_years_field and vocab is not None and total is not None:
            in_field = field_jobs(counted_jobs(profile.jobs), posting.min_years_field, vocab)
            if in_field:  # (none found: a title the rule misses must not make the check short)
                field, jobs = posting.min_years_field, tuple(j.line for j in in_field)
                total = round(months_of(j.period for j in in_field) / 12, 1)
        checks.append(
            YearsCheck(
                subject="experience",
                required=posting.min_years,
                actual=total,
                met=total is not None and total >= posting.min_years,
                kind="overall",
                field=field,
                jobs=jobs,
            )
        )
    seen: set[tuple[tuple[str, ...], int]] = set()
    for req in scored_requirements(posting) if requirements is None else requirements:
        if req.min_years is None or (req.any_of, req.min_years) in seen:
            continue
        seen.add((req.any_of, req.min_years))
        years = [y for y in (profile.years_of(name) for name in req.any_of) if y is not None]
        others = _unnamed_fields(req, vocab)
        if others and vocab is not None and profile.total_years is not None:
            years.append(_field_years(profile, others, vocab))
        actual = max(years) if years else None
        checks.append(
            YearsCheck(
                subject=" / ".join((*req.any_of, *others)),
                required=req.min_years,
                actual=actual,
                met=actual is not None and actual >= req.min_years,
                kind="skill",
                tier=req.tier,
                line=req.line,
            )
        )
    return tuple(checks)


def _unnamed_fields(req: Requirement, vocab: Vocabulary | None) -> list[str]:
    """The fields of work a requirement's line lists as alternatives for its years that no skill of
    it names: "8+ years of experience in SRE, DevOps, or infrastructure engineering" asks SRE or
    DevOps (skills) or infrastructure engineering, which the vocabulary does not know; a resume's
    years as a Systems Engineer count for it (see resume.field_jobs)."""
    if vocab is None or req.min_years is None:
        return []
    out = []
    for field in years_fields(req.text, req.min_years):
        found = vocab.index.get(key_of(field))
        if found is None or found.skill is None or found.skill.name not in req.any_of:
            out.append(field)
    return out


def _field_years(profile: ResumeProfile, fields: list[str], vocab: Vocabulary) -> float:
    """The years of the resume's jobs in any of the fields, overlaps once."""
    jobs = {job.line: job for field in fields for job in field_jobs(counted_jobs(profile.jobs), field, vocab)}
    return round(months_of(job.period for job in jobs.values()) / 12, 1)


def scored_requirements(posting: Posting) -> list[Requirement]:
    """The requirements a score counts: required and preferred, each distinct group once per
    tier (a posting that asks for REST APIs in two lines asks for them once)."""
    seen: set[tuple[Tier, tuple[str, ...] | frozenset[str]]] = set()
    result = []
    for req in posting.requirements:
        if req.tier is Tier.CONTEXT:
            continue
        any_of = req.any_of
        # a group is its set of alternatives; a single alternative's tuple stands for its set
        # (it can only equal another single alternative's): no frozenset for most requirements
        key = (req.tier, any_of if len(any_of) == 1 else frozenset(any_of))
        if key not in seen:
            seen.add(key)
            result.append(req)
    return result


def match_requirements(
    requirements: Iterable[Requirement], profile: ResumeProfile, vocab: Vocabulary
) -> list[RequirementMatch]:
    return resume_matcher(profile, vocab).match(requirements)


# what a requirement's match holds besides the requirement: matched_by, evidence, wording, ats_term
_Found = tuple[str | None, Evidence | None, tuple[str, ...], str | None]


class ResumeMatcher:
    """A resume indexed for matching many requirements: its skills by name, the skills they
    imply, its folded text for the ATS-exact search, and caches of what was already looked up
    (postings ask for the same skills in the same words). Build it with :func:`resume_matcher`."""

    def __init__(self, profile: ResumeProfile, vocab: Vocabulary) -> None:
        self.profile = profile
        self.vocab = vocab
        self.skills = {s.skill.name: s for s in profile.skills}
        self.implied_index = _implied_index(profile, vocab)
        self.folded = _folded(profile.text)
        # what every score asks of the resume (both properties compute it afresh)
        self.total_years = profile.total_years
        self.degree = profile.degree
        self._contains: dict[str, bool] = {}
        self._evidence: dict[str, Evidence | None] = {}
        self._terms: frozenset[str] | None = None
        self._surfaces: set[str] | None = None  # the resume's skill mentions as written, folded
        # (text, any_of) -> what its match holds (postings repeat their requirement lines)
        self._matches: dict[tuple[str, tuple[str, ...]], _Found] = {}

    @property
    def terms(self) -> frozenset[str]:
        """The words of the resume the similarity looks at (``similarity.resume_terms``)."""
        if self._terms is None:
            self._terms = resume_terms(self.profile.text)
        return self._terms

    def has(self, name: str) -> bool:
        """Whether the resume meets a skill, directly or through a skill that implies it."""
        return name in self.skills or name in self.implied_index

    def contains(self, term: str) -> bool:
        found = self._contains.get(term)
        if found is None:
            if len(self._contains) >= _CACHE_SIZE:
                self._contains.clear()
            found = self._contains[term] = _contains(self.folded, term)
        return found

    def has_keyword(self, term: str, any_of: tuple[str, ...]) -> bool:
        """Whether a keyword search finds the posting's term for a requirement in the resume. A term
        that is an ordinary word as well as a skill's name (a strict form: "Go", "Excel", "C",
        "Spring") counts only inside a skill the resume names ("Go", "Spring Boot", "Microsoft
        Excel"): "Go-to charge nurse" and "I excel at calm communication" hold the word, yet meet
        nothing, and a report that called them ATS-exact would find more verbatim than it met. An
        acronym in capitals ("GIS", "FPC") is searched as it is: "Collected GIS data" is GIS."""
        if not self.contains(term):
            return False
        if _is_acronym(term) or _strict_name(term, any_of, self.vocab) is None:
            return True
        if self._surfaces is None:
            self._surfaces = {_folded(m.surface) for held in self.profile.skills for m in held.mentions}
        return any(_contains(surface, term) for surface in self._surfaces)

    def evidence(self, name: str) -> Evidence | None:
        """How the resume shows a skill: the best direct mention, else the first skill implying it."""
        if name not in self._evidence:
            if len(self._evidence) >= _CACHE_SIZE:
                self._evidence.clear()
            self._evidence[name] = _direct(name, self.skills, self.profile) or _implied(
                name, self.implied_index, self.profile
            )
        return self._evidence[name]

    def match(self, requirements: Iterable[Requirement]) -> list[RequirementMatch]:
        results = []
        cache = self._matches
        for req in requirements:
            key = (req.text, req.any_of)
            found = cache.get(key)
            if found is None:
                if len(cache) >= _CACHE_SIZE:
                    cache.clear()
                matched_by, evidence = self._best(req)
                wording = posting_wording(req, self.vocab)
                terms = posting_terms(req, self.vocab, wording)
                ats = next((w for w in terms if self.has_keyword(w, req.any_of)), None)
                found = cache[key] = (matched_by, evidence, wording, ats)
            results.append(RequirementMatch(req, *found))
        return results

    def _best(self, req: Requirement) -> tuple[str | None, Evidence | None]:
        best: tuple[int, int, str, Evidence] | None = None
        for order, alternative in enumerate(req.any_of):
            candidate = self.evidence(alternative)
            if candidate is None:
                continue
            rank = (_RANK[candidate.method], order)
            if best is None or rank < best[:2]:
                best = (*rank, alternative, candidate)
        return (None, None) if best is None else (best[2], best[3])


_CACHE_SIZE = 1 << 14
_matchers: list[ResumeMatcher] = []  # the last few, most recent last


def resume_matcher(profile: ResumeProfile, vocab: Vocabulary) -> ResumeMatcher:
    """The matcher of a resume (the last few are kept: a run matches one resume many times)."""
    for m in reversed(_matchers):
        if m.profile is profile and m.vocab is vocab:
            return m
    matcher = ResumeMatcher(profile, vocab)
    _matchers.append(matcher)
    del _matchers[:-4]
    return matcher


# requirement line -> {skill name: the surfaces naming it there, first first}, per vocabulary. Keyed by the
# line, not by (line, alternatives): a line yields several requirements (one per group of
# alternatives), and finding its skills is what costs
_surfaces: dict[int, tuple[Vocabulary, dict[str, dict[str, tuple[str, ...]]]]] = {}


def posting_wording(req: Requirement, vocab: Vocabulary) -> tuple[str, ...]:
    """The words the posting uses for each alternative of a requirement, one per alternative:
    the surface in the posting line when found there ("Postgres"), else the canonical name.
    The surfaces of a line are cached per vocabulary (postings repeat their requirement lines)."""
    surfaces = _line_surfaces(req.text, vocab)
    words = []
    for name in req.any_of:
        words.append(_asked_as(name, surfaces[name][0]) if name in surfaces else name)
    return tuple(words)


def posting_terms(req: Requirement, vocab: Vocabulary, wording: tuple[str, ...]) -> tuple[str, ...]:
    """Every way the posting line writes the requirement, its wording first: a keyword search
    for any of them finds it ("CPR/BLS certification" is found in a resume that writes "BLS", as
    "PostgreSQL (Postgres)" in one that writes "Postgres")."""
    surfaces = _line_surfaces(req.text, vocab)
    terms = list(wording)
    for name in req.any_of:
        for surface in surfaces.get(name, ()):
            term = _asked_as(name, surface)
            if term not in terms:
                terms.append(term)
    return tuple(terms)


def _is_acronym(term: str) -> bool:
    """Two or more capitals ("GIS", "REST"); "C" and "R" are single letters, "Go" a word."""
    return len(term) > 1 and term.isupper()


# categories whose strict forms keep their sense wherever they stand in a resume: "5 years in retail",
# "core payments platform", "Spanish (conversational)" are the field and the language, as a keyword
# search takes them (the understood match may still want more context around them)
_ONE_SENSE = frozenset({"domain", "spoken_language"})


def _strict_name(term: str, any_of: tuple[str, ...], vocab: Vocabulary) -> str | None:
    """The alternative whose strict form (an ordinary word too: "Go", "Excel") the term is, if any."""
    key = term.casefold()
    for name in any_of:
        skill = vocab.get(name)
        if skill is None or skill.category in _ONE_SENSE:
            continue
        if any(form.casefold() == key for form in vocab.strict_forms(skill)):
            return name
    return None


def _asked_as(name: str, surface: str) -> str:
    """The keyword a posting's surface asks a skill by: "CI/CD pipelines" is asked as the
    keyword "CI/CD", "REST API design" as "REST API"; an alias as written ("Postgres")."""
    return name if _contains(_folded(surface), name) else surface


def _line_surfaces(text: str, vocab: Vocabulary) -> dict[str, tuple[str, ...]]:
    held = _surfaces.get(id(vocab))
    if held is None or held[0] is not vocab:
        held = _surfaces[id(vocab)] = (vocab, {})  # the vocabulary is held: its id stays its own
    cache = held[1]
    surfaces = cache.get(text)
    if surfaces is None:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        found: dict[str, list[str]] = {}
        for mention in extract_skills([text], vocab, fuzzy=False):
            named = found.setdefault(mention.skill.name, [])
            if mention.surface not in named:
                named.append(mention.surface)
        surfaces = cache[text] = {name: tuple(named) for name, named in found.items()}
    return surfaces


def _folded(text: str) -> str:
    """Lower case, hyphens as spaces, runs of white space as one space."""
    return " ".join(text.replace("-", " ").split()).casefold()


def _contains(folded_text: str, term: str) -> bool:
    """Whether a (folded) text contains a term verbatim, as a keyword search does: ignoring case,
    hyphens, runs of white space and a plural ending, on word boundaries ("REST API" is in
    "REST APIs", "open source" in "open-source")."""
    needle = _folded(term)
    if not needle:
        return False
    # the pattern (?<!\w)NEEDLE(?:e?s)?(?!\w), without compiling one per term (a run meets
    # hundreds of terms: compiling was most of the matching's cost): each place the needle is
    # found, the characters around it decide
    size = len(needle)
    start = folded_text.find(needle)
    while start >= 0:
        end = start + size
        if (start == 0 or not _word(folded_text[start - 1])) and (
            not _word_at(folded_text, end)
            or (folded_text.startswith("s", end) and not _word_at(folded_text, end + 1))
            or (folded_text.startswith("es", end) and not _word_at(folded_text, end + 2))
        ):
            return True
        start = folded_text.find(needle, start + 1)
    return False


def _word(char: str) -> bool:
    """A character of a word as the pattern ``\\w`` sees it: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


def _word_at(text: str, index: int) -> bool:
    return index < len(text) and _word(text[index])


def _implied_index(profile: ResumeProfile, vocab: Vocabulary) -> dict[str, ResumeSkill]:
    """skill name -> the first resume skill that implies it."""
    index: dict[str, ResumeSkill] = {}
    for resume_skill in profile.skills:
        for target in sorted(vocab.implied(resume_skill.skill.name)):
            index.setdefault(target, resume_skill)
    return index


def match_requirement(
    req: Requirement, profile: ResumeProfile, implied_index: dict[str, ResumeSkill]
) -> RequirementMatch:
    skills = {s.skill.name: s for s in profile.skills}
    best: tuple[int, int, str, Evidence] | None = None
    for order, alternative in enumerate(req.any_of):
        candidate = _direct(alternative, skills, profile) or _implied(alternative, implied_index, profile)
        if candidate is None:
            continue
        rank = (_RANK[candidate.method], order)
        if best is None or rank < best[:2]:
            best = (*rank, alternative, candidate)
    if best is None:
        return RequirementMatch(requirement=req, matched_by=None, evidence=None)
    return RequirementMatch(requirement=req, matched_by=best[2], evidence=best[3])


# Where a mention shows a skill best, by the kind of section it stands in: a job's line shows the
# skill used ("Led a team building the order-routing service in Go"), a project's next, a
# summary's or a skills list's only that the resume names it
_PLACE = {"experience": 0, "projects": 1}
# a licence or a certification is shown best where the resume lists it ("Registered Nurse,
# Arizona State Board of Nursing, License #RN123456"), not in a job's title that names it too
_CREDENTIAL_PLACE = {"certifications": 0, "experience": 1, "projects": 2}


def _shown_best(mentions: Iterable[Mention], profile: ResumeProfile) -> Mention:
    """The mention that shows a skill best: a sure one (its name or an alias, before a
    misspelling), then in a job before a project before anywhere else, then by its name before an
    alias, then the first. A line that goes on from the line above ("written in Go, cutting p99
    latency", a hard-wrapped bullet) shows only half its sentence: it counts as anywhere else. A
    licence or certification is shown best in the resume's list of them, then in a job."""
    mentions = list(mentions)
    places = _CREDENTIAL_PLACE if mentions and mentions[0].skill.category == "certification" else _PLACE
    last = max(places.values()) + 1
    kinds = [(s.line, s.end_line, places.get(s.kind, last)) for s in profile.sections]
    lines = profile.lines
    # sections in order, apart, as a resume has them: the one holding a line found by bisection, not by a
    # scan of them all for each mention (a file of 9,000 repeated headings and as many mentions)
    in_order = all(a[1] < b[0] for a, b in zip(kinds, kinds[1:], strict=False))
    starts = [start for start, _end, _rank in kinds]

    def place(line: int) -> int:
        text = lines[line - 1].lstrip() if 1 <= line <= len(lines) else ""
        if text[:1].islower():
            return last
        if in_order:
            index = bisect_right(starts, line) - 1
            return kinds[index][2] if index >= 0 and line <= kinds[index][1] else last
        return next((rank for start, end, rank in kinds if start <= line <= end), last)

    return min(mentions, key=lambda m: (_SURE[m.method], place(m.line), _RANK[m.method], m.line))


def _direct(name: str, skills: dict[str, ResumeSkill], profile: ResumeProfile) -> Evidence | None:
    found = skills.get(name)
    if found is None:
        return None
    mention = _shown_best(found.mentions, profile)
    return _evidence(mention, profile, mention.method, name)


def _implied(name: str, implied_index: dict[str, ResumeSkill], profile: ResumeProfile) -> Evidence | None:
    source = implied_index.get(name)
    if source is None:
        return None
    mention = _shown_best(source.mentions, profile)
    return _evidence(mention, profile, Method.IMPLIED, source.skill.name)


EXCERPT_WIDTH = 240  # evidence longer than this is cut to a window around the match


def evidence_text(mention: Mention, lines: Sequence[str]) -> str:
    """The resume line that shows a mention, stripped of its markup (see _shown); a very long line
    (a PDF without line breaks, a one-line text file) is cut to a window around the mention, marked
    with "..."."""
    if not 1 <= mention.line <= len(lines):
        return ""
    line = lines[mention.line - 1]
    if len(line.strip()) <= EXCERPT_WIDTH:
        return _shown(line)
    half = (EXCERPT_WIDTH - (mention.end - mention.start)) // 2
    start = max(0, mention.start - max(half, 0))
    end = min(len(line), start + EXCERPT_WIDTH)
    start = max(0, end - EXCERPT_WIDTH)
    text = _shown(line[start:end])
    return ("..." if start > 0 else "") + text + ("..." if end < len(line) else "")


_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*\)")
_PAIRED_MARK = re.compile(r"(\*\*|__|`|\*)(?=\S)(.+?)(?<=\S)\1")  # **Go**, `SQL`, *React*; not "*nix"
_INLINE_TAG = re.compile(r"</?(?:b|i|u|em|strong|code|span|a|mark|small|sup|sub)\b[^<>]{0,200}>", re.I)


def _shown(text: str) -> str:
    """A resume line as a reader sees it: a Markdown resume's links, emphasis and code marks
    ("[Acme](https://acme.com)", "**Go**", "`PostgreSQL`") and inline HTML tags out."""
    plain = text
    if "](" in plain:
        plain = _MARKDOWN_LINK.sub(r"\1", plain)
    if "<" in plain:
        plain = _INLINE_TAG.sub("", plain)
    if "*" in plain or "_" in plain or "`" in plain:
        plain = _PAIRED_MARK.sub(r"\2", plain)
    return plain.strip()


def _evidence(mention: Mention, profile: ResumeProfile, method: Method, via: str) -> Evidence:
    text = evidence_text(mention, profile.lines)
    return Evidence(line=mention.line, text=text, method=method, via=via, surface=mention.surface)
