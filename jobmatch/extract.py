"""Text -> skill mentions with line evidence. The scanner every stage uses.

API::

    from jobmatch.vocabulary import Vocabulary
    from jobmatch.extract import extract_skills, extract_line
    vocab = Vocabulary.load()
    mentions = extract_skills(text, vocab)          # list[Mention], in reading order
    mention.skill.name, mention.line, mention.start, mention.end, mention.method

Per line: tokenise, then at each position take the longest vocabulary key that starts there
(a stop phrase such as "go to market" consumes its words and yields nothing). A ``strict`` form
("Go", "Swift", "Excel", "REST") is kept only when written with its exact capitalisation AND in a
technical context: a list of other skills, after "with"/"in"/"using"..., under a "Languages:"
label, before "language"/"developer"..., or on a line that is only names ("- Go", "Go, Rust",
"German (B2+)"); and never before "to", "of", "at" ("Go to market",
"REST of the team", "Excel at"). Strict or not, a word used in another sense is dropped: the
language an application is written in ("The application must be in English"), a nationality
("the Danish grading system"), a letter of an abbreviation ("BS&C"), the acronym of a name that is
no skill ("Protein Research (CPR)"), a web address, "agile" in a row of adjectives ("open agile
and communicative"). Words the vocabulary does not name are tried as misspellings of long names
with rapidfuzz ("Kubernates", "Postgress"); short names never fuzz.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from jobmatch.config import MATCHING
from jobmatch.models import TRAIT, Mention, Method, Skill
from jobmatch.titles import TITLE_WORDS
from jobmatch.vocabulary import Token, Vocabulary, key_of, tokenize

# Words that, before a strict form, say a technology follows ("experience with Go").
CUE_BEFORE = frozenset(
    """with in using use of like including include includes e.g eg i.e such as and or plus
    knowledge experience proficient proficiency expertise expert skill skilled fluent fluency
    written familiarity familiar strong solid modern advanced working hands-on know
    spoken speak speaks speaking master native write writes writing production""".split()
)
# Words that, after a strict form, say it is a technology ("Go developer", "Swift code").
CUE_AFTER = frozenset(
    """language lang programming programmer developer engineer code codebase framework library
    app application sdk api backend service microservice ecosystem runtime module package
    script scripting stack toolchain development developing based expert experience version
    project component spoken written speaking skills proficiency fluency pipeline cluster dataframe""".split()
) | {"skill"}  # compared with folded tokens: "English skills" is key "skill", "Spark pipelines" "pipeline"
# Words that, after a strict form, say it is ordinary English ("Go to", "REST of", "Excel at"), or
# the format a file is sent in ("PDF or Word format").
BLOCK_AFTER = frozenset(
    """to of at ahead back beyond above through live level suite out over about up down forward
    along into onto away format""".split()
)
# Industries written alone ("retail", "hospitality"): asked for beside other skills ("2+ years in
# retail, hospitality, or customer service"), where a cue word says nothing ("experience in retail and
# durable consumer goods", "the travel and hospitality business" describe a market); "retail
# experience" and the other names of more than one word need no context.
NEIGHBOURS_ONLY = frozenset({"retail", "hospitality"})
# ... and "payments", which is also money paid ("process payments and refunds"), and "banking", also a
# customer's ("online banking"): asked for only among other industries ("experience in fintech,
# payments or e-commerce")
INDUSTRY_ONLY = frozenset({"payments", "banking"})
# A strict form after "<knowing> of the" or "<knowing> with the": "knowledge of the NEC", "familiarity
# with the Relativity platform" (not "in the Spring": only after a word of knowing)
_KNOWING = frozenset(
    """knowledge understanding familiarity familiar experience experienced proficiency proficient expertise
    command grasp""".split()
)
# The verbs of running a software product, before a strict product's name ("Administered Workday",
# "Configured Sentinel analytics rules"), and the nouns of it after ("Workday administrator", "Workday
# implementation"): the product, where a workday or a sentinel is never administered. Products only: "Implemented
# Lean" is the method, not these words' doing.
_ADMINISTERING = frozenset(
    """administer administered administering administers configure configured configuring configures implement
    implemented implementing customize customized customizing customise customised customising""".split()
)
_ADMINISTERED = frozenset("""administrator administrators admin admins implementation implementations""".split())
_PRODUCT_CATEGORIES = frozenset({"tool", "platform", "database", "cloud", "devops", "security", "os"})
# Words that, around a licence or card with a strict name, ask for it: "White Card required", "a valid
# White Card", "current RSA"
# (after CUE_AFTER: "application" and "app" already vouch for a strict name wherever it stands)
_PRODUCT_AFTER = frozenset("""platform software system tool suite""".split())
# a program's own files right after its strict name, a verb's object: "Build Excel sheets for the weekly sales
# report", "Wrote Excel macros" (the verb "excel" takes none of them: "excel at", "excel in sales"; and one file, or
# one opening the line, is a document to send: "an Excel sheet with your grades", "Excel sheet of grades")
_PROGRAM_FILES = {
    "Microsoft Excel": frozenset(
        """sheet sheets file files macro macros formula formulas template templates tracker trackers""".split()
    ),
}
_HELD_BEFORE = frozenset("""valid current active hold holds holding possess possession""".split())
_HELD_AFTER = frozenset("""required essential mandatory preferred desirable needed holder""".split())
# A programming language's name right after "wrote" and before a noun is the language: "Wrote Go
# agents", "Wrote C firmware", "Wrote R scripts" (not "Wrote Go/No-Go criteria", "Wrote Less than").
WROTE = frozenset({"wrote", "rewrote"})
_NOT_NOUNS = frozenset(
    """than then and or the a an for with in on by as that this these those is was were are""".split()
)
SEPARATORS = frozenset({",", "/", "&", "and", "or", "(", ")", "and/or", ";", "|", "+"})
# Words that rate a command of a spoken language or of an office program ("Excellent English",
# "Good French", "Native-level Dutch", "Intermediate Excel", "Good Word skills"): before those
# alone, where a rating is the usual way to ask for them. Before other strict forms they say
# nothing ("an excellent Chef" is a cook, "Good Friday").
LEVEL_WORDS = frozenset(
    """good excellent exceptional outstanding superb perfect intermediate basic beginner elementary
    level business conversational professional fluent proficient confident competent bilingual trilingual
    multilingual native""".split()
)
# After a spoken language, a level of the Common European Framework ("German C1", "English B2+")
# or a word that asks for it ("German required", "Italian is a plus", "French is an advantage").
LANGUAGE_LEVEL_AFTER = frozenset(
    """a1 a2 b1 b2 c1 c2 level native required essential mandatory preferred desirable needed necessary
    advantageous beneficial""".split()
)
_ASKED_AFTER_IS = frozenset(
    """required essential mandatory preferred desirable needed necessary advantageous beneficial helpful
    useful welcome highly strongly nice""".split()
)
_ASKED_AFTER_IS_A = frozenset("""plus must bonus advantage requirement asset prerequisite benefit""".split())
# "Languages: ", "- Cloud & DevOps: ", "**Languages:** ", "__Tools__: " (Markdown emphasis around the label)
_LABEL_RE = re.compile(r"^\s*(?:[-*•]\s*)?(?:\*\*|__)?[A-Za-z][\w /&+.()-]{0,40}(?:\*\*|__)?:(?:\*\*|__)?\s")
_YEAR_RE = re.compile(r"^(19|20)\d\d$")


@dataclass
class _Candidate:
    skill: Skill
    tokens: tuple[int, int]  # token range [i, j)
    start: int
    end: int
    surface: str
    method: Method
    strict: bool


def extract_skills(
    text: str | Iterable[str], vocab: Vocabulary, *, fuzzy: bool = True, resume: bool = False
) -> list[Mention]:
    """Every skill mention in a text (or its lines), in reading order, with 1-based line numbers.
    A ``resume``'s first line when it is only a person's name names no skill (see _name_line);
    a line of its skills section is a list ("Excel, Bloomberg Terminal"); a title in the plural
    names the field its person worked in ("Managed 6 QA engineers"; see extract_line)."""
    lines = text.split("\n") if isinstance(text, str) else list(text)
    found: list[Mention] = []
    name_line = _name_line(lines) if resume else None
    listed = _skills_section_lines(lines) if resume else ()
    for number, line in enumerate(lines, 1):
        mentions = extract_line(line, number, vocab, fuzzy=fuzzy, resume=resume, listed=number in listed)
        if number == name_line and all(" " not in m.surface for m in mentions):
            continue  # a name of one word each: "Registered Nurse" is a title, not a person
        found.extend(mentions)
    if resume and found:
        _regulated_resume(found, vocab)
        found = _without_others_patients(lines, found, vocab)
    return found


# A clinical unit or specialty before the patients cared for is a nurse's practice ("Cared for 5-6 med-surg patients
# per shift"); another clinician only serves those patients: a dietitian's "Provide medical nutrition therapy for ICU,
# oncology and med-surg patients" is no critical care or medical-surgical nursing of hers. So on a resume that shows
# no nurse (no nursing licence, no nurse's title), a domain before the patients, a list's few words between, is
# dropped where its line has no nurse's words.
# (the patients right after it, or after a list's link and a few more of the list's words: "ICU, oncology and med-surg
# patients", not "Triage ER patients", "ICU staff to educate patients", "IV starts, patient positioning"; each step a
# run of separators then a word, so a run of spaces is read once)
_LIST_WORD = r"(?!(?:to|for|with|by|from|in|on|at|of)\b)[\w-]+"
_PATIENTS_AFTER = re.compile(
    rf"\s+patients\b|\s*(?:[,/&]|\s(?:and|or)\b)[\s,/&]*{_LIST_WORD}(?:[\s,/&]+{_LIST_WORD}){{0,3}}?[\s,/&]+patients\b"
)
# (a carer's words at the bedside count: "Care for 4-5 cardiac telemetry patients", "Vital signs and ADL assistance for
# med-surg patients"; a dietitian's "nutrition therapy for" does not)
_NURSE_WORDS = re.compile(r"\b(?:nurs\w*|RNs?|LPNs?|LVNs?|car(?:e|ed|ing) for|vital signs|ADLs?|bedside)\b", re.I)
_NURSE_TITLE = re.compile(r"\b(?:Nurse|NURSE|RN|LPN|LVN|BSN|MSN)\b")


_NURSING = "nursing"


def _without_others_patients(lines: list[str], found: list[Mention], vocab: Vocabulary) -> list[Mention]:
    """See _PATIENTS_AFTER."""
    served = [
        m
        for m in found
        if m.skill.category in _DOMAIN_CATEGORIES
        # (a nurse's practice only: a respiratory therapist's or a physician's "ICU and NICU patients" is critical care
        # of theirs too)
        and (_NURSING in m.skill.name.lower() or _NURSING in vocab.implied(m.skill.name))
        # (a verb's object: "Triaged patients in the ED", "- Triage patients")
        and not m.surface.lower().endswith(("ed", "ing"))
        and lines[m.line - 1][: m.start].strip(" -*•·>\t")
        and _PATIENTS_AFTER.match(lines[m.line - 1], m.end) is not None
    ]
    if not served or any(_NURSE_TITLE.search(line) for line in lines):
        return found
    if any(m.skill.category == "certification" and "nursing" in vocab.implied(m.skill.name) for m in found):
        return found
    dropped = {id(m) for m in served if not _NURSE_WORDS.search(lines[m.line - 1])}
    return [m for m in found if id(m) not in dropped] if dropped else found


def _regulated_resume(found: list[Mention], vocab: Vocabulary) -> None:
    """A resume that names GMP (or the regulated quality assurance itself) and no software testing
    of its own (unit tests, Selenium...): its "QA Specialist, Novamed AG" is that quality assurance,
    although written on a line of its own (see _regulated_quality)."""
    if not any(m.skill.name in _REGULATED_NAMES for m in found):
        return
    if any(m.skill.category == _TESTING and m.skill.name != _TESTING for m in found):
        return
    skill = vocab.get(_REGULATED_QA)
    if skill is None:
        return
    for index, m in enumerate(found):
        if m.skill.name == _TESTING and m.method is Method.ALIAS and m.surface.split()[0].lower() in _QA_WORDS:
            found[index] = replace(m, skill=skill)


# The first line of a document that is only a person's name ("Ruby J. Jenkins",
# "Django Jenkins", "# PERL JACKSON"): a resume's header, never a list of skills, although its
# words may name some. Two to four capitalised words or initials, and no word that says a skill
# or a job follows ("Java Developer", "Python Engineer" are titles, which may name skills).
_PERSON_NAME = re.compile(
    r"\s*(?:#{1,3}\s+)?(?:\*\*|__)?"
    r"((?:[A-Z][A-Za-z'’-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][A-Za-z'’-]*\.?|[A-Z]\.)){1,3})"
    r"(?:\*\*|__)?\s*"
)


def _skills_section_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines under a resume's skills heading ("SKILLS", "Technical Skills")."""
    from jobmatch.resume import find_sections  # the resume's reader imports this module

    return {
        number
        for section, _known in find_sections(lines)
        if section.kind == "skills"
        for number in range(section.line + 1, section.end_line + 1)
    }


def _name_line(lines: list[str]) -> int | None:
    """The number of the line that is a person's name at the head of the document, if any."""
    first = next((n for n, line in enumerate(lines, 1) if line.strip()), None)
    if first is None:
        return None
    match = _PERSON_NAME.fullmatch(lines[first - 1])
    if match is None or any(t.key in CUE_AFTER for t in tokenize(match.group(1))):
        return None
    return first


# Lines repeat (postings share their boilerplate and standard bullets, the parser looks at a line
# more than once): the mentions of a line are cached per vocabulary, bounded, with and without the
# misspellings apart (keyed by the line alone). An entry is flat, five fields a mention (skill,
# start, end, surface, method; see _flat): one tuple a line, not one per mention; most lines name
# no skill and share the empty tuple.
_LINE_CACHE_SIZE = 1 << 14
_Found = tuple[Skill, int, int, str, Method]  # a mention without its line number
_Flat = tuple[Any, ...]  # _Found after _Found, flattened
_line_caches: dict[int, tuple[Vocabulary, dict[str, _Flat], dict[str, _Flat]]] = {}  # fuzzy, not fuzzy
# a resume's lines, apart (few: one resume beside many postings), by line, misspellings and list
_resume_caches: dict[int, tuple[Vocabulary, dict[tuple[str, bool, bool], _Flat]]] = {}


def _held(vocab: Vocabulary) -> tuple[Vocabulary, dict[str, _Flat], dict[str, _Flat]]:
    held = _line_caches.get(id(vocab))
    if held is None or held[0] is not vocab:
        held = _line_caches[id(vocab)] = (vocab, {}, {})  # the vocabulary is held: its id stays its own
    return held


def line_caches(vocab: Vocabulary) -> list[tuple[dict[str, _Flat], int]]:
    """The per-line caches of a vocabulary (of postings' lines, with and without misspellings),
    each with its bound (see :mod:`jobmatch.shared`)."""
    held = _held(vocab)
    return [(held[1], _LINE_CACHE_SIZE), (held[2], _LINE_CACHE_SIZE)]


def _flat(found: Iterable[_Found]) -> _Flat:
    return tuple(field for mention in found for field in mention)


def extract_line(
    line: str, number: int, vocab: Vocabulary, *, fuzzy: bool = True, resume: bool = False, listed: bool = False
) -> list[Mention]:
    """The skill mentions of one line. A ``resume``'s line reads a one-word alias before a job
    title in the plural as the field ("Managed 6 QA engineers": QA), where a posting's names the
    colleagues it works with; a ``listed`` line (under a resume's skills heading) is a list, each
    item a name when one is ("Excel, Bloomberg Terminal")."""
    if resume:
        return _extract_resume_line(line, number, vocab, fuzzy, listed)
    held = _held(vocab)
    cache = held[1] if fuzzy else held[2]
    found = cache.get(line)
    if found is None:
        if len(cache) >= _LINE_CACHE_SIZE:
            cache.clear()
        with_fuzzy = None if fuzzy else held[1].get(line)
        if with_fuzzy is not None:  # the misspellings are found last, apart: the rest is the same
            kept = range(0, len(with_fuzzy), 5)
            found = _flat(with_fuzzy[i : i + 5] for i in kept if with_fuzzy[i + 4] is not Method.FUZZY)
        else:
            found = _flat(_extract_line(line, vocab, fuzzy))
        cache[line] = found
    if not found:
        return []
    return [
        Mention(found[i], number, found[i + 1], found[i + 2], found[i + 3], found[i + 4])
        for i in range(0, len(found), 5)
    ]


def _extract_resume_line(line: str, number: int, vocab: Vocabulary, fuzzy: bool, listed: bool) -> list[Mention]:
    held = _resume_caches.get(id(vocab))
    if held is None or held[0] is not vocab:
        held = _resume_caches[id(vocab)] = (vocab, {})
    cache = held[1]
    key = (line, fuzzy, listed)
    found = cache.get(key)
    if found is None:
        if len(cache) >= _LINE_CACHE_SIZE:
            cache.clear()
        found = cache[key] = _flat(_extract_line(line, vocab, fuzzy, resume=True, listed=listed))
    return [
        Mention(found[i], number, found[i + 1], found[i + 2], found[i + 3], found[i + 4])
        for i in range(0, len(found), 5)
    ]


# A line longer than this is read a piece at a time (see _pieces). The longest line of a real posting or
# resume is a few thousand characters (a SkillSpan sentence of 5,039); a file of one line of a megabyte (a PDF
# text layer with no line breaks, a resume exported as one paragraph, minified HTML saved as .txt) would cost the
# rules that compare a candidate with the line's others (a list's items, a sense another skill implies) the
# square of its length.
_LONG_LINE = 10_000
# where a piece may end, the strongest break first: a sentence's end, an item run together ("... code • Design
# scalable APIs"), a list's comma, a word's end
_PIECE_BREAKS = (". ", "; ", "! ", "? ", " • ", " | ", " · ", ", ", " ")


def _pieces(line: str) -> list[tuple[int, int]]:
    """A long line's pieces, each at most _LONG_LINE long (see _cut)."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(line) - start > _LONG_LINE:
        cut = _cut(line, start + _LONG_LINE)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(line)))
    return pieces


def _cut(line: str, stop: int) -> int:
    """Where a piece ending at the latest at ``stop`` ends: after the strongest break in its last half
    ("5+ years of Python. Experience with Kubernetes" cuts after "Python. "); in a line with no break at all
    (base64 saved as text), at a word's edge, or anywhere."""
    for sep in _PIECE_BREAKS:
        at = line.rfind(sep, stop - _LONG_LINE // 2, stop)
        if at >= 0:
            return at + len(sep)
    edge = (k for k in range(stop, stop - 100, -1) if not (line[k - 1].isalnum() and line[k].isalnum()))
    return next(edge, stop)


def _extract_line(
    line: str, vocab: Vocabulary, fuzzy: bool, *, resume: bool = False, listed: bool = False
) -> list[_Found]:
    if len(line) > _LONG_LINE:  # each piece apart, in the line's offsets
        return [
            (skill, a + start, a + end, surface, method)
            for a, b in _pieces(line)
            for skill, start, end, surface, method in _extract_line(
                line[a:b], vocab, fuzzy, resume=resume, listed=listed
            )
        ]
    tokens = tokenize(line)
    if not tokens:
        return []
    candidates, covered = _scan(line, tokens, vocab)
    _add_ellipsis(tokens, candidates, covered, vocab, line)
    if ")" in line and _CREDENTIAL_AFTER.search(line) is not None:
        _acronym_between(line, tokens, candidates, covered, vocab)
    accepted = _resolve_strict(line, tokens, candidates, resume=resume, listed=listed)
    if len(accepted) < len(candidates):
        accepted += _other_sense_skills(tokens, candidates, accepted, vocab)
    if len(accepted) > 1:
        if any(c.skill.name == _COMMUNICATION for c in accepted):
            machine_ends = {o.end for o in accepted if o.skill.category in _MACHINE_CATEGORIES}
            accepted = [
                c for c in accepted if c.skill.name != _COMMUNICATION or not _machines_talking(line, c, machine_ends)
            ]
        _head_noun_senses(tokens, accepted, vocab)
        if any(c.skill.name == _PROGRAMMING_LANGUAGES for c in accepted):
            accepted = _spoken_languages_label(line, accepted)
    if fuzzy:  # (before the senses: "prioritised" is a misspelling's find)
        accepted.extend(_fuzzy(tokens, covered, vocab))
    for index, c in enumerate(accepted):
        if c.skill.name == _HAZMAT and any(t.key in _ENDORSEMENT_WORDS for t in tokens):
            endorsement = vocab.get(_HAZMAT_ENDORSEMENT)
            if endorsement is not None:
                accepted[index] = replace(c, skill=endorsement)
        if c.skill.name == _TESTING and c.method is Method.ALIAS and tokens[c.tokens[0]].key in _QA_WORDS:
            _regulated_quality(tokens, accepted, index, vocab)
        if c.skill.name in _NEAR_SENSES and (c.tokens[1] - c.tokens[0] == 1 or c.skill.name in _PHRASE_SENSES):
            _sense_near(tokens, accepted, index, vocab)
    accepted.sort(key=lambda c: c.start)
    # the cache holds these: one string for each way a skill is written, not one per line
    return [(c.skill, c.start, c.end, sys.intern(c.surface), c.method) for c in accepted]


# "Accurate patient documentation", "documentation of patient care": a nurse's documentation is the
# clinical record (clinical documentation), not a software's technical documentation
_DOCUMENTATION = "technical documentation"
_CLINICAL_DOCUMENTATION = ("clinical", "documentation")
PATIENT_WORDS = frozenset(
    # (not "clinical", "medical", "chart(ing)" or "treatment": software is written for clinics too, "documentation
    # for our clinical data APIs", "documentation for the chart library")
    """patient nursing nurse medication bedside ward physician""".split()
    # s16i
    # the patient's record by its letters ("Complete timely documentation in the EHR", "document visits in the EMR");
    # a developer's EHR work keeps its technical documentation (_NEAR_SENSES_KEPT_BY)
    + """ehr emr ehrs emrs""".split()
)


# "Prioritized the roadmap with RICE", "backlog prioritization": a product manager's ranking of features,
# not a person's time management ("Prioritize multiple tasks" stays). Not "product(s)" alone: a store
# prioritises its products' replenishment.
PRIORITY_WORDS = frozenset(
    """roadmap roadmaps backlog backlogs feature features epic epics rice moscow kano wsjf okr okrs""".split()
)
# firmware's words: the sense of "Unity" (the C test framework) and of a bare "Zephyr" (the RTOS) beside them
_FIRMWARE_WORDS = frozenset(
    """ceedling cmock throwtheswitch firmware microcontroller microcontrollers mcu mcus rtos freertos zephyr threadx
    stm32 bare-metal""".split()
)
# A one-word alias's skill, the words near it (within a clause's reach) that give it another sense, and that
# sense's key
# (keys: folded, "patients" is "patient")
_MEDICAL_ASSISTANT_WORDS = frozenset(
    # (not "healthcare": a hospital's finance team; "clinic" stays: "CMA required; 1 year of clinic experience")
    """medical assistant assisting aama amt nha patient phlebotomy ehr emr epic bls cpr ccma ekg vital vitals
    rooming clinic clinical physician ma""".split()
)
# a guard's words (not "officer", "campus" or "alarm": "Chief Information Security Officer", "campus network security",
# "security alarms in the SIEM"); and the doors a guard keeps ("access control, badge checks and visitor logs")
_PATROL_WORDS = frozenset(
    """patrol patrols patrolling guard guarding armed unarmed cctv police policing enforcement surveillance lobby k9
    bouncer doorman""".split()
)
_GUARD_WORDS = _PATROL_WORDS | frozenset("""badge badges badging keycard keycards turnstile turnstiles visitor
    visitors""".split())
_NEAR_SENSES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    _DOCUMENTATION: (PATIENT_WORDS, _CLINICAL_DOCUMENTATION),
    "time management": (PRIORITY_WORDS, ("product", "prioritization")),
    # "Current CMA (AAMA) or RMA (AMT)", "Brianna Lee, CMA, Family Medicine": the medical assistant's
    # certificate, no management accountant's
    "CMA": (_MEDICAL_ASSISTANT_WORDS, ("medical", "assistant", "certification")),
    # "GCP and CITI trained", "GCP-compliant trial conduct": Good Clinical Practice, no Google Cloud
    "GCP": (
        frozenset("""clinical trial trials citi ich irb subject subjects patient patients protocol protocols study
        studies investigator investigators sponsor sponsors cro cros gxp glp gmp consent etmf tmf""".split()),
        ("good", "clinical", "practice"),
    ),
    # "dispatched police, fire and EMS using CAD", "CAD and radio consoles": a dispatcher's computer-aided
    # dispatch, no drafting software
    "CAD": (
        # (not "fire", "radio" or "emergency": "fire sprinkler layouts in CAD", "emergency lighting plans in CAD")
        frozenset("""dispatch dispatched dispatcher dispatchers dispatching 911 police ems patrol sheriff deputy
        rms""".split()),
        ("computer", "aided", "dispatch"),
    ),
    # "AWS (EMR, Glue, Lambda)", "Spark jobs on EMR": Amazon's Hadoop service, no medical record
    "electronic health records": (
        frozenset("""aws amazon spark pyspark hadoop hive presto s3 glue lambda athena redshift kinesis databricks
        cluster clusters emrfs""".split()),
        ("amazon", "emr"),
    ),
    # "Managed AWS infrastructure (EC2, S3, IAM, Lambda)": IAM among AWS's services is AWS's own (a security
    # posting's IAM, beside Okta or SailPoint, is the discipline)
    "identity and access management": (
        frozenset("""aws amazon ec2 s3 lambda cloudwatch cloudtrail cloudformation rds eks ecs vpc dynamodb sqs sns
        route53 kms""".split()),
        ("aws", "iam"),
    ),
    # "Unity/Ceedling unit tests", "Unity and CMock for firmware": ThrowTheSwitch's C test framework, no game engine
    # (a game developer's "unit tests in Unity" has none of these words)
    # (not "embedded": "Unity developer for embedded AR headsets")
    "Unity": (_FIRMWARE_WORDS, ("ceedling",)),
    # "lab equipment: oscilloscopes, logic analyzers, multimeters": an electronics bench, no wet lab's equipment
    "laboratory equipment": (
        # (not "electronic", "pcb": "electronic health record", "PCB and heavy metals analysis in soil samples")
        frozenset("""oscilloscope multimeter dmm saleae soldering firmware pcba jtag""".split()),
        ("electronic", "test", "equipment"),
    ),
    # "SCA / supply chain: Snyk, Dependabot, SBOM": the software supply chain's security, no logistics
    "supply chain management": (
        # (not "dependencies", "packages", "vulnerabilities": "reduce dependencies on single-source suppliers",
        # "track packages through the supply chain", "supply chain vulnerabilities and disruptions")
        frozenset("""sbom sboms snyk dependabot renovate sca slsa sigstore cyclonedx spdx npm pypi sast dast appsec
        devsecops cve cves""".split()),
        ("software", "supply", "chain"),
    ),
    # "Read board schematics and datasheets", "schematics review for the PCB": an electronic circuit's schematics,
    # no builder's drawings (a trade's "blueprints and schematics" stays)
    "blueprint reading": (
        # (not "components", "system": "mechanical components", "HVAC system schematics")
        frozenset("""pcb pcba circuit circuits board boards altium kicad orcad electronic electronics datasheet
        datasheets firmware hardware oscilloscope soldering""".split()),
        ("electrical", "schematic"),
    ),
    # "Knowledge of IPC/UPC plumbing code", "IPC and UPC codes" beside a plumber's words: the plumbing codes, no
    # inter-process communication
    "inter-process communication": (
        frozenset("""upc plumbing plumber plumbers fixture backflow dwv""".split()),
        ("plumbing", "code"),
    ),
    # "write 3C story in CDK", "CDK and Reynolds at a Ford dealership": the dealer's management system, no AWS CDK
    "CloudFormation": (
        frozenset("""dealership dealer dealers warranty repair recall technician automotive reynolds dealertrack
        3c""".split()),
        ("dealer", "management", "system"),
    ),
    # "Balayage, color correction, toner and gloss": a stylist's colour correction, no video's grade (a bare "color
    # correction" is the editor's: "color correction and grading in DaVinci Resolve")
    "colour grading": (
        # (not "client": "color correction to client notes")
        frozenset("""hair salon stylist stylists balayage foilayage highlight highlights foil foils toner toning bleach
        blonding blonde blondes cosmetology cosmetologist gloss""".split()),
        ("hair", "color", "correction"),
    ),
    # "Logged and triaged defects in Jira": a software bug's triage, no patient's
    "triage": (
        # (not a security incident's: "incident response from triage through containment")
        frozenset("""defect defects bug bugs ticket tickets jira issue issues crash crashes""".split()),
        ("bug", "triage"),
    ),
    # s14d
    # "2 years of security, law enforcement or military police experience", "unarmed security and patrol": a guard's
    # security, no information security (a "security officer" is the guard's by its own alias)
    "security": (
        _PATROL_WORDS,
        ("physical", "security"),
    ),
    # s14c
    # "valuation models in AXIS or Prophet", "Maintain Prophet models for fixed indexed annuities": FIS's actuarial
    # Prophet, no Meta's forecasting library (its ASA, FSA and AXIS keep to these words too: _NAME_SENSES)
    "Prophet": (
        frozenset("""actuarial actuary axis ggy soa asa fsa acas fcas reserving reserve valuation annuity mortality
        lapse morbidity ldti alfa fis""".split()),
        ("fis", "prophet"),
    ),
    # "SOA: P, FM, IFM, STAM", "SOA exams P and FM": the Society of Actuaries, no service-oriented architecture
    "service-oriented architecture": (
        frozenset("""actuarial actuary asa fsa exam p fm ifm fam stam ltam srm pa""".split()),
        ("actuarial", "exams"),
    ),
    # "Represent clients before the IRS on CP2000 notices, audits and installment agreements": the IRS's audits of
    # a client, no auditor's work
    "auditing": (
        frozenset("""irs cp2000 2848 taxpayer represent represented representing representation""".split()),
        ("irs", "representation"),
    ),
    # s14i
    # "Access control, badge checks and CCTV patrols", "Staffed the security operations center (SOC) on night patrol": a
    # guard's doors and command post, no software's authorization or a cyber SOC (see _NEAR_SENSES_KEPT_BY)
    "authorization": (_GUARD_WORDS, ("physical", "access", "control", "system")),
    "security operations": (_GUARD_WORDS, ("physical", "security")),
    # s15d
    # a recruiter's sourcing of candidates, no buyer's of suppliers ("Strong sourcing skills and comfort with Boolean
    # strings", "Full-cycle recruiting, technical recruiting, sourcing"); "Sourced office supplies and catering vendors"
    # stays procurement
    "procurement": (
        # (not "hr" or "hire": "Sourcing laptops for new hires with the HR team")
        frozenset("""candidate candidates recruiter recruiters recruiting recruitment recruit boolean linkedin talent
        requisition requisitions reqs hiring passive applicant applicants""".split()),
        ("talent", "acquisition"),
    ),
    # a contact centre's calls about a bill, no billing clerk's invoices ("Answer 70+ inbound calls per day on billing,
    # service outages and upgrades", "Resolve billing questions"); "Prepared client billing and invoices" stays
    "invoicing": (
        # (not "call(s)": "Billing, invoicing and collections; answered vendor calls")
        frozenset("""inbound outbound caller callers inquiry inquiries question questions""".split()),
        ("customer", "service"),
    ),
    # s16d
    # a dietitian's TPN is the feeding she calculates and monitors, no pharmacy's compounding ("Calculate and manage
    # enteral nutrition (tube feeding) and parenteral nutrition (TPN) regimens"); "Compound TPNs in a USP 797
    # cleanroom" stays
    "sterile IV preparation": (
        # (not "nutrition" or "parenteral": a pharmacy's "total parenteral nutrition (TPN) admixtures")
        frozenset("""enteral dietitian dietitians dietetic dietetics rd rdn tube feeding feedings malnutrition mnt
        cnsc""".split()),
        ("nutrition", "support"),
    ),
    # s16i
    # "DBT" in capitals beside a counselor's words is dialectical behavior therapy, no data build tool ("Provide CBT
    # and DBT skills groups", "Trained in DBT for clients with BPD"); "Snowflake, DBT, Airflow" stays the data tool
    "dbt": (
        # (not "skills", "group(s)" or "training" alone: "strong SQL and DBT skills", "dbt training for analysts")
        frozenset("""therapy therapies therapist therapists therapeutic psychotherapy counseling counselling counselor
        counselors counsellor clinician clinicians cbt emdr mindfulness distress emotion bpd borderline self-harm
        suicidal trauma adolescent adolescents lcsw lpc lmft""".split()
        ) | {"self harm", "emotion regulation", "distress tolerance"},
        ("dialectical", "behavior", "therapy"),
    ),
}


# the skills of _NEAR_SENSES whose aliases of several words take the other sense too ("lab equipment")
_PHRASE_SENSES = frozenset(
    {"laboratory equipment", "supply chain management", "colour grading", "authorization", "security operations"}
)


# ... unless the words of the skill's own sense are near too: Google Cloud's ("Run clinical trial analytics on
# GCP (BigQuery)"), a drafter's ("Designed floor plans for the new 911 dispatch center in CAD")
_NEAR_SENSES_KEPT_BY = {
    # (not "cloud" or "compute": "Ensured GCP compliance for the cloud-based eTMF")
    "GCP": frozenset(
        """bigquery gke terraform kubernetes dataflow dataproc pubsub pub/sub vertex looker aws azure gcs firestore
        spanner""".split()
    ),
    # (not "plans", "design(ed)", "model" or "layout": "Dispatched units via CAD; followed response plans",
    # "Tiburon CAD; designed training for new dispatchers"; but a building's plans are a drafter's: "floor plan",
    # two words, read as a pair)
    "CAD": frozenset(
        """drafted drafting drawing drawings revit autocad solidworks microstation 3d 2d blueprint blueprints
        floorplan floorplans""".split()
    ) | {"floor plan", "site plan"},
    # a clerk who answers billing questions and prepares the invoices too keeps invoicing ("Resolved customer billing
    # inquiries and prepared monthly invoices", "Handled billing questions and prepared invoices in QuickBooks")
    "invoicing": frozenset(
        """invoice invoices invoiced invoicing quickbooks quickbook receivable receivables ar""".split()
    ),
    # a pharmacy's compounding keeps its TPN whoever ordered it ("Compounded TPN and IV admixtures in a USP 797
    # cleanroom per dietitian orders")
    "sterile IV preparation": frozenset(
        """compound compounds compounded compounding admixture admixtures cleanroom cleanrooms hood hoods laminar
        aseptic usp 797 beyond-use""".split()
    ),
    # (a system's roles and permissions: "RBAC and access control for the badge-printing app's API")
    "authorization": frozenset(
        """rbac abac iam oauth saml sso ldap permission permissions role roles api apis application applications
        database databases software acl acls""".split()
    ),
    "security operations": frozenset(
        """siem splunk sentinel qradar soar edr xdr threat threats malware phishing incident incidents cyber
        cybersecurity soc2""".split()
    ),
    # s16i
    # a developer's documentation of the EHR's software keeps its sense ("Write API documentation for our EHR
    # integrations (HL7, FHIR)")
    _DOCUMENTATION: frozenset(
        """api apis sdk integration integrations interface interfaces hl7 fhir endpoint endpoints developer developers
        software""".split()
    ),
}


# ... and a pair of _NEAR_SENSES_KEPT_BY keeps the skill only without a dispatcher's work near: "Dispatched fire units
# via CAD using the site plan for each school" is a dispatcher's CAD (but "Drew site plans in CAD for the new police
# dispatch building" a drafter's)
_PAIR_NOT_KEPT_BY = {"CAD": frozenset("""dispatched dispatching dispatches unit units""".split())}
# The surfaces of a skill of _NEAR_SENSES that take the other sense, when not all do: a recruiter's "sourcing" of
# candidates, but "Led procurement of an applicant tracking system for the recruiting team" stays procurement
_NEAR_SENSES_SURFACES = {"procurement": frozenset({"sourcing", "sourced", "source", "sources"})}


def _sense_near(tokens: list[Token], candidates: list[_Candidate], index: int, vocab: Vocabulary) -> None:
    """See _NEAR_SENSES."""
    i, j = candidates[index].tokens
    name = candidates[index].skill.name
    surfaces = _NEAR_SENSES_SURFACES.get(name)
    if surfaces is not None and candidates[index].surface.lower() not in surfaces:
        return
    words, sense = _NEAR_SENSES[name]
    near = tokens[max(0, i - _REGULATED_REACH) : j + _REGULATED_REACH]
    if all(t.key not in words for t in near):
        return
    kept_by = _NEAR_SENSES_KEPT_BY.get(name)
    if kept_by is not None and (
        any(t.key in kept_by for t in near)
        or (
            any(f"{a.key} {b.key}" in kept_by for a, b in zip(near, near[1:], strict=False))
            and not any(t.text.lower() in _PAIR_NOT_KEPT_BY.get(name, ()) for t in near)
        )
    ):
        return
    entry = vocab.index.get(sense)
    if entry is not None and entry.skill is not None:
        candidates[index] = replace(candidates[index], skill=entry.skill)


# The nouns of a credential after an acronym in parentheses: "Professional Engineer (PE) license" is the
# name before the acronym and the noun after it ("Professional Engineer license"), or the acronym and
# the noun ("PE license")
_CREDENTIAL_NOUNS = frozenset(
    """license licence licensure certification certificate registration credential card exam""".split()
)


# where _acronym_between may find one: a credential's noun right after a parenthesis
_CREDENTIAL_AFTER = re.compile(r"\)\s*(?:licen[cs]|certific|registration|credential|card|exam)", re.I)


def _acronym_between(
    line: str, tokens: list[Token], candidates: list[_Candidate], covered: set[int], vocab: Vocabulary
) -> None:
    for k in range(1, len(tokens) - 1):
        if k + 1 in covered or tokens[k + 1].key not in _CREDENTIAL_NOUNS:
            continue
        # (the acronym may be a name of its own, which the credential then takes in: "(PE) license")
        alone = [c for c in candidates if c.tokens == (k, k + 1)] if k in covered else []
        if k in covered and not alone:
            continue
        acronym = tokens[k]
        if not (acronym.text.isupper() and line[acronym.start - 1 : acronym.start] == "("):
            continue
        if line[acronym.end : tokens[k + 1].start].strip() != ")":
            continue
        noun = tokens[k + 1]
        found = None
        for n in range(min(4, k), 0, -1):  # the longest name before the parenthesis first
            if any(p in covered for p in range(k - n, k)) or not _joined(line, tokens[k - n : k]):
                continue
            if line[tokens[k - 1].end : acronym.start].strip() != "(":
                break
            entry = vocab.index.get((*(t.key for t in tokens[k - n : k]), noun.key))
            if entry is not None and entry.skill is not None and not entry.strict:
                found = (entry.skill, k - n)
                break
        if found is None:
            entry = vocab.index.get((acronym.key, noun.key))
            if entry is None or entry.skill is None or entry.strict:
                continue
            found = (entry.skill, k)
        skill, first = found
        start = tokens[first].start
        for c in alone:
            candidates.remove(c)
        candidates.append(
            _Candidate(skill, (first, k + 2), start, noun.end, line[start : noun.end], Method.ALIAS, False)
        )
        covered.update(range(first, k + 2))


# "HAZMAT, TANKER, DOUBLES/TRIPLES ENDORSEMENTS": hazmat on a line of a driver's endorsements is the
# endorsement on a CDL, not the handling of dangerous goods alone
_HAZMAT = "hazardous materials handling"
_HAZMAT_ENDORSEMENT = "hazmat endorsement"
_ENDORSEMENT_WORDS = frozenset({"endorsement", "endorsed"})
_PROGRAMMING_LANGUAGES = "programming languages"


def _spoken_languages_label(line: str, accepted: list[_Candidate]) -> list[_Candidate]:
    """ "Other languages: English, French": a label ("other languages" is an alias of programming
    languages) before spoken languages only names them."""
    label = next(c for c in accepted if c.skill.name == _PROGRAMMING_LANGUAGES)
    rest = [c for c in accepted if c is not label]
    if line[label.end :].lstrip()[:1] == ":" and all(
        c.skill.category == "spoken_language" and c.start > label.end for c in rest
    ):
        return rest
    return accepted


# "QA" and "quality assurance" on a line about a regulated plant, laboratory or kitchen ("Quality
# Assurance in a GMP-regulated pharmaceutical environment", "QA in food manufacturing (HACCP)"):
# the quality of a product made there, not software testing.
_TESTING = "testing"
_REGULATED_QA = "quality assurance (GMP)"
_QA_WORDS = frozenset({"qa", "quality"})
_REGULATED_NAMES = frozenset({"GMP", _REGULATED_QA})
REGULATED_WORDS = frozenset(
    """gmp cgmp gxp glp gdp pharmaceutical pharma biotech biopharmaceutical manufacturing fda capa
    haccp food laboratory medicinal drug sterile aseptic regulated""".split()
)


# words of software beside them: the QA is software testing all the same ("QA ... testing web and
# mobile apps for a food delivery platform", "quality assurance in a regulated environment
# (fintech, banking)", "QA of manufacturing execution system software", "LIMS QA")
# (not "code", "automated", "application", "cloud": the Code of Federal Regulations, automated
# packaging lines, the application of SOPs and a cloud-based eQMS are a regulated plant's)
SOFTWARE_WORDS = frozenset(
    """software app apps web mobile selenium cypress playwright api apis platform platforms fintech banking sdet
    frontend backend lims saas devops""".split()
)

_REGULATED_REACH = 10  # words either side: the clause, not the rest of a one-paragraph posting


def _regulated_quality(tokens: list[Token], candidates: list[_Candidate], index: int, vocab: Vocabulary) -> None:
    i, j = candidates[index].tokens
    near = {t.key for t in tokens[max(0, i - _REGULATED_REACH) : j + _REGULATED_REACH]}
    if not near.isdisjoint(REGULATED_WORDS) and near.isdisjoint(SOFTWARE_WORDS):
        skill = vocab.get(_REGULATED_QA)
        if skill is not None:
            candidates[index] = replace(candidates[index], skill=skill)


def _head_noun_senses(tokens: list[Token], candidates: list[_Candidate], vocab: Vocabulary) -> None:
    """A one-word alias that is the head noun of its skill's name ("orchestration" for container
    orchestration) takes the sense another skill of the line implies, when one implies a skill of
    the same head noun: "orchestration tool (Airflow, Dagster, Prefect)" is workflow orchestration,
    which Airflow implies; "Kubernetes or another orchestration tool" stays container orchestration."""
    # what the line's candidates imply, counted once for the line (an alias takes its own part off):
    # rescanning every other candidate for each alias was quadratic on a resume exported as one line
    implied = Counter(name for c in candidates for name in vocab.implied(c.skill.name))
    for index, c in enumerate(candidates):
        if c.method is not Method.ALIAS or c.tokens[1] - c.tokens[0] != 1:
            continue
        name_key = vocab.name_keys.get(c.skill.name, ())
        head = tokens[c.tokens[0]].key
        if len(name_key) < 2 or name_key[-1] != head:
            continue
        own = vocab.implied(c.skill.name)
        senses = {
            name
            for name, count in implied.items()
            if count > (name in own) and name != c.skill.name and vocab.name_keys.get(name, ())[-1:] == (head,)
        }
        if len(senses) == 1 and implied[c.skill.name] <= (c.skill.name in own):  # no other implies its own
            skill = vocab.get(senses.pop())
            if skill is not None:
                implied.subtract(own)
                implied.update(vocab.implied(skill.name))
                candidates[index] = replace(c, skill=skill)


# per vocabulary: each word that starts a key and the lengths of the keys it starts, longest first
_key_sizes: dict[int, tuple[Vocabulary, dict[str, tuple[int, ...]]]] = {}


def _sizes_of(vocab: Vocabulary) -> dict[str, tuple[int, ...]]:
    """The lengths of the keys each word starts, longest first (most words start keys of one or
    two lengths: the scan looks up only those, not every length up to the longest)."""
    held = _key_sizes.get(id(vocab))
    if held is None or held[0] is not vocab:
        sizes: dict[str, set[int]] = {}
        for key in vocab.index:
            sizes.setdefault(key[0], set()).add(len(key))
        held = _key_sizes[id(vocab)] = (vocab, {w: tuple(sorted(s, reverse=True)) for w, s in sizes.items()})
    return held[1]


def _scan(line: str, tokens: list[Token], vocab: Vocabulary) -> tuple[list[_Candidate], set[int]]:
    """Longest-match scan. Returns the candidates and the token positions consumed."""
    candidates: list[_Candidate] = []
    covered: set[int] = set()
    index = vocab.index
    keys = [t.key for t in tokens]
    count = len(keys)
    sizes_of = _sizes_of(vocab).get
    after = 0  # the tokens before this are consumed
    for i, sizes in [(i, s) for i, s in enumerate(map(sizes_of, keys)) if s is not None]:  # words some key starts with
        if i < after:
            continue
        step = 1
        for size in sizes:  # the longest key first; shorter ones are its heads
            if i + size > count:
                continue
            key = tuple(keys[i : i + size])
            entry = index.get(key)
            if entry is None:
                continue
            start, end = tokens[i].start, tokens[i + size - 1].end
            surface = line[start:end]
            if entry.skill is None:  # a stop phrase, and the acronym it defines
                step = size + _defined_acronym(line, tokens, i, i + size)
                covered.update(range(i, i + step))
                break
            if size > 1 and not (
                _joined(line, tokens[i : i + size])
                or _possessive_name(line, tokens[i : i + size], entry.forms)
                or (entry.skill.category == "certification" and _register_in_brackets(line, tokens, i, i + size, vocab))
            ):
                continue  # "AWS (EC2" is not "AWS EC2": a key's words are joined by spaces only
            if surface.count("(") > surface.count(")"):  # (the register's closing bracket: "Lead Auditor (IRCA)")
                end += 1
                surface = line[start:end]
            if (
                entry.strict
                and not any(_same_case(surface, form, tokens, i, i + size) for form in entry.forms)
                # (a hyphenated strict form shares its key with the spaced name: "REST-assured")
                and not ("-" in surface and surface in vocab.strict_forms(entry.skill))
            ):
                continue  # "go" for "Go", "ADA" for "Ada" in "ADA compliance": try a shorter key, then move on
            exact = key == vocab.name_keys.get(entry.skill.name)
            candidates.append(
                _Candidate(
                    skill=entry.skill,
                    tokens=(i, i + size),
                    start=start,
                    end=end,
                    surface=surface,
                    method=Method.EXACT if exact else Method.ALIAS,
                    strict=entry.strict,
                )
            )
            step = size
            if size > 1 and _defined_acronym(line, tokens, i, i + size):
                # its acronym in brackets means the same, whatever the acronym alone would name: "labor
                # management system (LMS)" is no learning management system (the same skill's stays a mention)
                other = index.get((keys[i + size],))
                if other is not None and other.skill is not None and other.skill != entry.skill:
                    step += 1
            covered.update(range(i, i + step))
            break
        after = i + step
    return candidates, covered


_ACRONYM_IN_BRACKETS = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _defined_acronym(line: str, tokens: list[Token], i: int, j: int) -> int:
    """1 when the words i..j (a stop phrase or a skill's name) are followed by their acronym in brackets,
    which then means the same: "professional learning communities (PLCs)" is no PLC (a programmable logic
    controller). The acronym is the words' initials, with or without a plural "s"."""
    if j >= len(tokens):
        return 0
    found = _ACRONYM_IN_BRACKETS.match(line, tokens[j - 1].end)
    if found is None or tokens[j].start != found.start(1) or tokens[j].end != found.end(1):
        return 0
    acronym = found.group(1)
    initials = "".join(t.text[0] for t in tokens[i:j] if t.text[:1].isalpha()).upper()
    plural = acronym[-1:] in ("s", "S") and acronym[:-1].upper() == initials  # "PLCs", "PLCS"
    return 1 if acronym.upper() == initials or plural else 0


def _joined(line: str, tokens: list[Token], *, possessive: bool = False) -> bool:
    return all(not _gap(line, a, b, possessive).strip(" -_") for a, b in zip(tokens, tokens[1:], strict=False))


def _register_in_brackets(line: str, tokens: list[Token], i: int, j: int, vocab: Vocabulary) -> bool:
    """A credential's last words in brackets, the body that grants it: "Lead Auditor (IRCA)" is the key
    "lead auditor IRCA" (the words before the bracket and those in it joined by spaces; the bracket closes
    right after the key, so "Lead Auditor (IRCA and ISO" is no such name). Not the credential's own letters,
    which name it alone: "Child Development Associate (CDA)", "Associate in Commercial Underwriting (AU)"."""
    for k in range(i + 1, j):
        if _gap(line, tokens[k - 1], tokens[k], False).strip() == "(":
            own = vocab.index.get(tuple(t.key for t in tokens[k:j]))
            whole = vocab.index.get(tuple(t.key for t in tokens[i:j]))
            return (
                _joined(line, tokens[i:k])
                and _joined(line, tokens[k:j])
                and line[tokens[j - 1].end : tokens[j - 1].end + 1] == ")"
                and (own is None or whole is None or own.skill != whole.skill)
            )
    return False


def _gap(line: str, a: Token, b: Token, possessive: bool) -> str:
    """What stands between two words; ``possessive``: without the apostrophe of a plural's possessive (see
    _possessive_name; not an apostrophe elsewhere: "rock 'n' roll")."""
    gap = line[a.end : b.start]
    if possessive and a.text[-1:] in ("s", "S") and gap[:1] in ("'", "\u2019"):
        return gap[1:]
    return gap


# A plural's possessive apostrophe joins the words of a name the vocabulary writes with that plural: "workers'
# compensation", "workers' comp", "readers' advisory" are "workers compensation", "reader's advisory"; a key that
# only folds alike is another phrase ("thousands of live users' experiences" is no user experience)
_APOSTROPHES = re.compile("['\u2019]")


def _possessive_name(line: str, tokens: list[Token], forms: Iterable[str]) -> bool:
    """See _APOSTROPHES."""
    if not _joined(line, tokens, possessive=True):
        return False
    words = " ".join(_APOSTROPHES.sub("", line[tokens[0].start : tokens[-1].end]).lower().split())
    return any(" ".join(_APOSTROPHES.sub("", form).lower().split()) == words for form in forms)


def _same_case(surface: str, form: str, tokens: list[Token], i: int, j: int) -> bool:
    """A strict form as written, or in capitals ("GO", "SWIFT") where the words beside it are in
    capitals too, as in a heading or a line set in capitals ("SKILLS: ADA, C"). Beside words in
    lower case, the capitals of a name are an acronym, another word: "FMLA and ADA compliance"
    (the Americans with Disabilities Act, not Ada), "SWIFT payments"."""
    surface = " ".join(surface.split())
    if surface == form:
        return True
    if i == 0 and form.islower() and surface == form.capitalize() and (j >= len(tokens) or tokens[j].text.islower()):
        return True  # a sentence's first word: "Retail or supply chain background" (not a title's "Retail Manager")
    if not (surface.isupper() and surface == form.upper() and len(form) > 1):
        return False
    return form.isupper() or not any(
        0 <= k < len(tokens) and any(ch.islower() for ch in tokens[k].text) for k in (i - 1, j)
    )


def _add_ellipsis(
    tokens: list[Token], candidates: list[_Candidate], covered: set[int], vocab: Vocabulary, line: str
) -> None:
    """Elliptical coordination: "database design and optimization" also names database
    optimization; "unit and integration testing" also names unit testing."""
    for c in list(candidates):
        i, j = c.tokens
        if j - i < 2:
            continue
        # "A B and C": head "A" shared, C alone after a conjunction
        if j + 1 < len(tokens) and tokens[j].key in ("and", "or", "&", "/") and (j + 1) not in covered:
            key = tuple(t.key for t in tokens[i : j - 1]) + (tokens[j + 1].key,)
            entry = vocab.index.get(key)
            if entry is not None and entry.skill is not None and entry.skill != c.skill and not entry.strict:
                t = tokens[j + 1]
                candidates.append(
                    _Candidate(entry.skill, (j + 1, j + 2), t.start, t.end, line[t.start : t.end], Method.ALIAS, False)
                )
                covered.add(j + 1)
        # "A and B C": tail "C" shared, A alone (or a one-word alias) before a conjunction
        if i >= 2 and tokens[i - 1].key in ("and", "or", "&", "/"):
            key = (tokens[i - 2].key,) + tuple(t.key for t in tokens[i + 1 : j])
            entry = vocab.index.get(key)
            if entry is None and j - i > 2 and _hyphenated(line, tokens, i, j - 1):
                # "unit and end-to-end tests": the modifier is one hyphenated word, the noun "tests" shared
                entry = vocab.index.get((tokens[i - 2].key, tokens[j - 1].key))
            if entry is not None and entry.skill is not None and entry.skill != c.skill and not entry.strict:
                previous = next((p for p in candidates if p.tokens == (i - 2, i - 1)), None)
                if (i - 2) not in covered or (previous is not None and previous.method is Method.ALIAS):
                    if previous is not None:
                        candidates.remove(previous)
                    t = tokens[i - 2]
                    span = line[t.start : t.end]
                    candidates.append(
                        _Candidate(entry.skill, (i - 2, i - 1), t.start, t.end, span, Method.ALIAS, False)
                    )
                    covered.add(i - 2)


def _hyphenated(line: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens [i, j) are one word written with hyphens ("end-to-end")."""
    return all(line[a.end : b.start] == "-" for a, b in zip(tokens[i : j - 1], tokens[i + 1 : j], strict=False))


def _resolve_strict(
    line: str, tokens: list[Token], candidates: list[_Candidate], *, resume: bool = False, listed: bool = False
) -> list[_Candidate]:
    """Keep every non-strict candidate, and the strict ones that stand in a technical context;
    drop, strict or not, the words that are used in another sense here (:func:`_drop_other_senses`)."""
    if candidates:
        candidates = _drop_other_senses(line, tokens, candidates, resume=resume)
    accepted = [c for c in candidates if not c.strict]
    pending = [c for c in candidates if c.strict]
    if not pending:
        return accepted
    if _names_only(line, candidates):  # "- Go", "Go, Rust", "German (B2+)", "Tools: Excel, Jira"
        return accepted + [c for c in pending if not _blocked(line, tokens, c)]
    label_end = _label_end(line)
    for _ in range(3):  # strict neighbours can vouch for each other ("Go, Rust, Swift")
        ends = {c.tokens[1] for c in accepted}
        starts = {c.tokens[0] for c in accepted}
        # (a soft skill or a trait after a strict name that opens the line is its object, no technical context:
        # "Spark creativity in the classroom", "Spark curiosity"; but a protocol's communication is the machines'
        # talk, see _machines_talking: "CAN communication between ECUs")
        opening_starts = {
            c.tokens[0]
            for c in accepted
            if not (c.skill.soft or c.skill.category == TRAIT) or c.skill.name == "communication"
        }
        languages = {c.tokens[0] for c in accepted if c.skill.category == "spoken_language"}
        still: list[_Candidate] = []
        for c in pending:
            if _blocked(line, tokens, c) or _recruits_no_staff(tokens, c):
                continue
            if c.surface in INDUSTRY_ONLY:
                if _beside_industry(tokens, c, accepted):
                    accepted.append(c)
                else:
                    still.append(c)
                continue
            if (
                _in_context(line, tokens, c, ends, opening_starts if c.tokens[0] == 0 else starts, label_end, languages)
                or _in_parentheses(line, c)
                or _in_short_list(line, c, accepted)
                or _data_platform(tokens, c)
                or (listed and _list_item(line, c))
                or _list_line(line, c, accepted)
                or _hiring_verb(tokens, c)
                or _own_sense_beside(tokens, c)
            ):
                accepted.append(c)
            else:
                still.append(c)
        if len(still) == len(pending):
            break
        pending = still
    return accepted


# A line that is only names ("- Go", "Go, Rust", "German (B2+)", "Languages: Go, Rust"): one
# skill a line is the layout of many resumes (a PDF sidebar) and of requirement bullets, and a
# list of names is a technical context. What may stand between the names: separators, bullets,
# "and"/"or", and a short note in parentheses ("(B2+)", "(3 years)"); after a label that names
# no technology ("Hobbies: Go") two names at least.
_NAMES_ONLY_MAX = 160  # longer lines are sentences
_NAME_MARK = "\x00"
_LINE_LABEL = re.compile(r"^\s*(?:[-*+•·▪◦●–—>]\s*|\d{1,2}[.)]\s+)?(?:\*\*|__)?[A-Za-z][\w /&+.-]{0,40}(?:\*\*|__)?:")
_BULLET_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s")
# a short name then a dash or a bar is a label too: a project and its stack, "Trailmap — React, Flask",
# "Budget Buddy | Swift, Firebase" (two names at least after it, as after a label that names no technology)
_DASH_LABEL = re.compile(r"^\s*(?:[-*+•·▪◦●>]\s*)?[A-Z][\w.&'+]*(?:\s[A-Z][\w.&'+]*){0,2}\s+[-–—|]\s+")
# (a note is also the years after a dash: "- Excel — 8 yrs", "Go - 3 years")
_NOTE = re.compile(r"\([^()\x00]{0,24}\)|\s[-–—]\s*\d{1,2}\+?\s*(?:yrs?|years?)\b\.?")
_NAMES_GAP = re.compile(r"(?:[\s\x00,;/|&+.*•·▪◦●:_()–—-]|\b(?:and|or|and/or)\b)*", re.I)


def _names_only(line: str, candidates: list[_Candidate]) -> bool:
    if len(line) > _NAMES_ONLY_MAX or not candidates:
        return False
    start = 0
    label = _LINE_LABEL.match(line)
    dash_label = None if label else _DASH_LABEL.match(line)
    if label:
        if len(candidates) < 2 and _label_end(line) is None:
            return False
        start = label.end()
    elif dash_label and len(candidates) >= 2:
        start = dash_label.end()
    else:
        number = _BULLET_NUMBER.match(line)
        start = number.end() if number else 0
    parts = []
    for c in sorted(candidates, key=lambda c: c.start):
        if c.start < start:
            return False  # a name in the label: "Go: ..." is no list of names
        parts.append(line[start : c.start])
        parts.append(_NAME_MARK)
        start = c.end
    parts.append(line[start:])
    rest = "".join(parts)
    return _NAMES_GAP.fullmatch(_NOTE.sub(" ", rest)) is not None


# -- words used in another sense ----------------------------------------------------------------
# A language name is also an adjective of nationality ("Danish universities", "Finnish people") or
# of a cuisine ("French cooking"): right before one of these nouns it is that, not the language.
NATIONALITY_NOUNS = frozenset(
    """people person citizen resident national university company industry market customer law
    government authority society culture population health healthcare grading institution
    subsidiary territory state economy tax
    cuisine cooking cookery food dish pastry restaurant kitchen recipe wine bakery""".split()
)  # (a kitchen's "French cooking techniques", "Japanese cuisine" are no language asked)
# ... and after "<language>-speaking": the places and people who speak it ("the English-speaking
# market"), not a speaker asked for ("English-speaking candidates")
SPEAKERS_NOUNS = NATIONALITY_NOUNS | frozenset(
    """country world region area audience community public""".split()
)
# the language a document is written in, not a skill: "The application must be in English",
# "Apply online in English", "attach all your materials in English in one pdf file"
_APPLICATION_RE = re.compile(
    r"\b(?:appl(?:y|ying|ication|ications)|cv|curriculum vitae|cover letter|submit\w*|attach\w*|send)\b", re.I
)
# the words of a document's translation, no translator's work ("an official translation into English")
_OFFICIAL = frozenset("""official certified sworn notarized notarised authorized authorised""".split())
# words that, before "in <language>", make it an ability ("fluent in English", "teach in Danish")
LANGUAGE_ABILITY = frozenset(
    """fluent fluency fluently proficient proficiency competent communicate communicating
    communication skill skilled conversant conversational speak speaking write writing read
    reading work working teach teaching lecture lecturing present presenting converse""".split()
)
# Skill words that are also plain adjectives: in a row of adjectives ("open agile and
# communicative", "Young agile and diverse team", "dynamic and agile") they are the
# adjective, not the method or the property. Lowercase only: "Agile and Lean methodologies" names both.
ADJECTIVE_FORMS = frozenset({"agile"})
# ... unless a word of method they share follows: "agile and lean practices"
_ADJECTIVE_HEADS = frozenset(
    """practice method methodology principle development process framework approach value ceremony
    delivery transformation""".split()
)
# nouns that "agile" the method qualifies: "an agile environment and ...", "teams and agile working methods"
_AGILE_NOUNS = _ADJECTIVE_HEADS | frozenset(
    """team environment setting way working mindset mind project organisation organization culture
    coach squad software product manner fashion model workflow sprint board release""".split()
)
# words that stand beside "agile" the method: "an agile and cross-functional Scrum team"
_AGILE_COMPANIONS = frozenset({"cross", "self", "autonomous", "iterative", "incremental", "lean"})
_CONJUNCTIONS = frozenset({"and", "&", "or"})
# Job titles in the plural name the people a posting works with ("a team of Performance Engineers",
# "the QA Engineers of the other teams", "UX designers"), not a skill it asks for, when the word
# before them is a one-word alias of a wider skill ("performance", "QA", "UX"). A name of its own
# before them is the skill ("Java developers", "DevOps engineers"), and so is a title in the
# singular ("a Performance Engineer": the job's own skill).
ROLE_PLURALS = frozenset(
    """engineers scientists analysts designers experts specialists professionals architects
    consultants""".split()
)
# ... and a technology's alias stays its technology before them ("k8s engineers"). The categories of
# technologies, as opposed to practices, fields and roles (the posting parser asks the same)
TECH_CATEGORIES = frozenset(
    {"language", "framework", "library", "database", "cloud", "devops", "tool", "platform", "os"}
)


def _drop_other_senses(
    line: str, tokens: list[Token], candidates: list[_Candidate], *, resume: bool = False
) -> list[_Candidate]:
    """The candidates without the words used in another sense on this line: part of an
    abbreviation or a web address, the acronym of a name that is no skill, a language as a
    nationality or as the language of an application, an adjective in a row, a one-word alias
    before colleagues' job titles ("QA Engineers"). Each test runs only
    where its sign is on the line (an "&", a "(", "://"), so most lines cost a few lookups."""
    ampersand = "&" in line
    parenthesis = "(" in line
    address = "://" in line or "www." in line or "WWW." in line
    comma = "," in line
    starts: set[int] | None = None
    kept = []
    for c in candidates:
        other = (
            (c.surface in LEGAL_FORMS and _legal_form(tokens, c, candidates))
            or (c.method is Method.ALIAS and not resume and _before_colleagues(tokens, c))
            or (ampersand and _in_abbreviation(line, tokens, c, candidates))
            or (address and _in_address(line, c))
            or (parenthesis and _acronym_of_other_name(line, tokens, c, candidates))
            or (c.surface in _CIPHER_ACRONYMS and any(t.key in CIPHER_WORDS for t in tokens))
            or (c.surface in _CLINICAL_SENSES and any(t.key in CLINICAL_WORDS for t in tokens))
            or _name_of_other_sense(tokens, c)
            or (c.skill.name == _PROGRAMMING_LANGUAGES and _spoken_nearer(tokens, c, candidates))
            or _not_as_written(c)
            or _colleagues_worked_with(line, tokens, c, resume=resume)
            or (c.surface.lower() == "lead" and _lead_of_a_title(tokens, c))
            or (c.surface == "Lead" and _bare_lead_title(line, c, candidates))
            or (c.surface.lower() == "spreadsheet" and _one_spreadsheet(tokens, c))
            or (resume and c.surface.lower() == "spreadsheet" and _program_kind(tokens, c))
            or (resume and c.surface.lower() == "audit" and _season_of_other_work(tokens, c))
            or (comma and c.surface.isupper() and _town_letters(line, tokens, c, candidates))
            or (comma and c.surface in _STATE_SET and _province_of_town(line, tokens, c, candidates))
            or ("ecurities" in c.surface and c.skill.category in _SECURITY_SENSES)
            or (c.surface in TRADE_SENSES and _other_trade(line, tokens, c))
            or (len(c.surface) == 1 and _letter_not_language(line, tokens, c, candidates))
            or (c.strict and ":" in line and _heading_label(line, c, candidates))
            or (c.surface in GIVEN_NAMES and _person(line, tokens, c, candidates))
            or (c.surface.lower() in _EVERYDAY_SENSES and _everyday_sense(tokens, c, resume=resume))
            or (resume and _before_company_word(line, tokens, c, candidates))
            or (resume and c.method is Method.ALIAS and _served_domain(tokens, c))
            or (c.skill.name in _APP_PLATFORMS and _designed_platform(tokens, c, candidates))
            or (not resume and c.surface[:1].isupper() and _institution_named(line, tokens, c))
            or (not resume and _title_sought(tokens, c))
            or (not resume and _document_to_submit(line, tokens, c))
        )
        if not other and (c.skill.category == "spoken_language" or c.surface in ADJECTIVE_FORMS):
            if starts is None:
                starts = {o.tokens[0] for o in candidates}
            if c.skill.category == "spoken_language":
                other = _language_not_skill(line, tokens, c, starts)
            else:
                other = _adjective_in_a_row(tokens, c, starts)
        if not other:
            kept.append(c)
    return kept


# A department worked with is no practice of its work, on a resume nor asked by a posting: "managed stakeholders
# across sales and legal", "Partnered with sales and marketing", "Worked with the sales team", "Participate in design
# review with UX", "Together with the rest of the Sales Trading team" (not "Led sales and marketing teams", "experience
# with sales"); a person's or a business's performance is no software's: "track student performance data", "employee
# performance reviews", "a strong business performance".
# ("Worked with Legal and Compliance", "Partnered with Sales and Marketing": a department's name in capitals;
# "Wrote BDD scenarios with product owners": the colleagues, no product management; "design review with UX": the UX
# team, no UX design)
_DEPARTMENT_SKILLS = frozenset({"sales", "marketing", "finance", "compliance", "product owners", "ux"})
_EVERYDAY_SENSES = _DEPARTMENT_SKILLS | {"performance"}  # (compared in lower case)
_DEPARTMENTS = frozenset(
    """sales marketing finance legal product engineering design operations support hr security compliance ux
    procurement ops data leadership executives partners customer customers success developers engineers designers
    analysts stakeholders""".split()
)
_ALONGSIDE = frozenset({"across", "with", "alongside", "between", "among"})
# ... what a person has done with it is their own: "experience with sales", "3+ years with sales, marketing or
# finance", "Proven track record with sales", "Must be comfortable with sales and cold calling"
_HELD_WITH = frozenset(
    """experience experienced familiar familiarity skilled proficient expertise year years yrs record
    comfortable""".split()
)
# On a posting a department after "with" or "across" is the colleagues only after a verb of working together ("Partner
# with sales and marketing", "collaborate closely with Sales", "coordinate across sales and finance") or in a meeting
# held together ("Participate in design review with UX", "some interaction with sales channels", "the point of contact
# for technical matters with sales"): a posting asks a candidate's own sales in many more ways
# ("Success with sales in a B2B setting")
_WORK_TOGETHER = frozenset(
    """work works worked working partner partners partnered partnering collaborate collaborates collaborated
    collaborating collaboration liaise liaises liaised liaising liaison coordinate coordinates coordinated coordinating
    coordination cooperate cooperates cooperated cooperating interface interfaces interfacing align aligns aligned
    aligning engage engages engaged engaging together review reviews meeting meetings session sessions workshop
    workshops interact interacts interacted interacting interaction interactions contact contacts communicate
    communicates communicating communication relationship relationships""".split()
)
_WORK_TOGETHER_REACH = 3  # words between the verb and "with": "work closely and directly with"
_COLLEAGUES_AFTER = frozenset({"with", "across"})  # (on a posting, after a verb of _WORK_TOGETHER only)
_DEPARTMENT_GAP = frozenset(
    {"and", ",", "&", "/", "the", "our", "their", "teams", "team", "of", "rest", "other", "wider", "whole", "entire"}
)
_WHOSE_PERFORMANCE = frozenset(
    """student students academic employee employees staff individual financial sales business job portfolio
    fund campaign class school patient company organizational reading exam athletic investment vendor
    supplier store agent agents team""".split()
)
_PERFORMANCE_NOTES = frozenset(
    {"review", "reviews", "evaluation", "evaluations", "appraisal", "appraisals", "feedback", "plan", "plans"}
)


# On a resume, a business domain written short after "for" is the one the work served, not a skill
# practised: "Forecasting models for supply chain", "dashboards for the supply chain team" (not
# "Responsible for supply chain", nor the name in full, "... for supply chain management"); a name
# written with capitals is a product the work was for ("development for SAP S/4HANA") unless a team
# follows ("models for the FP&A team"); a role named for the domain practises it (_ROLE_BEFORE)
_DOMAIN_CATEGORIES = frozenset({"business", "domain"})
_FOR_THE = frozenset({"the", "our", "a", "an", "their"})
_UNIT_WORDS = frozenset({"team", "teams", "department", "group", "function", "org", "organization", "unit"})
_DUTY_BEFORE = frozenset({"responsible", "accountable", "responsibility", "responsibilities", "passion", "passionate"})
# a role named after its domain practises it: "Senior consultant for supply chain", "Account manager
# for logistics", "Lead analyst for procurement" (keys: folded, "consultants" is "consultant")
_ROLE_BEFORE = frozenset(
    """consultant manager analyst specialist lead leader director engineer planner buyer coordinator officer
    advisor adviser head president vp partner expert architect strategist representative executive
    controller associate""".split()
)
_DUTY_OR_ROLE_BEFORE = _DUTY_BEFORE | _ROLE_BEFORE
_CARED_FOR = frozenset({"patient", "resident"})  # (keys: folded, "patients" is "patient")


# A designer's web and mobile apps are what the design is for, no development: "5+ years of product design
# experience on web and mobile apps", "Designed onboarding flows for mobile apps" (a builder's word on the
# line keeps them, and so does a software engineer's: "Design and build web apps in React", "UI developer for
# mobile apps", "Designs scalable web applications in Java", "Design patterns for web applications"). Keys are
# folded.
_APP_PLATFORMS = frozenset({"web development", "mobile development"})
_DESIGN_WORDS = frozenset({"design", "designing", "designed", "designer", "ux", "ui"})
# ... and so are a marketer's or a user's apps, promoted, found or downloaded: "Promote our B2C mobile apps to new
# users", "YOU CAN FIND OUR MOBILE APPS HERE" (not "Develop B2C mobile apps": a builder's word keeps them)
_PROMOTED_WORDS = frozenset(
    """promote promotes promoted promoting promotion market markets marketed marketing advertise advertised
    advertising download downloads downloaded find install installs installed campaign campaigns""".split()
)
_BUILD_WORDS = frozenset(
    """develop developing developed developer development build building built engineer engineering code coding
    program programming implement implementing implemented pattern scalable architecture architect backend
    frontend api framework""".split()
)
_BUILT_WITH = frozenset({"language", "framework", "library", "database", "cloud", "devops", "concept"})


# An employer's faculty or department named after a subject asks no subject of the candidate: "study enrolment
# criteria at the Faculty of Chemistry and Pharmacy", "join the Department of Data Science" (on a posting; a degree's
# line names the subject: "MSc in Chemistry"; not "a PhD in Chemistry or Pharmacy")
_INSTITUTION_NOUNS = frozenset(
    """Faculty Department Dept School Institute College Centre Center Division Chair Laboratory""".split()
)
_NAME_LINKS = frozenset({"and", "&", ",", "/"})


def _institution_named(line: str, tokens: list[Token], c: _Candidate) -> bool:
    """See _INSTITUTION_NOUNS: the name right after "<Noun> of", or after other subjects linked before it, one word
    each ("Faculty of Physics, Chemistry and Pharmacy"). An agency's name before a skill is no such chain: "Department
    of Labor OSHA standards", "Department of Transportation DOT and FMCSA regulations" (two capitalised words side by
    side, or an acronym, stop the walk)."""
    if tokens[c.tokens[0]].text.isupper():
        return False  # an agency's acronym: "Department of Labor and OSHA standards"
    first = c.tokens[0]  # of the name reached so far
    while first >= 2:
        if tokens[first - 1].key in _NAME_LINKS and _subject_word(tokens[first - 2].text):
            first -= 2  # "Chemistry and Pharmacy"
        elif line[tokens[first - 1].end : tokens[first].start].strip() in _NAME_LINKS and _subject_word(
            tokens[first - 1].text
        ):
            first -= 1  # "Physics, Chemistry"
        else:
            break
    k = first - 1
    return k > 0 and tokens[k].key == "of" and tokens[k - 1].text in _INSTITUTION_NOUNS


def _subject_word(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


# The job's title as the object of the employer's search names the job, no skill asked of it: "Then you might be
# the Sales Manager we are looking for!", "Are you the Data Scientist we're seeking?" (not "Sales experience is what
# we are looking for": no title's word after the name)
_SEARCHING = frozenset({"looking", "seeking", "searching"})
_TITLE_REACH = 2  # title words after the name ("Sales Manager", "Sales Account Manager")


def _title_sought(tokens: list[Token], c: _Candidate) -> bool:
    i, j = c.tokens
    k = j
    titled = c.method is Method.ALIAS and _is_title_word(tokens[j - 1].text)  # "Data Scientist"
    while k < len(tokens) and k < j + _TITLE_REACH and tokens[k].text[:1].isupper() and _is_title_word(tokens[k].text):
        titled = True
        k += 1
    if not titled or k >= len(tokens) or not tokens[k].text.lower().startswith("we"):
        return False
    rest = [t.key for t in tokens[k + 1 : k + 3]]
    return any(word in _SEARCHING for word in rest)


def _is_title_word(word: str) -> bool:
    return word.lower() in TITLE_WORDS.words


# A program's file that an applicant fills in and sends is no skill asked: "Excel sheet with translation of grades
# (see guidelines and excel spreadsheet here)", "The file must include: ... Excel sheet with translation of grades"
# (not "Build Excel sheets for the weekly sales report": no application, no link)
_DOCUMENT_NOUNS = frozenset({"sheet", "sheets", "spreadsheet", "spreadsheets", "template", "templates", "file", "form"})
# ("attached" no link: "Excel spreadsheets attached to weekly status emails" are a resume's own work)
_LINKED = frozenset({"here", "below"})


def _document_to_submit(line: str, tokens: list[Token], c: _Candidate) -> bool:
    j = c.tokens[1]
    if tokens[j - 1].key in _DOCUMENT_NOUNS:
        noun = j - 1
    elif j < len(tokens) and tokens[j].key in _DOCUMENT_NOUNS:
        noun = j
    else:
        return False
    if noun + 1 < len(tokens) and tokens[noun + 1].key in _LINKED:
        return True
    return _APPLICATION_RE.search(line) is not None and _in_clause_of(line, _MUST_INCLUDE_RE, tokens[noun].start)


# the list of what an application must hold runs to the end of its clause ("The file must include: a cover letter,
# CV and an Excel sheet"; not "must include a portfolio; experience with Excel spreadsheets and Tableau"); its items'
# brackets are no end ("A letter motivating the application ( cover letter ) Curriculum vitae ... Excel sheet")
_MUST_INCLUDE_RE = re.compile(r"\bmust include\b", re.I)
_ITEM_CLAUSE_STOP = re.compile(r";|\.(?:\s|$)")


def _in_clause_of(line: str, pattern: re.Pattern[str], at: int) -> bool:
    """Whether a match of ``pattern`` comes before ``at`` in the same clause (a colon may open its list)."""
    return any(not _ITEM_CLAUSE_STOP.search(line, m.end(), at) for m in pattern.finditer(line, 0, at))


def _designed_platform(tokens: list[Token], c: _Candidate, candidates: list[_Candidate]) -> bool:
    before = tokens[: c.tokens[0]]
    return (
        c.method is Method.ALIAS
        and any(t.key in _DESIGN_WORDS or t.key in _PROMOTED_WORDS for t in before)
        and not any(t.key in _BUILD_WORDS for t in tokens)
        and not any(
            o.skill.category in _BUILT_WITH
            and o.skill.name not in _APP_PLATFORMS
            # (a line in capitals shouts: its strict words are no acronyms, "YOU CAN FIND OUR MOBILE APPS HERE")
            and not (o.strict and o.surface.isupper() and c.surface.isupper())
            for o in candidates
        )
    )


def _served_domain(tokens: list[Token], c: _Candidate) -> bool:
    if c.skill.category not in _DOMAIN_CATEGORIES:
        return False
    if c.surface != c.surface.lower() and not (c.tokens[1] < len(tokens) and tokens[c.tokens[1]].key in _UNIT_WORDS):
        return False  # a product is worked on: "ABAP development for SAP S/4HANA" (not "for the FP&A team")
    if c.tokens[1] < len(tokens) and tokens[c.tokens[1]].key in _CARED_FOR:
        return False  # the patients a carer looked after are their practice: "cared for med-surg patients"
    k = c.tokens[0] - 1
    if k >= 0 and tokens[k].key in _FOR_THE:
        k -= 1
    return k >= 0 and tokens[k].key == "for" and not (k > 0 and tokens[k - 1].key in _DUTY_OR_ROLE_BEFORE)


def _everyday_sense(tokens: list[Token], c: _Candidate, *, resume: bool) -> bool:
    i, j = c.tokens
    if c.surface.lower() in _DEPARTMENT_SKILLS:
        k = i - 1
        # (as written: the key of "sales" is "sale")
        while k >= 0 and (tokens[k].text.lower() in _DEPARTMENTS or tokens[k].key in _DEPARTMENT_GAP):
            k -= 1
        if k < 0 or tokens[k].key not in _ALONGSIDE or _held_with(tokens, k):
            return False
        return resume or tokens[k].key not in _COLLEAGUES_AFTER or _after_working_together(tokens, k)
    return (i > 0 and tokens[i - 1].key in _WHOSE_PERFORMANCE) or (
        j < len(tokens) and tokens[j].key in _PERFORMANCE_NOTES
    )


def _after_working_together(tokens: list[Token], k: int) -> bool:
    """Whether a verb of working together comes shortly before the word at ``k`` (see _WORK_TOGETHER)."""
    return any(t.text.lower() in _WORK_TOGETHER for t in tokens[max(0, k - 1 - _WORK_TOGETHER_REACH) : k])


# A one-letter language name ("C", "R") that is a letter of something else: a grade after a school
# subject ("English Literature C", "English (C)", "A Levels (Business B, ...)"), a class of a driving
# licence ("Driver's Licence (C class)", "Driving licence: B, C, C1"), a code glued to a number
# ("R-410A", "R-22": refrigerants).
GRADE_WORDS = frozenset({"gcse", "igcse", "licence", "license", "driving", "grade", "endorsement"})
_CLASS_WORDS = frozenset({"class", "category", "grade", "licence", "license", "endorsement"})
_LEVEL_LETTERS = frozenset({"a", "as", "o"})  # "A Levels", "AS level", "O Level"


def _letter_not_language(line: str, tokens: list[Token], c: _Candidate, candidates: list[_Candidate]) -> bool:
    i, j = c.tokens
    if j < len(tokens) and line[c.end : c.end + 1] == "-" and tokens[j].text[:1].isdigit():
        return True  # "R-410A", "R-22"
    if (i > 0 and tokens[i - 1].key in _CLASS_WORDS) or (j < len(tokens) and tokens[j].key in _CLASS_WORDS):
        return True  # "Class C", "C class", "C licence"
    for k, t in enumerate(tokens):
        if t.key in GRADE_WORDS or (t.key == "level" and k > 0 and tokens[k - 1].key in _LEVEL_LETTERS):
            return True  # a line of school grades or licence classes
    if i == 0:
        return False
    before = tokens[i - 1]
    gap = line[before.end : c.start]
    if not before.text[:1].isupper() or before.key in CUE_BEFORE or before.key in WROTE:
        return False
    if gap.strip() and gap.strip() != "(":
        return False
    if gap.strip() == "(" and line[c.end :].lstrip()[:1] != ")":
        return False  # "Embedded (C, C++)": examples, not a grade
    # "Literature C", "Chemistry (C)", but not "Python C Java" (a list of technologies)
    return not any(o.tokens[1] == i and o.skill.category in TECH_CATEGORIES for o in candidates)


def _heading_label(line: str, c: _Candidate, candidates: list[_Candidate]) -> bool:
    """A strict name that is a list's label, before two skills or more: a heading of what the list holds
    ("- **Processing:** Apache Spark (PySpark), dbt, Pandas"), not the Processing language. Its items say
    the skill when they are its own ("Swift: SwiftUI, Combine": SwiftUI implies Swift)."""
    if c.surface.isupper():
        return False  # an acronym's label is its field: "**ML:** scikit-learn, PyTorch" is machine learning
    label = _LINE_LABEL.match(line)
    if label is None or c.end > label.end() or line[c.end : label.end()].strip("*_ ") != ":":
        return False
    return sum(o.start >= label.end() for o in candidates) >= 2


# Strict names that are also people's first names: before a capitalised surname they are a person ("Worked
# with Ray Dalio", "Reported to Stan Lee, VP Data", "Worked with Julia Roberts on the launch"), not Ray, Stan or
# Julia. (The vocabulary's own longer names win first: "Ray Serve" is one name.)
GIVEN_NAMES = frozenset(
    """Ada Athena Aurora Crystal Hugo Jasmine Julia Luigi Pascal Percy Phoenix Ray Ruby Sage Shiva Stan
    Wolfram""".split()
)
# a capitalised word that is no surname: a title-case line's small words ("Experience With Ruby And
# Python"), and the words that say the name is the technology ("Ruby Developer", "Julia Programming")
# "Dalio", "Dalio's", "McDonald", "O'Brien", "Smith-Jones"
_SURNAME = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s)?\b(?!['’-])")
_NOT_SURNAMES = _NOT_NOUNS | CUE_AFTER | frozenset({"&", "vs", "via", "to", "from", "at", "on", "into"})


def _person(line: str, tokens: list[Token], c: _Candidate, candidates: list[_Candidate]) -> bool:
    """See GIVEN_NAMES: a first name right before a capitalised word that is no skill and no small word."""
    j = c.tokens[1]
    if j >= len(tokens) or line[c.end : tokens[j].start] != " ":
        return False
    if _SURNAME.match(line, tokens[j].start) is None:
        return False  # "Ray RLlib", "Phoenix LiveView", "Ruby 3.2": a product's part or version
    return tokens[j].key not in _NOT_SURNAMES and not any(o.tokens[0] == j for o in candidates)


# "RSA" beside words of cryptography ("RSA and AES encryption", "RSA keys") is the cipher, not the
# responsible service of alcohol a bar asks for
_CIPHER_ACRONYMS = frozenset({"RSA"})
CIPHER_WORDS = frozenset(
    """encryption encrypt encrypted decryption cryptography cryptographic crypto cipher key keypair aes ecc
    ecdsa sha pki tls ssl signature signing securid hash hashing openssl x.509 dsa""".split()
)


# On a line about patients, "ATS" is the Australasian Triage Scale ("triage (ATS)"), not applicant
# tracking systems, "presentations" are the patients who present ("category 1-5 presentations"),
# not presentation skills, and "PHR" is a personal health record ("patient portal and PHR
# integration"), not HRCI's certification
_CLINICAL_SENSES = frozenset({"ATS", "presentations", "presentation", "PHR"})
CLINICAL_WORDS = frozenset(
    """triage patient emergency ed acute category clinical ward nurse nursing resus resuscitation trauma
    deteriorating""".split()
)


# Acronyms that a law, a bar or an industry writes the same ("ADA", "ABA", "MICE"), with the words of that
# other sense and, where the skill's own sense has words of its own, those: near them (within a clause's
# reach) the acronym is the other one unless its own sense is named too. "FLSA, ADA, EEO and OSHA
# recordkeeping" is the Americans with Disabilities Act, not Ada; "ABA-approved law school" the American
# Bar Association, not applied behavior analysis ("ABA therapy for children with autism" stays).
_DISABILITY_LAW_WORDS = frozenset(
    """flsa fmla eeo eeoc osha cobra hipaa adaaa title employment law laws accommodation accommodations disability
    disabilities accessibility accessible compliance compliant regulations hr leave""".split()
)
_BAR_WORDS = frozenset(
    """approved accredited accreditation law legal school paralegal attorney attorneys lawyer lawyers bar juris jd
    j.d model rules ethics litigation""".split()
)
# (compared folded: "firewalls" is "firewall")
_NETWORK_SECURITY_WORDS = frozenset(
    # (not "check", "network": "Background check required", "our network of clinics in Palo Alto")
    """firewall ngfw fortinet fortigate checkpoint cisco asa juniper sonicwall pan-os vpn vpns sd-wan
    networking globalprotect prisma nat acl ips""".split()
)
# a game engine's words: the sense of Unreal's bare "Blueprints" and of a console's name
_GAME_WORDS = frozenset(
    # (not "games", "gaming", "console", "titles", "shipped": a store's "gaming consoles", "new PS5 titles",
    # "Packed and shipped PS5 orders")
    """gameplay unreal unity ue4 ue5 engine engines devkit devkits porting ported trc tcr lotcheck aaa c++ niagara
    rendering gpu cpu fps""".split()
)
_CONSOLE_NAMES = (
    "PS5", "PS4", "PlayStation", "Playstation", "PlayStation 5", "Playstation 5", "PlayStation 4", "Playstation 4",
    "Xbox", "XBOX", "XBox", "Xbox One", "Xbox Series X", "Nintendo Switch",
)
# SAP's words ("S/4HANA" is "s", "/", "4hana")
_SAP_WORDS = frozenset("""sap 4hana s4hana hana ecc abap fiori idoc idocs bapi bapis lsmw mm sd""".split())
# a service desk's or a CRM's words (Service Cloud's "cloud")
_SERVICE_DESK_WORDS = frozenset(
    """salesforce sfdc cloud zendesk servicenow freshdesk crm omni-channel omnichannel ticket tickets ticketing
    helpdesk""".split()
)
# Names written as they stand (an acronym, a bare brand that is also a town or another product: "ADA",
# "Palo Alto", "Zephyr") whose sense the words near them decide: the words of another sense drop the name,
# unless the words of its own are near too. A name with no words of the other sense (None) needs its own
# near: "MICE" is a Member of the Institution of Civil Engineers only beside the words of chartership ("CEng
# MICE", "Chartered (MICE) civil engineer"); alone it is the events industry's meetings, incentives,
# conferences and exhibitions ("3+ years in the MICE industry").
_ACCOUNT_WORDS = frozenset(
    # (not "account(s)": "MFA in Creative Writing; managed student accounts")
    """authentication reset password sso okta duo entra azure ad login logins sign-in conditional access
    token security identity iam enrollment enforce enforced enable enabled rollout""".split()
)
_SAFETY_WORDS = frozenset(
    # (not "incident(s)" alone: "Content Security Policy (CSP) and incident response"; the certificates vouch for
    # each other: "CSP or CIH preferred")
    """safety ehs hse osha hazwoper bcsp chst cih csp industrial hygiene hygienist occupational trir hazard hazards
    hazmat investigation investigations""".split()
)
# (not "engineering" or "engineer" beside PE: "Private equity (PE) experience with engineering services portfolio
# companies"; an Engineer Intern's EI has them)
_ENGINEER_LICENCE_WORDS = frozenset(
    """eit ei fe pe intern licensure license licence licensed stamp seal registered registration civil structural
    geotechnical ncees exam""".split()
)
_ENGINEER_INTERN_WORDS = _ENGINEER_LICENCE_WORDS  # (not "engineering": "Strong EI and engineering leadership")
# (keys: folded, "chillers" is "chiller")
_HVAC_WORDS = frozenset(
    # (not "control(s)", "building", "facility", "mechanical" or "cooling": "BMS control algorithms for EV packs",
    # "VRF-lite for the data center and facility networks", "control plane policing")
    """hvac hvac/r hvacr chiller boiler ahu vav rtu rooftop thermostat metasys niagara tridium honeywell
    johnson trane carrier mitsubishi daikin lennox york heating ventilation air-conditioning split refrigerant
    damper dampers economizer ductwork""".split()
)
# the words of the trades read in s13f (keys: folded, "scans" is "scan")
_RADIOLOGY_WORDS = frozenset(
    """arrt radiography radiographer radiologic radiology technologist rt ct mri cta fluoroscopy fluoro x-ray scan
    exam contrast pacs modality registry registered""".split()
)
_THERAPY_WORDS = frozenset(
    """pt dpt physical therapy therapist physiotherapy orthopaedic orthopedic ortho rehab lefs oswestry ndi koos dash
    outcome abpts apta sports""".split()
)
_DENTAL_WORDS = frozenset(
    """dental dentist dentistry hygiene hygienist rdh perio periodontal prophy scaling planing radiograph x-ray
    dentrix eaglesoft""".split()
)
_GARAGE_WORDS = frozenset(
    """ase automotive auto vehicle car truck technician mechanic dealership engine brake suspension steering
    alignment tire diagnostic diagnostics a1-a8 snap-on alldata mitchell rotor caliper pad""".split()
)
_WELDING_WORDS = frozenset(
    """welding weld welder mig tig stick gmaw gtaw smaw fcaw core cored solder brazing""".split()
)
_MACHINIST_WORDS = frozenset(
    """caliper micrometer gauge indicator inspect inspection cmm tolerance measuring measure measurement machinist
    machining cnc height bore blueprint gd&t""".split()
)
_ROBOT_WORDS = frozenset("""robot robotic robotics cobot palletizing""".split())
# the words of the public service and care roles read in s14d (keys: folded, "animals" is "animal")
_VET_WORDS = frozenset(
    """veterinary vet vets dvm animal pet canine feline dog cat exotic clinic hospital technician technicians tech
    credentialed credential vtne avma navta state good standing rvt cvt lvt lvmt""".split()
)
_CHILDHOOD_WORDS = frozenset(
    """child children childhood early preschool pre-k prek infant toddler daycare care naeyc head start classroom
    teacher teachers credential associate council professional recognition ece""".split()
)
_SWALLOW_WORDS = frozenset(
    """swallow swallowing dysphagia mbss mbs vfss slp speech ent endoscopic fiberoptic competency iddsi vitalstim
    evaluation""".split()
)
_CRISIS_COURSE_WORDS = frozenset(
    """training trained certified certification crisis intervention nonviolent aggressive behavior behaviour
    de-escalation deescalation restraint restraints security officer officers moab cpi""".split()
)
_RESEARCH_WORDS = frozenset(
    """gcp irb clinical research human subject subjects training trained certified certification course
    coordinator trial trials protocol""".split()
)
# the words of the roles read in s14e (keys: folded, "clusters" is "cluster")
_DATABASE_WORDS = frozenset(
    """oracle database databases dba sql server 19c 12c 11g data guard rman asm awr node cluster availability
    group ag failover standby""".split()
)
_BUILDING_DESIGN_WORDS = frozenset(
    # (not "design" or "studio": "architecture and design reviews", "Android Studio")
    """architect architects m.arch b.arch naab ncarb aia building residential multifamily civic interior landscape
    urban revit autocad rhino sketchup leed construction bachelor master b.a b.s degree university college""".split()
)
_SOFTWARE_DESIGN_WORDS = SOFTWARE_WORDS | frozenset(
    """system solution cloud microservice data technical enterprise computer application pull request git github
    pr merge""".split()
)
_BUILDING_CODE_WORDS = frozenset(
    """ibc irc ada nfpa zoning permit occupancy egress building fire""".split()
)
_PHOTO_WORDS = frozenset(
    """photo photos photograph photographs photography photographer lightroom raw retouch retouching headshot
    headshots portrait portraits product""".split()
)
_VIDEO_WORDS = frozenset(
    """video videos footage film films grading grade davinci resolve premiere avid final cut lut luts""".split()
)
_SURGICAL_ROBOT_WORDS = frozenset(
    # (not "or": "Premiere Pro or DaVinci Resolve"; an operating room is "OR", folded alike)
    """robot robotic surgery surgical surgeon xi laparoscopic urology gynecology""".split()
)
# a programmer's words (the CPP and "other languages" entries of _NAME_SENSES)
_PROGRAMMING_WORDS = frozenset(
    """c c++ c# java python javascript typescript golang go rust perl ruby php matlab scala kotlin swift programming
    programmer programmers code coding developer developers software embedded linux stl boost qt cmake compiler oop
    algorithm""".split()
)
# ... and a data or scripting language's name before "or similar languages" ("SQL or similar languages", "Bash,
# PowerShell or other scripting languages"); not for CPP, a payroll's letters too
_LANGUAGE_WORDS = _PROGRAMMING_WORDS | frozenset({"sql", "r", "sas", "bash", "powershell", "scripting"})
_LOOSE_LANGUAGES = ("other language", "similar language", "modern language")
# ... and the words of a spoken language: a loose name is the kind of language nearest to it, not any on the line
# ("Java developer; speaking Spanish or other languages is a plus" is spoken, "Fluent English; Python or other
# languages a plus" programming; see _spoken_nearer)
_SPEAKING_WORDS = frozenset(
    """speak speaks speaking spoken fluent fluency fluently bilingual multilingual native tongue""".split()
)
# (Each sense is words, or two words as a pair: "process safety"; see _sense_words_near)
_NAME_SENSES: dict[str, tuple[frozenset[str] | None, frozenset[str]]] = {
    "ADA": (_DISABILITY_LAW_WORDS, SOFTWARE_WORDS | {"programming", "language", "spark", "embedded", "avionics"}),
    "ABA": (_BAR_WORDS, frozenset(
        """therapy therapist therapists autism autistic behavior behaviour behavioral behavioural bcba rbt
        intervention""".split()
    )),
    "MICE": (None, frozenset(
        """ceng ieng engtech chartered chartership ice engineer engineers engineering civil structural institution
        membership""".split()
    )),
    # the firewall vendor by its bare name only beside a network's words ("Palo Alto or Fortinet firewalls");
    # alone it is the town ("Our offices are in Palo Alto and Austin", "Palo Alto, CA")
    "Palo Alto": (None, _NETWORK_SECURITY_WORDS),
    "Panorama": (None, _NETWORK_SECURITY_WORDS),
    # the RTOS by its bare name only beside firmware's words ("FreeRTOS, Zephyr or ThreadX"); a QA's "Jira with
    # Zephyr and TestRail" is the test management tool
    "Zephyr": (None, _FIRMWARE_WORDS),
    # an engineer's licences by their letters only beside an engineer's words ("EIT required; PE ... preferred",
    # "Engineer Intern (EI), North Carolina"): PE is a school's physical education or private equity, EI
    # emotional intelligence
    "PE": (None, _ENGINEER_LICENCE_WORDS),
    "EI": (None, _ENGINEER_INTERN_WORDS),
    # a sign-in's second factor only beside accounts' words ("MFA resets", "AD accounts and MFA"); an MFA
    # alone is a Master of Fine Arts
    "MFA": (None, _ACCOUNT_WORDS),
    # the safety certificates by their letters only beside safety words ("CSP; 40-hour HAZWOPER"); a web page's
    # CSP is its Content Security Policy
    **dict.fromkeys(("CSP", "CIH"), (None, _SAFETY_WORDS)),
    # the CSS framework by its bare name only beside a web page's words ("Bootstrap or Foundation, Sass"); alone a
    # Foundation is a charity's grant-maker ("Researched prospects in Foundation Directory Online", "Gates
    # Foundation")
    "Foundation": (None, frozenset(
        """css html html5 bootstrap sass scss less javascript js frontend front-end zurb responsive tailwind ui
        jquery grid""".split()
    )),
    "rma": (None, _MEDICAL_ASSISTANT_WORDS),
    # a candidate's own check is no HR skill ("Must pass background check and E-Verify", "complete Form I-9 on day
    # one", "Candidates must pass an I-9 verification"); an HR office's I-9s are ("audit I-9s and E-Verify cases",
    # "Skills: I-9, E-Verify, ADP", "Ran E-Verify checks for new hires")
    **dict.fromkeys(("I-9", "I-9s", "E-Verify", "Form I-9", "I-9/E-Verify"), (frozenset(
        """candidate candidates applicant applicants pass passing must day participate participates eligible
        eligibility background""".split()
    ), frozenset(
        """audit audits audited auditing compliance onboarding paperwork administer administered administering
        processed processing maintain maintained maintaining records hr managed ran""".split()
    ))),
    # a carer's personal care, no shop's aisle or brand ("Stocked shelves in the personal care aisle", "Brand
    # manager for personal care products")
    **dict.fromkeys(("personal care",), (frozenset(
        """product products aisle aisles brand brands category categories beauty cosmetics retail consumer cpg fmcg
        goods items skincare""".split()
    ), frozenset(
        """resident residents patient patients client clients continence washing dressing bathing toileting carer
        carers caregiver caregivers nursing""".split()
    ))),
    # a land-development site's design, no website's ("Responsive site design in Figma and Webflow"), nor the site
    # plan a dispatcher or a responder reads ("Dispatched units using the site plan")
    **dict.fromkeys(("site design", "site plan"), (frozenset(
        """website websites web e-commerce ecommerce navigation responsive figma webflow wordpress ux ui landing
        page pages seo shopify squarespace wix dispatch dispatched dispatcher dispatchers dispatching 911 e911
        responder responders firefighter firefighters""".split()
    ), frozenset(
        # a civil drafter's plans whatever building they are for ("Prepared site plans and grading plans for a new 911
        # dispatch center"); (not "design(ed)": "Designed the site in Figma")
        """grading drainage stormwater civil zoning subdivision parcel parcels setback setbacks topographic earthwork
        entitlement entitlements prepared prepare prepares preparing drafted drafting""".split()
    ))),
    # a law firm's productions, no print shop's ("Managed document production and print services for the office")
    **dict.fromkeys(("document production",), (frozenset(
        """print printing printer printers copies copy copier mail mailroom publishing office""".split()
    ), frozenset("""privilege bates discovery litigation subpoena subpoenas deposition depositions""".split()))),
    # the benefits' open enrollment, no course's ("Open enrollment courses for adult learners")
    **dict.fromkeys(("open enrollment",), (frozenset(
        """course courses class classes learner learners student students school schools program programs
        university college""".split()
    ), frozenset("""benefit benefits insurance medical dental hr 401k""".split()))),
    # a writer's single-sourcing, no buyer's single source ("Implemented single sourcing strategy to reduce
    # supplier costs": procurement, see _OTHER_SENSE_SKILLS)
    **dict.fromkeys(("single sourcing", "single-sourcing"), (frozenset(
        """supplier suppliers vendor vendors procurement purchasing cost costs contract contracts strategy
        risk""".split()
    ), frozenset(
        """content docs documentation dita topic topics authoring madcap flare xml reuse publishing""".split()
    ))),
    # a car's engine performance, no software engine's ("Optimized engine performance for the rendering pipeline": its
    # optimization, see _OTHER_SENSE_SKILLS)
    # (a software engine's strong words only, another engine among them, not "software", "code" or "database": "Logged
    # engine performance data in the maintenance database", "reported trends to the software team" are an aircraft's
    # or a car's engine; "our Rust physics engine" a program)
    **dict.fromkeys(("engine performance",), (frozenset(
        """rendering game games query queries browser javascript js shader shaders unity unreal graphics physics rust
        c++ engine engines""".split()
    ), frozenset("""automotive vehicle vehicles diagnostics ase obd car cars truck trucks""".split()))),
    # a building's heating and cooling by its acronyms only beside HVAC words ("split systems and Mitsubishi
    # VRF", "Tridium Niagara BAS"): a network's VRF is a routing table ("VRFs, BGP, OSPF"), a BMS a battery's
    # ("BMS firmware for EV packs") or a drug maker, DDC a library's classification, BAS a degree
    "vrf": (None, _HVAC_WORDS),
    "VRV": (None, _HVAC_WORDS),
    "BAS": (None, _HVAC_WORDS),
    "BMS": (None, _HVAC_WORDS),
    "DDC": (None, _HVAC_WORDS),
    # Unreal's visual scripting by its bare name only beside a game engine's words ("C++ and Blueprints for
    # gameplay"): a builder's "Blueprints, Schematics" in a skills list, "Blueprint Medicines" are no game's
    "Blueprints": (None, _GAME_WORDS),
    # the consoles a game ships on ("Shipped 2 AAA titles on PS5/XSX/PC in Unreal Engine 5"); a store sells them
    # ("Sold PS5 and Xbox consoles and games")
    **dict.fromkeys(_CONSOLE_NAMES, (None, _GAME_WORDS)),
    # Power BI's formula language ("DAX measures"), no German stock index ("a DAX-listed group")
    "DAX": (
        frozenset("""listed index stock stocks shares equity equities exchange frankfurt mdax sdax tecdax""".split()),
        frozenset("""power bi pivot tabular ssas measure measures formula formulas calculated query""".split()),
    ),
    # SAP's finance modules by their bare letters only beside SAP's words ("S/4HANA Finance (FICO) Consultant");
    # alone FICO is a credit score or the company that makes it ("FICO 680+", "FICO Falcon fraud rules")
    "FICO": (None, _SAP_WORDS),
    # the docs linter beside the words of docs ("Vale for style linting"); alone Vale is a mining company
    "Vale": (None, frozenset("""docs doc documentation linting lint linter linters style prose markdown
        docs-as-code writing writer writers""".split())),
    # a Salesforce org's case management (Service Cloud's cases) is no social worker's practice ("Service Cloud case
    # management, Omni-Channel routing"), unless the clients of a caseload are near ("case management for housing
    # clients in Salesforce")
    **dict.fromkeys(("case management",), (_SERVICE_DESK_WORDS, frozenset(
        """client clients caseload caseloads family families social patient patients housing homeless youth
        clinical welfare referral referrals resident residents survivors veterans""".split()
    ))),
    # a radiographer's registry letters ("R.T.(R)(CT)(ARRT)", "ARRT registered (R) required"): radiography, no R
    "R": (_RADIOLOGY_WORDS, frozenset("""programming language rstudio tidyverse ggplot2 shiny cran python sas stata
        spss statistics statistical""".split())),
    # CT only beside imaging words ("CT, CTA, fluoroscopy, C-arm"); "Hartford, CT" is Connecticut
    "CT": (None, _RADIOLOGY_WORDS),
    # MRI Software is a property manager's system ("Experience with Yardi and/or MRI Software"), no MRI scanner
    "MRI": (
        frozenset("""yardi realpage entrata appfolio property leasing lease tenant software""".split()),
        _RADIOLOGY_WORDS,
    ),
    # a physical therapist's outcome measures ("functional outcome measures (LEFS, ODI)"): the Oswestry index, no
    # Oracle Data Integrator
    "ODI": (_THERAPY_WORDS, frozenset()),
    # an orthopaedic clinical specialist only beside a therapist's words ("Danielle Okafor, PT, DPT, OCS")
    "OCS": (None, _THERAPY_WORDS),
    # scaling and root planing only beside dental words ("SRP, perio maintenance"); software's "SRP" is the single
    # responsibility principle
    "SRP": (None, _DENTAL_WORDS),
    # a garage's ASE only beside a garage's words ("ASE Master Technician (A1-A8)"); Sybase ASE is a database
    "ASE": (None, _GARAGE_WORDS),
    # brakes only beside a garage's words ("Brakes, suspension, steering and four-wheel alignments"); "put the
    # brakes on spending"
    "brake": (None, _GARAGE_WORDS),
    # a welder's flux core ("MIG, TIG, Stick, Flux core") is no Flux CD
    "Flux": (_WELDING_WORDS, frozenset("""kubernetes k8s gitops argo argocd helm kustomize""".split())),
    # a machinist's measuring tools only beside a machinist's words ("Inspect with calipers, micrometers, height
    # gauges"); "replaced brake calipers", "a 5 micrometers thick film"
    "caliper": (None, _MACHINIST_WORDS),
    "micrometer": (None, _MACHINIST_WORDS),
    # the fighter jet and a person, no welding ("Flew the MiG-29", "Worked with Tig Notaro"); a welder writes "MIG",
    # "Mig welding" or "Tig welding"
    "MiG": (None, frozenset()),
    "Tig": (None, _WELDING_WORDS),
    # FANUC's robots are a robot programmer's, no CNC control ("Programmed FANUC robots for palletizing")
    "Fanuc": (_ROBOT_WORDS, frozenset()),
    "FANUC": (_ROBOT_WORDS, frozenset()),
    # s14d
    # a veterinary technician's credential by its letters only beside a vet's words ("Credentialed as a CVT, RVT or
    # LVT", "Kayla Brooks, CVT, Fear Free certified"); alone a CVT is a car's transmission, an RVT a vascular
    # sonographer's registry, LVT luxury vinyl tile ("Installed LVT and carpet in 40 units")
    **dict.fromkeys(("cvt", "rvt", "lvt", "lvmt", "rvn"), (None, _VET_WORDS)),
    # the Child Development Associate only beside childhood's words ("CDA or an Associate's in ECE", "Preschool
    # teacher, CDA"); HL7's CDA documents, a dental assistant's CDA and a confidential disclosure agreement are not
    "cda": (None, _CHILDHOOD_WORDS),
    # augmentative communication, no audio codec ("AAC devices and Proloquo2Go"; "encode AAC and MP3 streams")
    "AAC": (frozenset(
        """audio codec codecs mp3 encode encoding encoder decoder decode bitrate ffmpeg opus flac wav ogg stream
        streaming hls""".split()
    ), frozenset()),
    # a swallow study by its letters only beside swallowing's words ("modified barium swallow studies (MBSS) and
    # FEES"); "FEES" in capitals is a price list's heading elsewhere ("APPLICATION FEES")
    "FEES": (None, _SWALLOW_WORDS),
    # the crisis courses by their letters only beside a course's or crisis words ("CPI or MOAB training preferred");
    # CPI is the consumer price index ("CPI-linked rent increases"), Moab a town in Utah
    "CPI": (None, _CRISIS_COURSE_WORDS),
    "MOAB": (None, _CRISIS_COURSE_WORDS),
    # the human subjects course by its letters only beside research words ("GCP and CITI trained"); the bank
    # ("Teller at CITI, 2019") is no course
    "CITI": (None, _RESEARCH_WORDS),
    # a mass casualty's triage tag ("Triage (START/SALT)"), no SaltStack
    "SALT": (frozenset("""triage start mci casualty ems emt paramedic jumpstart""".split()), frozenset()),
    # s14e
    # Oracle's clusters and SQL Server's availability groups by their bare names only beside a database's words
    # ("Oracle RAC and Data Guard (19c)", "two-node RAC clusters"); "RAC audits" of a hospital's billing are the
    # Recovery Audit Contractor's, "Always On" a brand's promise
    "RAC": (None, _DATABASE_WORDS),
    "Always On": (None, _DATABASE_WORDS),
    # Oracle's storage manager beside Oracle's words ("Oracle RAC, Data Guard, RMAN, ASM"): no assembly language
    "ASM": (_DATABASE_WORDS, frozenset()),
    # a building's architecture beside an architect's or a degree's words ("Master of Architecture (M.Arch)",
    # "Architectural Designer — Northwind Studio", "B.A. Architecture, University of Washington"): no software's
    "architecture": (_BUILDING_DESIGN_WORDS, _SOFTWARE_DESIGN_WORDS),
    "architectural design": (_BUILDING_DESIGN_WORDS, _SOFTWARE_DESIGN_WORDS),
    # a building code's review ("Conduct code reviews (IBC, ADA) and lead permit submittals"): no pull request's
    "code review": (_BUILDING_CODE_WORDS, _SOFTWARE_DESIGN_WORDS),
    # the surgical robot, no video editor's suite ("Scrubbed 200+ DaVinci Xi robotic cases")
    # a photo's colour correction is photo editing, no video's grade ("Color correction of product photos in
    # Lightroom", "color correction and retouching of wedding photos")
    "color correction": (_PHOTO_WORDS, _VIDEO_WORDS),
    "colour correction": (_PHOTO_WORDS, _VIDEO_WORDS),
    "DaVinci": (_SURGICAL_ROBOT_WORDS, frozenset()),
    "Davinci": (_SURGICAL_ROBOT_WORDS, frozenset()),
    # s14c
    # an actuary's letters only beside actuarial words ("ASA designation required; progress toward FSA",
    # "AXIS, Prophet, R"): an FSA is a flexible spending account ("medical, dental, FSA and HSA"), an ASA the
    # anesthesiologists' physical status, an axis a chart's (the words: the Prophet entry of _NEAR_SENSES)
    **dict.fromkeys(("ASA", "FSA", "AXIS", "GGY"), (None, _NEAR_SENSES["Prophet"][0])),
    # a statistician's GLMs, no graphics library's ("GLM, GLFW and OpenGL")
    "GLM": (frozenset("""opengl glfw glsl vulkan shader graphic glad directx""".split()), frozenset()),
    # a payroll professional's CPP and FPC ("LaToya Simmons, CPP", "FPC or CPP certification"): C++ only beside a
    # programmer's words ("C/CPP, Java", "CPP developer"), the payroll certificate only beside payroll's
    "CPP": (None, _PROGRAMMING_WORDS | {"language"}),
    "FPC": (None, frozenset("""payroll payrollorg apa cpp certification certified garnishment adp paychex""".split())),
    # ADP the payroll firm, no biochemist's adenosine diphosphate ("ATP/ADP ratio") or economist's report ("ADP
    # nonfarm estimate")
    "ADP": (
        frozenset("""atp adenosine diphosphate platelet aggregation nucleotide mitochondrial kinase assay nonfarm
        nfp""".split()),
        frozenset("""payroll""".split()),
    ),
    # the auditors' certificates ("Rachel Kim, CIA, CISA", "CPA, CIA or CISA"), no security triad or agency ("the CIA
    # triad: confidentiality, integrity, availability", "CISA KEV catalog advisories")
    "CIA": (
        frozenset("""triad confidentiality integrity availability agency intelligence fbi nsa langley clandestine
        clearance""".split()),
        frozenset("""audit auditor auditing iia cpa cisa crma sox coso internal""".split()),
    ),
    "CISA": (
        frozenset("""advisory kev alert agency directive bod catalog emergency""".split()),
        frozenset("""audit auditor auditing isaca cia cpa cism crisc cissp certified certification""".split()),
    ),
    # the audit analytics tool only beside an auditor's words ("ACL, IDEA, Alteryx", "ACL and Excel for audit
    # analytics"); a network's ACLs and a knee's ACL are none
    "ACL": (None, frozenset(
        """audit auditor auditing idea caseware alteryx teammate auditboard sox analytics galvanize highbond""".split()
    )),
    # a tax preparer's credential, software and form only beside tax words ("Enrolled Agent (EA) or CPA", "Drake,
    # Lacerte, UltraTax", "individual (1040) ... tax returns"): Electronic Arts, the rapper, a number of hours
    **dict.fromkeys(("EA", "Drake", "1040"), (None, frozenset(
        """tax irs ptin cpa enrolled preparer preparation return 1040 1120s afsp representation ctec lacerte
        ultratax proseries proconnect drake season schedule filing""".split()
    ))),
    # a lender's words for a bare FHA, conventional, Encompass and MLO ("conventional, FHA, VA and USDA loans",
    # "Manage pipeline in Encompass", "Licensed MLO (VA, NC, MD)"); an FHA beside a landlord's words is the Fair
    # Housing Act ("FHA and reasonable accommodation requests from tenants")
    **dict.fromkeys(("conventional", "Encompass", "MLO"), (None, frozenset(
        """mortgage loan lending lender fha va usda jumbo refinance refi borrower nmls mlo underwriting underwriter
        origination originate originated originating closing escrow heloc encompass conforming fannie freddie dti ltv
        homebuyer licensed aus pipeline""".split()
    ))),
    "FHA": (frozenset("""fair discrimination tenant landlord accommodation leasing highway""".split()), frozenset(
        """mortgage loan lending lender usda refinance borrower underwriting underwriter origination""".split()
    )),
    # a lender reads a borrower's tax returns, no preparer's work ("review income docs (W-2s, tax returns, P&Ls)"),
    # unless a preparer's words are near ("Prepared tax returns for self-employed borrowers")
    # the baseball teams, no Sarbanes-Oxley ("Red Sox season ticket holder", "White Sox fan club")
    "sox": (frozenset("""red white boston chicago fenway baseball mlb ticket fan""".split()), frozenset(
        """audit auditor auditing control controls compliance 404 testing""".split()
    )),
    # a tax form's schedules, no C language ("Form 1040 with Schedules A, C, D and E")
    "C": (frozenset("""schedule 1040 1120s irs""".split()), frozenset()),
    "tax return": (
        frozenset("""borrower income docs document documentation paystub stub loan mortgage applicant underwriting
        underwriter verify verified verification collect collected""".split()),
        frozenset("""prepare prepared preparing preparer file filed filing e-file efile 1040 1120s irs ptin""".split()),
    ),
    # s14i
    # Android's persistence library by its bare name only as written and beside Android's words ("offline storage with
    # Room and WorkManager", "Room, Retrofit and Hilt"); "Room 204", "Escape Room coordinator" are rooms
    "Room": (None, frozenset(
        """android kotlin jetpack workmanager viewmodel viewmodels livedata dao daos sqlite hilt dagger retrofit
        coroutine coroutines flow""".split()
    )),
    # the state board that licenses both trades ("Ohio Board of Speech-Language Pathology and Audiology license"): an
    # SLP's licence, no audiologist's ("Audiologist, Au.D.; Ohio Board of ... license")
    **dict.fromkeys(
        (
            "board of speech-language pathology and audiology license",
            "board of speech-language pathology and audiology licence",
            "speech-language pathology and audiology license",
            "speech-language pathology and audiology licence",
        ),
        (
            frozenset("""audiologist audiologists au.d aud audiometry audiometric tympanometry abr hearing""".split()),
            frozenset("""slp slps pathologist pathologists dysphagia swallowing articulation""".split()),
        ),
    ),
    # s15c
    # programming languages by a loose name only beside a programmer's words ("Java, C++ or similar languages",
    # "Python; other languages a plus"); alone they are spoken ones or a degree's ("Fluent English; any other
    # language/s an asset", "BA in Modern Languages")
    **dict.fromkeys(_LOOSE_LANGUAGES, (None, _LANGUAGE_WORDS)),
    # the incident command system by its bare letters only beside emergency management's words ("ICS and NIMS
    # training", "ICS-trained incident commanders"); a nurse's ICS is the continence society's ("continence nurses
    # (all ICS certified)"), an engineer's ICS industrial control systems ("ICS/SCADA security")
    # (not "incident(s)": "Incident response for ICS/SCADA networks"; and beside a control system's words never, see
    # _NAME_SENSES_NEVER)
    "ICS": (None, frozenset(
        """command commander commanders nims fema emergency emergencies eoc responder responders disaster disasters
        wildfire firefighter firefighters hazmat""".split()
    )),
    # s15d
    # OSHA's process safety standard and its parts by their letters only beside a plant's safety words ("PSM
    # elements: MOC, PHA and mechanical integrity", "PHAs (HAZOP) for PSM-covered units"): a Scrum master's "PSM",
    # a housing authority's PHA ("Section 8 vouchers from the local PHA"), a hotel's MOC are none
    **dict.fromkeys(("PSM", "PHA", "PHAs", "MOC", "MOCs"), (None, frozenset(
        # (not "safety", "hazard(s)", "plant(s)" or "covered" alone: "Served as MOC (manager on call) for guest safety
        # issues at the hotel"; a plant's safety is "process safety", a pair)
        """psm pha phas moc mocs hazop hazops lopa osha chemical chemicals refinery refineries petrochemical mechanical
        integrity ehs hse hazwoper""".split()
    ) | {"process safety"})),
    # a library's record format and systems only beside a library's words ("MARC 21 and RDA", "the ILS (Polaris)",
    # "Polaris, Sierra or another integrated library system"): Marc a name in capitals on a resume's header
    # ("MARC DUBOIS"), ILS an airport's landing system or a nurse's Immediate Life Support, Polaris and Sierra a
    # vehicle maker and a truck ("Drove a GMC Sierra"), Connexion a word of French
    **dict.fromkeys(("MARC", "ILS", "Polaris", "Sierra", "Connexion"), (None, frozenset(
        # (not the names themselves, "catalog" or "authority": "a GMC Sierra and a Polaris ATV", "product catalog",
        # "housing authority")
        """library libraries librarian librarians cataloging cataloguing cataloger rda oclc lcsh dewey koha patron
        patrons circulation bibliographic mlis ala worldcat opac""".split()
    ))),
    # the underwriting designation by its letters only beside insurance words ("Megan Castillo, CPCU, AU", "CPCU; AU
    # or AINS also valued"); alone AU is Australia ("Sydney, NSW, AU"), gold or an astronomical unit
    "AU": (None, frozenset(
        # (not "commercial" or "ARM": "commercial real estate in AU", "ARM and x86"; nor an underwriter's or insurer's
        # words, whose office may be in Australia: "Underwriter, Allianz, Sydney NSW AU")
        """cpcu ains aic designation designations""".split()
    )),
    # s16d
    # an aircraft mechanic's certificate and manuals by their letters only beside aviation's words ("FAA Airframe and
    # Powerplant (A&P) certificate", "MARCUS T. REYNOLDS, A&P", "per AMM, IPC and WDM"): a brand's "A&P budget" is
    # advertising and promotion, a DeFi AMM an automated market maker
    **dict.fromkeys(("A&P", "AMM", "SRM", "WDM"), (None, frozenset(
        # (not "engine(s)", "inspection(s)" or "maintenance" alone: "search engine", "A&P spend on maintenance")
        """aircraft airframe airframes powerplant faa aviation airline airlines mechanic mechanics amt amts ipc mro
        boeing airbus b737 737 a320 cessna avionics airworthiness logbook logbooks part-145 rotorcraft helicopter
        helicopters""".split()
    ))),
    # a counselor's licences by their letters only beside counseling words ("Current Colorado license as an LPC, LCSW
    # or LMFT", "Priya Natarajan, MA, LPC, NCC"): an NXP LPC1768 microcontroller, a PC's LPC bus or linear predictive
    # coding are none
    **dict.fromkeys(("LPC", "LPCC", "LCPC", "LMHC"), (None, frozenset(
        # (not the letters themselves: "LPC1768 and LPC bus")
        """counselor counselors counsellor counselling counseling therapist therapists therapy psychotherapy lcsw lmft
        ncc nbcc cacrep licensed licensure license clinical mental health behavioral behavioural client clients
        caseload""".split()
    ))),
    # a dietitian's therapy by its letters only beside nutrition words ("Provide MNT for adult inpatients"): a
    # ticker's MNT, Mongolia's tugrik
    **dict.fromkeys(("MNT", "NFPE"), (None, frozenset(
        """nutrition nutritional dietitian dietitians dietetic dietetics diet diets rd rdn cdr enteral parenteral
        malnutrition patient patients inpatient inpatients outpatient outpatients diabetes""".split()
    ))),
    # freight's letters only beside freight words ("Coordinate LTL and FTL shipments", "Prepare BOLs for outbound
    # loads"): a verifier's LTL is linear temporal logic, an SSD's FTL its flash translation layer
    **dict.fromkeys(("LTL", "FTL", "BOL", "BOLs"), (None, frozenset(
        # (not "load(s)" or "shipping" alone, nor the letters themselves: "FTL load balancing across NAND blocks",
        # "shipping firmware")
        """freight shipment shipments carrier carriers truckload truckloads trucking dispatch dispatched tender
        tendered brokerage broker 3pl logistics tms pallet pallets lading consignee shipper shippers""".split()
    ))),
    # a parts catalog beside an aircraft's manuals is no inter-process communication ("Ability to read and interpret
    # AMM, IPC and wiring diagrams"); a developer's IPC stays ("IPC over Unix sockets")
    "IPC": (frozenset(
        """aircraft airframe powerplant faa aviation amm srm wdm mel boeing airbus cessna a&p airworthiness
        logbook""".split()
    ), frozenset()),
    # s16i
    # a drive's letters only beside a drive's or an electrician's words ("Troubleshoot VFDs (PowerFlex 525/755)",
    # "VFD and motor controls"): "Springfield VFD" is a volunteer fire department, a "VFD display module" a vacuum
    # fluorescent display
    "vfd": (None, frozenset(
        # (not "pump(s)" or "fan(s)": a fire department's "pump operator", "PPV fans")
        """drive drives motor motors plc plcs powerflex hmi electrical electrician electricians conveyor conveyors hvac
        ahu ahus horsepower abb danfoss yaskawa altivar 480v troubleshoot troubleshooting troubleshot wiring""".split()
    ) | {"allen bradley", "motor controls"}),
    # the legal database by its short name ("Westlaw and Lexis", "Legal research using Lexis"); a language teacher's
    # lexis is vocabulary ("Teach lexis and grammar to adult ESL learners")
    "lexis": (
        frozenset("""grammar vocabulary esl efl tefl tesol celta english phonology pronunciation syntax morphology
        semantics learner learners linguistics""".split()),
        frozenset("""westlaw lexisnexis legal law paralegal paralegals attorney attorneys litigation caselaw court
        courts statute statutes shepardize shepardizing""".split()),
    ),
    # cognitive behavioral therapy by its letters; an e-learning CBT is computer-based training ("Develop CBT modules
    # in Articulate Storyline", "CBT and ILT courses in the LMS")
    "CBT": (
        # (not "training" or "trained": "completed CBT training" is a therapist's)
        frozenset("""elearning module modules course courses lms storyline articulate captivate scorm xapi
        instructional learner learners ilt wbt""".split()) | {"e learning", "computer based"},
        frozenset("""therapy therapies therapist therapists therapeutic psychotherapy counseling counselling counselor
        counselors counsellor clinician clinicians client clients dbt emdr anxiety depression""".split()),
    ),
    # a clinician's risk assessment is of a person's risk of suicide, violence or a fall, no project's or portfolio's
    # risk management ("Conduct risk assessments and crisis intervention", "Complete falls risk assessments on
    # admission"); "Conduct project risk assessments and mitigation plans" stays
    "risk assessment": (
        # (not "safety", "client(s)" or "health": "safety risk assessments" is EHS's, "client risk assessments" KYC's)
        frozenset("""crisis suicide suicidal psychiatric psychosocial biopsychosocial mental behavioral behavioural
        therapy therapist therapists counseling counselling counselor counselors clinician clinicians caseload
        violence patient patients resident residents fall falls braden child children cps""".split())
        | {"self harm"},
        frozenset("""project projects financial finance credit market operational enterprise vendor vendors compliance
        audit audits controls cyber cybersecurity portfolio investment insurance mitigation incident incidents
        claims regulatory""".split()),
    ),
    # s16h
    # the emergency nurse's certification by its bare letters, unless a standard's words are near and no nurse's:
    # "Complied with CEN standards for machinery", "CEN/CENELEC" are the European standards body (not "CEN, TNCC,
    # PALS", "CEN required")
    "CEN": (frozenset(
        """standard standards cenelec etsi iso en norm norms harmonised harmonized european standardization
        standardisation directive directives""".split()
    ), frozenset(
        """nurse nurses nursing rn rns emergency trauma triage tncc ccrn cpen enpc pals acls bls""".split()
    )),
}
# ... and the words beside which a name of _NAME_SENSES never reads in its sense, whatever else is near: an industrial
# control system's ("Emergency response plans for ICS/SCADA networks", "ICS and PLC security")
_NAME_SENSES_NEVER = {
    "ICS": frozenset("""scada plc plcs ot dcs hmi""".split()),
    # a chip's, a verifier's or an SSD's letters, whatever counseling or freight word is near ("Embedded C on LPC and
    # STM32 microcontrollers with clinical device software", "Formal verification with LTL model checking and TLA+
    # on broker services", "FTL for NAND flash in SSD firmware")
    "LPC": frozenset("""microcontroller microcontrollers mcu mcus firmware stm32 arm cortex nxp""".split()),
    "LTL": frozenset("""temporal formal logic checker""".split()) | {"model checking", "model checker"},
    "FTL": frozenset("""nand flash ssd ssds""".split()) | {"wear leveling"},
    # an aircraft's, a ship's or a turbine's engine is neither a car's nor a program's ("Monitor aircraft engine
    # performance and report trends"; not "Diagnosed engine performance issues on diesel trucks")
    "engine performance": frozenset(
        """aircraft airplane airplanes aeroplane aeroplanes airframe airframes aviation avionics helicopter helicopters
        rotorcraft turbine turbines turboprop turbofan jet jets powerplant propeller propellers flight marine vessel
        vessels ship ships boat boats outboard""".split()
    ),
}
# Names that are a product only as written (or in capitals), in any context, a strict form wanting a technical one
# too ("Recorded and mixed 40 episodes on Pro Tools", "Room DAOs over SQLite"): no "Pro tools for the pro shop", no
# "escape rooms" (a skill's forms of that name; "Room" also only beside Android's words: _NAME_SENSES); RoBERTa
# the model is no "Roberta Smith" (nor a misspelling of one: these forms never fuzz, "Robert Chen")
_AS_WRITTEN = {
    "Pro Tools": frozenset({"Pro Tools"}),
    "Android Room": frozenset({"Room"}),
    "BERT": frozenset({"RoBERTa"}),
}
_AS_WRITTEN_KEYS = {name: frozenset(key_of(form) for form in forms) for name, forms in _AS_WRITTEN.items()}


def _not_as_written(c: _Candidate) -> bool:
    """See _AS_WRITTEN."""
    keys = _AS_WRITTEN_KEYS.get(c.skill.name)
    return (
        keys is not None
        and c.surface not in _AS_WRITTEN[c.skill.name]
        and c.surface != c.surface.upper()
        and key_of(c.surface) in keys
    )


# "securities" (shares, bonds) folds to the key of "security": no information security, no security licence
# ("securities litigation", "Series 7 securities licenses")
_SECURITY_SENSES = frozenset({"security", "certification"})


# a key written in lower case stands for the name in any case and with a plural "s" ("brakes": "Brakes", "BRAKES";
# "caliper": "Calipers"); a key with capitals only as written ("ADA", not "Ada"; "MiG", not "mig welding")
_NAME_SENSES_ANY_CASE = {key: senses for key, senses in _NAME_SENSES.items() if key == key.lower()}


def _name_senses(surface: str) -> tuple[frozenset[str] | None, frozenset[str]] | None:
    """See _NAME_SENSES."""
    found = _NAME_SENSES.get(surface)
    if found is None:
        lower = surface.lower()
        found = _NAME_SENSES_ANY_CASE.get(lower)
        if found is None and lower.endswith("s"):
            found = _NAME_SENSES_ANY_CASE.get(lower[:-1])
    return found


def in_own_sense(phrase: str, text: str, *, own_needed: bool = False) -> bool:
    """Whether a name of _NAME_SENSES reads in the vocabulary's sense among all the words of ``text``: a job's lines,
    its title's own words among them, for the work a title names ("Architectural Designer" over "Produced DD and CD
    sets in Revit" is a building's design). ``own_needed``: only with the words of that sense there (a title read
    through an alias: "architectural design" is software architecture's). A name of one sense always reads in it."""
    senses = _name_senses(phrase)
    if senses is None:
        return True
    other, own = senses
    tokens = tokenize(text)
    if _sense_words_near(tokens, _NAME_SENSES_NEVER.get(phrase, frozenset())):
        return False
    if _sense_words_near(tokens, own):
        return True
    return not own_needed and other is not None and not _sense_words_near(tokens, other)


def _sense_words_near(near: list[Token], words: frozenset[str]) -> bool:
    """Whether a word of a sense is among ``near``, or two of them as its pair ("process safety")."""
    if any(t.key in words for t in near):
        return True
    return any(f"{a.key} {b.key}" in words for a, b in zip(near, near[1:], strict=False))


# The skill a name of _NAME_SENSES names in its other sense, when the vocabulary has one: a buyer's single sourcing
# is procurement ("Implemented single sourcing strategy to reduce supplier costs"), a software engine's performance
# its optimization ("Optimized engine performance for the rendering pipeline"). (In lower case.)
_OTHER_SENSE_SKILLS = {
    "single sourcing": "procurement",
    "single-sourcing": "procurement",
    "engine performance": "performance optimization",
}


def _other_sense_skills(
    tokens: list[Token], candidates: list[_Candidate], accepted: list[_Candidate], vocab: Vocabulary
) -> list[_Candidate]:
    """The candidates dropped for their other sense that name a skill in it (see _OTHER_SENSE_SKILLS)."""
    found = []
    for c in candidates:
        name = _OTHER_SENSE_SKILLS.get(c.surface.lower())
        if name is None or c in accepted or not _name_of_other_sense(tokens, c) or _never_in_sense(tokens, c):
            continue
        skill = vocab.get(name)
        if skill is not None:
            found.append(replace(c, skill=skill, method=Method.ALIAS))
    return found


# A credential's sibling credentials, offered as its alternative, are its sense's words: "CSP or ASP certification",
# "CSP/CHST", "OHST or CSP" (BCSP's certificates); only as the "or" partner, since ASP is also Microsoft's web pages
# ("ASP or CSP nonce policies" are a web page's), so ASP only as a credential: "CSP or ASP certification"
_OR_PARTNERS = dict.fromkeys(("CSP", "CIH"), frozenset({"chst", "ohst", "csp", "cih", "gsp"}))
_OR_WORDS = frozenset({"or", "/", "and/or"})


def _or_partner(tokens: list[Token], c: _Candidate) -> bool:
    """See _OR_PARTNERS."""
    partners = _OR_PARTNERS.get(c.surface)
    if partners is None:
        return False
    i, j = c.tokens

    def partner(k: int) -> bool:
        if tokens[k].key == "asp":
            return k + 1 < len(tokens) and tokens[k + 1].key in _CREDENTIAL_NOUNS
        return tokens[k].key in partners

    if j + 1 < len(tokens) and tokens[j].key in _OR_WORDS and partner(j + 1):
        return True
    if i < 2 or tokens[i - 1].key not in _OR_WORDS:
        return False
    # (the partner's credential noun may stand between: "ASP certification or CSP")
    k = i - 3 if i >= 3 and tokens[i - 2].key in _CREDENTIAL_NOUNS else i - 2
    return partner(k)


def _spoken_nearer(tokens: list[Token], c: _Candidate, candidates: list[_Candidate]) -> bool:
    """Whether a loose name of languages (see _LOOSE_LANGUAGES) has a spoken language's words nearer to it than a
    programmer's (see _SPEAKING_WORDS)."""
    if c.surface.lower().rstrip("s") not in _LOOSE_LANGUAGES:
        return False
    i, j = c.tokens
    spoken = {k for k, t in enumerate(tokens) if t.key in _SPEAKING_WORDS}
    spoken.update(o.tokens[0] for o in candidates if o.skill.category == "spoken_language")
    if not spoken:
        return False
    programming = {k for k, t in enumerate(tokens) if t.key in _LANGUAGE_WORDS and not i <= k < j}
    programming.update(o.tokens[0] for o in candidates if o.skill.category == "language" and o is not c)

    def distance(marks: set[int]) -> int:
        return min((i - k if k < i else k - j + 1 for k in marks), default=len(tokens) + 1)

    return distance(spoken) <= distance(programming)


def _own_sense_beside(tokens: list[Token], c: _Candidate) -> bool:
    """A name of _NAME_SENSES listed beside a word of its own sense, only separators between, is in a list of its
    kind: "ICS and NIMS training", "NIMS/ICS" (NIMS names no skill of its own: a machinist's NIMS credentials too)."""
    senses = _name_senses(c.surface)
    if senses is None or _never_in_sense(tokens, c):
        return False
    return _beside_across_separators(tokens, *c.tokens, senses[1], separated=True)


def _beside_across_separators(
    tokens: list[Token], i: int, j: int, words: frozenset[str], *, separated: bool = False
) -> bool:
    """Whether the word nearest to tokens i..j on either side, past separators only ("ICS and NIMS", "NIMS/ICS",
    "hire, onboard"), is one of ``words``; ``separated``: at least one separator between."""
    k = i - 1
    while k >= 0 and tokens[k].key in SEPARATORS:
        k -= 1
    after = j
    while after < len(tokens) and tokens[after].key in SEPARATORS:
        after += 1
    least = 1 if separated else 0
    return (0 <= k < i - least and tokens[k].key in words) or (
        j + least <= after < len(tokens) and tokens[after].key in words
    )


def _never_in_sense(tokens: list[Token], c: _Candidate) -> bool:
    """Whether a word of _NAME_SENSES_NEVER is near the name (it reads in no sense of the vocabulary's then)."""
    never = _NAME_SENSES_NEVER.get(c.surface) or _NAME_SENSES_NEVER.get(c.surface.lower())
    if never is None:
        return False
    i, j = c.tokens
    sides = (tokens[max(0, i - _REGULATED_REACH) : i], tokens[j : j + _REGULATED_REACH])
    return any(_sense_words_near(side, never) for side in sides)


def _name_of_other_sense(tokens: list[Token], c: _Candidate) -> bool:
    """See _NAME_SENSES."""
    senses = _name_senses(c.surface)
    if senses is None:
        return False
    i, j = c.tokens
    sides = (tokens[max(0, i - _REGULATED_REACH) : i], tokens[j : j + _REGULATED_REACH])  # (not the word itself)
    other, own = senses
    if _never_in_sense(tokens, c):
        return True
    if any(_sense_words_near(side, own) for side in sides) or _or_partner(tokens, c):
        return False
    return other is None or any(_sense_words_near(side, other) for side in sides)


# One-word aliases that are everyday words of another trade, with the words that show that trade near
# them: a developer's "charting libraries" are no patient charts, a port's "shipping containers" no
# Docker, a dental hygienist's "scaling" no scalability, a sommelier's "wine pairing" no pair
# programming, a salon's "eyebrow threading" and a plumber's "pipe threading" no multithreading, an
# electrician's "sockets and switches" no socket programming, "contact tracing" no distributed tracing,
# a building's "wheelchair accessibility" no web accessibility (compared as written, in lower case, and
# folded: "containers" is "container")
_SOFTWARE_CHART_WORDS = frozenset(
    """library librarie tool software package component js javascript d3 highcharts chart.js react dashboard
    trading technical nautical""".split()
)
_SHIPPING_WORDS = frozenset(
    """shipping freight cargo vessel trailer pallet unload unloading loading teu reefer intermodal forklift customs
    stuffing devanning destuffing haulage wharf""".split()
)
# a sports coach's words ("coach the under-12 team", "coaching sessions for players")
_SPORTS_WORDS = frozenset(
    """player players athlete athletes sport sports football soccer basketball baseball softball hockey rugby cricket
    netball tennis swim swimming swimmer swimmers gymnastics gymnast gymnasts volleyball lacrosse athletics golf
    league leagues tournament tournaments""".split()
)
_TRADE_SIGNS = {
    "charting": _SOFTWARE_CHART_WORDS,
    "container": _SHIPPING_WORDS,
    "containers": _SHIPPING_WORDS,
    "scaling": frozenset(
        """dental teeth tooth root planing polishing hygiene hygienist periodontal prophylaxis""".split()
    ),
    "pairing": frozenset("""wine wines food beverage menu sommelier cocktail beer dish""".split()),
    "threading": frozenset("""eyebrow eyebrows brow brows waxing tinting salon beauty pipe pipes conduit""".split()),
    "sockets": frozenset("""switch switches outlet outlets light lights lighting fixture fixtures""".split()),
    "tracing": frozenset("""contact lot parts shipment shipments recall""".split()),
    # (and the building codes: "ADA/ANSI A117.1 accessibility reviews", "IBC and ADA accessibility"; a website's ADA
    # compliance keeps its own words: "ADA and WCAG accessibility for the web app")
    "accessibility": frozenset(
        """wheelchair building buildings physical mobility ramp ramps premises ada ansi a117.1 a117 ibc fha""".split()
    ),
    # a salesperson's leads are prospects ("qualify inbound leads"; see _NOUN_BEFORE), a plumber's lead the metal
    "leads": frozenset(
        """qualify qualified qualifying qualification generate generating inbound outbound source sourcing nurture
        nurturing crm funnel cold warm convert converting prospect prospects prospecting""".split()
    ),
    # (the metal only right before what is made of it: "lead paint", "lead pipes"; "Lead a crew" leads)
    "lead": frozenset("""paint abatement pipe pipes solder poisoning flashing""".split()),
    # a shipment's documentation ("customs documentation", "export documentation") is no software's
    "documentation": frozenset(
        """customs export import freight cargo shipping shipment lading incoterms consignment""".split()
    ),
    # buildings' architecture ("an architecture firm", "RIBA chartered architecture practice"), a motor coach
    # ("Coach driver", "PCV licence to drive our coaches"), the alarms a guard or a nurse answers ("alarms and
    # alerts", "patient alerts")
    "architecture": frozenset(
        """firm firms studio landscape interior residential riba arb revit archicad sketchup buildings
        construction naval urban""".split()
    ),
    "coach": _SPORTS_WORDS | frozenset(
        """driver drivers driving bus buses motor pcv psv passenger passengers tour tours charter cdl vehicle vehicles
        depot seats seater""".split()
    ),
    "coaching": _SPORTS_WORDS,
    # a bar's or a pump's dispensing ("Serving, dispensing, cleaning and restocking", "dispensing draught beer"),
    # no pharmacy's
    "dispensing": frozenset(
        """serving serve bar bars drink drinks beverage beverages beer beers draught draft cocktail cocktails wine
        wines pub taps bartending bartender barista coffee fuel petrol soap""".split()
    ),
    # loading a ship's containers is the logistics a warehouse does ("Coordinate loading of shipping
    # containers"), as "logistics coordination" is: no soft skill of its own
    "coordinate": _SHIPPING_WORDS,
    "coordinating": _SHIPPING_WORDS,
    "alerts": frozenset(
        """alarm alarms patient patients medication medications weather fire smoke cctv guard guards fraud amber
        dispatch dispatcher radio intruder panic""".split()
    ),
    # a business's or a person's performance ("KPIs to drive performance", "staff performance", "the annual
    # performance review cycle"), no software's
    "performance": frozenset(
        """kpi kpis store stores revenue employee employees staff student students academic appraisal
        appraisals target targets review reviews evaluation evaluations""".split()
    ),
    # a software's diagrams ("database schematics and ERDs", "UML schematics of the microservices"), no blueprint
    # reading (see _NEAR_SENSES for a circuit board's)
    "schematics": frozenset("""software database databases api apis microservices microservice uml erd erds sql
        backend frontend""".split()),
    # a tradesperson's or a nurse's on-call hours ("on-call rotation for after-hours emergencies", "on call
    # for HVAC service calls"), no software's incident response; nor a hotel's manager on call ("Served as MOC
    # (manager on call); responds to guest safety issues")
    "on-call": frozenset(
        """emergency emergencies callout callouts furnace hvac plumbing boiler boilers patient patients nurse nursing
        hospital ward clinic tenant tenants residents heating guest guests hotel hotels resort resorts lodging
        hospitality moc""".split()
    ),
}
_TRADE_SIGNS["on call"] = _TRADE_SIGNS["on-call"]
TRADE_SENSES = frozenset(_TRADE_SIGNS) | frozenset(word.capitalize() for word in _TRADE_SIGNS) | {"On-Call", "On Call"}
# ... unless the words of the vocabulary's own sense are near them too: software ("software architecture for
# construction platforms", "coach engineers on our mobile app", "alerts for the patient portal's APIs",
# "containers in production and shipping features"); a patient's record for charting ("charting in Epic EHR
# software")
# (not "team": a sports coach has one too, "coach the under-12 team")
_COLLEAGUES_COACHED = SOFTWARE_WORDS | {
    "engineer", "engineers", "developer", "developers", "junior", "staff", "employee", "employees", "colleagues",
    "associates",
}
_OWN_SENSE = {
    "architecture": SOFTWARE_WORDS | {"system", "systems", "solution", "solutions", "cloud", "data", "microservices"},
    "coach": _COLLEAGUES_COACHED,
    "coaching": _COLLEAGUES_COACHED,
    "dispensing": frozenset(
        """prescription prescriptions medication medications medicine medicines pharmacy pharmacist pharmacists drug
        drugs patient patients controlled dose doses dosage""".split()
    ),
    "alerts": SOFTWARE_WORDS | {"monitoring", "pagerduty", "grafana", "prometheus", "datadog", "sre", "observability",
                                "metrics", "dashboards", "logs", "logging", "splunk", "siem"},
    "performance": SOFTWARE_WORDS | {"latency", "throughput", "query", "queries", "database", "code", "tuning",
                                     "profiling", "scalability", "system", "systems", "load", "server", "reliability",
                                     "application", "applications",
                                     "availability", "engineer", "engineers", "technical", "technology",
                                     "technologies"},
    "on-call": SOFTWARE_WORDS | {"production", "incident", "incidents", "pagerduty", "sre", "outage", "outages",
                                 "infrastructure", "system", "systems", "portal"},
}
# (a building's or a machine's drawings: "wiring and HVAC schematics for the new database center")
_OWN_SENSE["schematics"] = frozenset(
    """electrical electronic electronics wiring circuit circuits pcb blueprint blueprints drawings hydraulic pneumatic
    plumbing hvac mechanical""".split()
)
_SOFTWARE_NEAR = SOFTWARE_WORDS | {
    "production", "feature", "features", "code", "engineer", "engineers", "developer", "developers", "aws", "azure",
    "gcp", "cloud", "kubernetes", "docker", "python", "java", "opentelemetry", "jaeger", "embedded", "ci/cd",
    "github", "data", "screen", "reader", "readers", "wcag", "multiprocessing", "system", "systems", "application",
    "applications", "portal", "integration", "integrations",
}
_OWN_SENSE["charting"] = frozenset("""patient patients ehr emr epic cerner pointclickcare nurse nursing clinical
    care""".split())
_OWN_SENSE.update({word: _SOFTWARE_NEAR for word in _TRADE_SIGNS if word not in _OWN_SENSE})
# (a hotel's or a resort's software keeps its rotation: "Join the on-call rotation for our resort booking
# microservices", "on-call for the guest app's APIs on Kubernetes")
_OWN_SENSE["on-call"] = _OWN_SENSE["on-call"] | _SOFTWARE_NEAR | {
    "microservice", "microservices", "backend", "server", "servers", "database", "databases", "api", "apis",
}
_OWN_SENSE["on call"] = _OWN_SENSE["on-call"]
_NEXT_ONLY = frozenset({"lead"})  # signs read right after the word only
# A word right before "leads" that makes it a noun, the prospects a salesperson handles, whatever else is near: a verb
# that takes them as its object ("Manage leads from the website", "track and follow up leads", "route new leads to
# the sales team") or a word that says whose or which they are ("sales leads", "new leads"). A verb "leads" follows
# its subject or a comma ("She leads the team", "Manages, leads and develops staff"). (As written, in lower case.)
_NOUN_BEFORE = {
    "leads": frozenset(
        """manage manages managed managing track tracks tracked tracking assign assigns assigned assigning route
        routes routed routing distribute distributed distributing capture captures captured capturing log logged
        logging enter entered entering follow-up chase chased chasing work worked working handle handled handling
        sales new potential incoming hot marketing web website referral business qualified inbound outbound prospective
        pursue pursues pursued pursuing qualify qualifying nurture nurturing convert converting converted""".split()
    ),
}
# ... except a department that begins its clause and is the subject: "Sales leads the quarterly planning process",
# "Marketing leads brand strategy" (not "Sales leads from trade shows go to the SDRs", "Marketing leads are routed")
_SUBJECT_BEFORE = frozenset({"sales", "marketing"})
_AFTER_NOUN_LEADS = frozenset(
    """from in into to for from via per by with through and or are were is was be generated that which who coming
    pipeline pipelines list lists""".split()
)
_TRADE_PHRASES = frozenset({"on-call", "on call"})  # aliases of more than one word with another trade's sense


_COACHING = frozenset({"coach", "coaching"})
_AGE_GROUP = re.compile(r"u\d{1,2}")  # "U12", "u14s" (folded)


_AGE = re.compile(r"\d{1,2}s?")
# what a number after "under" measures when it is no age: "AHT under 300 seconds", "under 3 minutes"
_MEASURES = frozenset("""seconds second secs sec minutes minute mins min hours hour hrs percent days weeks""".split())


def _age_group(tokens: list[Token]) -> bool:
    """A youth team's age group: "under-12", "Under 14s", "U12" (not "drive-thru times under 3 minutes")."""
    return any(
        _AGE_GROUP.fullmatch(t.key) is not None
        or (
            t.key == "under"
            and k + 1 < len(tokens)
            and _AGE.fullmatch(tokens[k + 1].text) is not None
            and (k + 2 >= len(tokens) or tokens[k + 2].key not in _MEASURES)
        )
        for k, t in enumerate(tokens)
    )


def _department_leads(line: str, tokens: list[Token], c: _Candidate) -> bool:
    """See _SUBJECT_BEFORE."""
    i, j = c.tokens
    if i == 0 or tokens[i - 1].text.lower() not in _SUBJECT_BEFORE or j >= len(tokens):
        return False
    if i > 1 and not _CLAUSE_STOP.search(line, tokens[i - 2].end, tokens[i - 1].start):
        return False  # "Manage sales leads in Salesforce"
    after = tokens[j].text
    return after.isalpha() and after.islower() and after not in _AFTER_NOUN_LEADS


def _other_trade(line: str, tokens: list[Token], c: _Candidate) -> bool:
    """See _TRADE_SIGNS: a one-word alias among its other trade's words (within a clause's reach)."""
    i, j = c.tokens
    surface = c.surface.lower()
    signs = _TRADE_SIGNS.get(surface)
    if signs is None or c.method is not Method.ALIAS or (j - i != 1 and surface not in _TRADE_PHRASES):
        return False
    before = tokens[i - 1] if i > 0 else None
    if (
        before
        and before.text.lower() in _NOUN_BEFORE.get(surface, ())
        and line[before.end : c.start].isspace()
        and not _department_leads(line, tokens, c)
    ):
        return True  # (see _NOUN_BEFORE)
    near = tokens[max(0, i - _REGULATED_REACH) : j + _REGULATED_REACH]
    shown_by = tokens[j : j + 1] if surface in _NEXT_ONLY else near
    shown = any(t.key in signs or t.text.lower() in signs for t in shown_by)
    if not shown and not (surface in _COACHING and _age_group(near)):
        return False
    own = _OWN_SENSE[surface]
    return not any(t.key in own or t.text.lower() in own for t in near)


# The colleagues a job works with, named by their role in the plural after "with", "alongside" and the like, are no
# skill of its own: "Coordinate with processors, underwriters and title companies", "Liaise with auditors" (no
# underwriting, no auditing), and neither is the skill that names the colleagues' trade before their role or their
# team: "Work with DevOps engineers", "Partner with security analysts", "Work with the UX and QA teams" (the
# candidate is asked no DevOps, no security). A role word of TITLE_WORDS only, never a technology ("Worked with
# device drivers"), nor a product's name before the people ("Worked with Python developers", "with our Scala and
# Spark teams": they stay), nor a skill held with them ("experience working with DevOps teams", as "experience with
# sales": _HELD_WITH)
_WORKED_WITH = frozenset({"with", "alongside", "among", "between"})
_PEOPLE_GAP = frozenset(
    {"and", "or", ",", "&", "/", "the", "our", "their", "your", "other", "internal", "external", "senior"}
)
_PEOPLE_REACH = 8  # tokens back to the "with": "with loan officers, processors, underwriters"
_PEOPLE_OTHER_WORDS = 3  # words of the list that are no gap ("loan", "officers", "processors")
# ... and before a trade's name ("with other account security managers"; not "a manager with 10 years managing sales
# teams": the manager's own work)
_TRADE_OTHER_WORDS = 1
_CLAUSE_STOP = re.compile(r"[;:.()]")  # (between the words: the tokens have no such marks)
# the groups of people a role's trade may name as well as a title in the plural does ("the DevOps team")
_PEOPLE_UNITS = frozenset(
    """team teams colleagues counterparts stakeholders staff personnel department departments group groups function
    functions""".split()
)
_TRADE_TO_ROLE = 2  # words between a trade's name and its people ("DevOps and QA engineers", "UX/UI designers")
# ... but a people word before another noun names no people: "team building experience", "team player attitude",
# "stakeholders management", "team leadership"; and a skill before "skills" is the person's own ("leadership skills
# and team building", "communication skills and stakeholders management")
_NOUN_AFTER_PEOPLE = frozenset(
    """building builder player players spirit management leadership engagement dynamics development relations
    relationship relationships mapping member members oriented orientation skill skills""".split()
)
_SKILL_WORDS = frozenset({"skill", "skills"})
# ... and a trade's name right after "other" or "fellow" is the candidate's own trade too: "Work alongside other DevOps
# engineers to maintain CI/CD pipelines" (a trade, not a soft skill that only describes the colleagues: "maintain
# working relationships with other customer facing personnel" asks no customer service)
_ONE_OF_THEM = frozenset({"other", "fellow"})
_ROLE_LINKS = frozenset({"and", "or", "&", "/"})
# a data product's people are a team the posting parser reads whole ("with our Scala and Spark teams")
_DATA_PRODUCTS = frozenset({"data", "ml"})
_WORKING = frozenset({"work", "works", "worked", "working"})


def _data_discipline(c: _Candidate) -> bool:
    """A data trade's name, no product's: "data science", "machine learning" (not "Spark", "Scala"). On a resume, its
    team worked with is no work of its own ("Collaborated with the data science team", "with data science and
    engineering teams"; not "Built data science pipelines"): no posting parser reads that team whole there."""
    name = c.skill.name
    return c.skill.category in _DATA_PRODUCTS and name == name.lower() and " " in name


def _role_plural(word: str) -> bool:
    """A job title's noun in the plural: "underwriters", "nurses", "coaches" (no "containers")."""
    word = word.lower()
    if not word.endswith("s"):
        return False
    return not TITLE_WORDS.words.isdisjoint({word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]})


def _people_after(line: str, tokens: list[Token], j: int, *, linked: bool = False) -> bool:
    """Whether the people of a trade follow its name: "DevOps engineers", "data science and QA teams" (the words
    between linked or capitalised, within the clause; or, ``linked``, any one word after a link: "data science and
    engineering teams")."""
    for k in range(j, min(len(tokens), j + _TRADE_TO_ROLE + 1)):
        if _CLAUSE_STOP.search(line, tokens[k - 1].end, tokens[k].start):
            return False
        word = tokens[k].text
        if _role_plural(word) or word.lower() in _PEOPLE_UNITS:
            return k + 1 >= len(tokens) or tokens[k + 1].text.lower() not in _NOUN_AFTER_PEOPLE
        after_link = linked and k > j and tokens[k - 1].text.lower() in _ROLE_LINKS
        if word.lower() not in _ROLE_LINKS and not word[:1].isupper() and not after_link:
            return False
    return False


def _colleagues_worked_with(line: str, tokens: list[Token], c: _Candidate, *, resume: bool = False) -> bool:
    """See _WORKED_WITH."""
    i, j = c.tokens
    discipline = resume and _data_discipline(c)
    if c.skill.category in TECH_CATEGORIES and not discipline:
        return False
    if tokens[j - 1].text.lower() in _SKILL_WORDS or (j < len(tokens) and tokens[j].text.lower() in _SKILL_WORDS):
        return False  # (see _SKILL_WORDS)
    named = c.method is Method.ALIAS and _role_plural(tokens[j - 1].text)  # "Liaise with auditors"
    if named and j < len(tokens) and tokens[j].text.lower() in _NOUN_AFTER_PEOPLE:
        return False  # "with communication skills and stakeholders management"
    if not named and (
        (c.skill.category in _DATA_PRODUCTS and not discipline)
        or (not c.skill.soft and i > 0 and tokens[i - 1].text.lower() in _ONE_OF_THEM)
        or not _people_after(line, tokens, j, linked=discipline)
    ):
        return False
    others = 0
    # (a soft skill before people further on is a verb: "a manager with 10+ years leading teams of 45")
    most_others = _PEOPLE_OTHER_WORDS if named else 0 if c.skill.soft else _TRADE_OTHER_WORDS
    if discipline:  # (the other trade's words linked before it: "with data science and engineering teams")
        most_others = _TRADE_TO_ROLE
    for k in range(i - 1, max(-1, i - 1 - _PEOPLE_REACH), -1):
        if _CLAUSE_STOP.search(line, tokens[k].end, tokens[k + 1].start):
            return False  # "realtor partners; manage leads in Salesforce"
        key = tokens[k].key
        if key in _WORKED_WITH:
            return named or not _held_with(tokens, k)
        if key in _HELD_WITH:
            return False
        # (the people of the list's other items are no other words: "with machine learning engineers and data
        # science teams", "with quality teams and ...")
        if key not in _PEOPLE_GAP and tokens[k].text.lower() not in _PEOPLE_UNITS and not _role_plural(tokens[k].text):
            others += 1
            if others > most_others:
                return False
    return False


def _held_with(tokens: list[Token], k: int) -> bool:
    """Whether the "with" at ``k`` tells what a person has: "experience with", "familiar with", "experience working
    with", "experience in working with" (see _HELD_WITH)."""
    before = k - 1
    if before > 0 and tokens[before].key in _WORKING:
        before -= 1
        if before > 0 and tokens[before].key == "in":
            before -= 1
    return before >= 0 and tokens[before].key in _HELD_WITH


# "Lead" before a job title's noun in the singular is the title's rank, no leadership: "2+ years as a lead teacher",
# "Lead Cook", "Lead Software Engineer" (not "lead a team of 5", "Lead Generation", nor the verb before a plural or
# before what it leads: "lead teachers in planning", "lead developer onboarding")
_LEADERSHIP = "leadership"
_LEAD_TITLE_GAP = 2  # words between "Lead" and the noun ("Lead Software Engineer", "Lead Data Engineer")
_NOT_TITLE_WORDS = frozenset({"staff", "partner", "head", "lead", "leader", "chief", "principal", "owner"})
_AFTER_A_TITLE = frozenset(
    """in at for with of to and or who position positions role roles on from level experience""".split()
)
_DETERMINERS = frozenset({"a", "an", "the", "our", "their", "your", "this", "that", "all", "every"})


def _lead_of_a_title(tokens: list[Token], c: _Candidate) -> bool:
    """See _LEAD_TITLE_GAP."""
    if c.skill.name != _LEADERSHIP:
        return False
    j = c.tokens[1]
    for k in range(j, min(len(tokens), j + _LEAD_TITLE_GAP + 1)):
        word = tokens[k].text.lower()
        if word in _DETERMINERS or not word.isalpha():
            return False
        if word in TITLE_WORDS.words and word not in _NOT_TITLE_WORDS:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return (
                after is None
                or not after.text.isalpha()
                or after.text.lower() in _AFTER_A_TITLE
                or (tokens[k].text[:1].isupper() and after.text[:1].isupper())  # "Lead Engineer — Acme"
            )
    return False


# ... and a bare "Lead" that opens a line, then a dash, a bar, a comma or "at" and a name, is a job's title: "Lead |
# Delivery Hero", "Lead — Acme Corp" (not "Lead, mentor and coach 5 engineers", nor a list of duties that are skills
# too: "Lead | Mentor | Coach")
_BARE_TITLE_AFTER = re.compile(r"\s*(?:[|@—–,]|\s-|\sat\b)\s*[A-Z0-9]")


_NAME_WORDS = 6  # the words of an employer's name after a bare title's comma


def _bare_lead_title(line: str, c: _Candidate, candidates: list[_Candidate]) -> bool:
    """See _BARE_TITLE_AFTER."""
    if c.skill.name != _LEADERSHIP or line[: c.start].strip():
        return False
    after = _BARE_TITLE_AFTER.match(line, c.end)
    if after is None or any(other.start == after.end() - 1 for other in candidates):
        return False
    if line[c.end : after.end()].strip()[:1] != ",":
        return True
    # after a comma, a name alone ("Lead, Acme Corp | 2021 - 2023"), not a list of duties ("Lead, Inspire and Grow a
    # team of 12")
    name = re.split(r"\s[|(–—-]|[|(–—]", line[after.end() - 1 :], maxsplit=1)[0].split()
    return len(name) <= _NAME_WORDS and all(word[:1].isupper() or word[:1].isdigit() or word == "&" for word in name)


# One spreadsheet a job kept ("tracked licensing in a shared spreadsheet", "the team's tracking spreadsheet") is a
# file, no Excel skill (not "spreadsheet skills", "advanced spreadsheet modeling", "spreadsheets")
_ONE_OF = _DETERMINERS | frozenset({"one", "each", "single", "shared", "master", "tracking", "tracker", "simple"})


def _program_files(tokens: list[Token], c: _Candidate) -> bool:
    """See _PROGRAM_FILES."""
    i, j = c.tokens
    return (
        i > 0
        and j < len(tokens)
        and tokens[j].text.lower() in _PROGRAM_FILES.get(c.skill.name, ())
        and tokens[i - 1].text.lower() not in _ONE_OF
    )


def _one_spreadsheet(tokens: list[Token], c: _Candidate) -> bool:
    """See _ONE_OF."""
    i = c.tokens[0]
    return i > 0 and tokens[i - 1].text.lower() in _ONE_OF


# Spreadsheet software is a kind of program, Excel one of them: a posting asking for it is met by Excel, but a resume
# naming the kind ("computer applications, including spreadsheet software", "spreadsheet programs") shows no Excel
# (Google Sheets, LibreOffice Calc and Numbers are spreadsheet software too); "spreadsheet modeling" is Excel's work
_PROGRAM_KIND = frozenset("""software program programs application applications app apps package packages""".split())


def _program_kind(tokens: list[Token], c: _Candidate) -> bool:
    """See _PROGRAM_KIND."""
    j = c.tokens[1]
    return j < len(tokens) and tokens[j].text.lower() in _PROGRAM_KIND


# "during the audit season" dates a job's other work ("Supported the workers' compensation team during the 2020 audit
# season"): no auditing, unless the line's work is the audit's ("Led fieldwork for 12 clients during audit season");
# a season of its own is the auditor's ("Worked through busy audit season at a Big Four firm")
_DURING = frozenset({"during", "in", "over", "throughout"})
_SEASON_FILLERS = frozenset({"the", "a", "this", "last", "each", "every", "annual", "year", "end", "year-end"})
_AUDIT_WORK = frozenset(
    """fieldwork workpaper workpapers engagement engagements client clients testing test tested sample sampling
    substantive control controls cpa assurance attest""".split()
)


def _season_of_other_work(tokens: list[Token], c: _Candidate) -> bool:
    """See _DURING."""
    i, j = c.tokens
    if j >= len(tokens) or tokens[j].key not in ("season", "seasons"):
        return False
    k = i - 1
    while k >= 0 and (tokens[k].key in _SEASON_FILLERS or tokens[k].text.isdigit()):
        k -= 1
    return k >= 0 and tokens[k].key in _DURING and all(t.key not in _AUDIT_WORK for t in tokens)


def _before_colleagues(tokens: list[Token], c: _Candidate) -> bool:
    """ "Performance Engineers", "QA Engineers": a one-word alias before a job title in the plural
    (see ROLE_PLURALS)."""
    i, j = c.tokens
    return (
        j == i + 1
        and j < len(tokens)
        and tokens[j].text.lower() in ROLE_PLURALS
        and not c.skill.soft  # "lead and mentor engineers": a verb, and mentoring
        and c.skill.category not in TECH_CATEGORIES
    )


def _in_abbreviation(line: str, tokens: list[Token], c: _Candidate, candidates: list[_Candidate]) -> bool:
    """ "BS&C", "P&L": capitals glued to an ampersand are letters of an abbreviation, unless the
    other side is a skill too ("HTML&CSS", "UX&UI")."""
    if not (len(c.surface) <= 3 and c.surface.isupper()):
        return False
    i, j = c.tokens
    if line[c.start - 1 : c.start] == "&" and i >= 2:
        other = i - 2  # the word before the "&" token
    elif line[c.end : c.end + 1] == "&" and j + 1 < len(tokens):
        other = j + 1
    else:
        return False
    return not any(o.tokens[0] <= other < o.tokens[1] for o in candidates)


# The legal form that ends a company's name ("Jura & Kerns PLC", "Acme plc", "Foo GmbH"): after
# the name it is the company, not the skill the letters also name (PLC programming).
LEGAL_FORMS = frozenset(
    """PLC plc Plc LLC LLP Ltd LTD Inc INC GmbH AG SA SE NV BV Corp CORP Pty PTY""".split()
)


# A skill's name before "Corporation", "Inc." is the company's: "Oracle Corporation auditors",
# "Salesforce Inc.", "Salesforce, Inc." (not "Allen-Bradley PLC": a skill of its own follows; not
# "Korean (Limited Working)", a language's level in brackets). A trade's or an industry's common noun
# there is the business's line of work ("Rivera Plumbing Inc.", "Brightwire Logistics LLC"): kept, for
# the resume's reader to judge whether the job shows it (resume.py, _without_employer_skills)
_COMPANY_WORDS = frozenset({"Corporation", "Corp", "Inc", "Incorporated", "LLC", "Ltd", "Limited", "GmbH"})
_LINES_OF_BUSINESS = frozenset({"domain", "business"})


def _before_company_word(
    line: str, tokens: list[Token], c: _Candidate, candidates: list[_Candidate]
) -> bool:
    j = c.tokens[1]
    if c.skill.category in _LINES_OF_BUSINESS and c.skill.name[:1].islower():
        return False
    return (
        j < len(tokens)
        and tokens[j].text in _COMPANY_WORDS
        and line[c.end : tokens[j].start].strip() in ("", ",")
        and not any(o.tokens[0] == j for o in candidates)
    )


def _legal_form(tokens: list[Token], c: _Candidate, candidates: list[_Candidate]) -> bool:
    """ "Jura & Kerns PLC": a legal form right after a capitalised word that is no skill, not the
    first word of the line ("Programmed PLC logic" keeps its skill), nor part of one
    ("Allen-Bradley PLC")."""
    i = c.tokens[0]
    if i < 2 or not tokens[i - 1].text[:1].isupper():
        return False
    return not any(o.tokens[0] <= i - 1 < o.tokens[1] for o in candidates)


def _in_address(line: str, c: _Candidate) -> bool:
    """ "http://...", "www.example.com": a word of a web address. The text of a Markdown link is
    no address: "[Python](https://python.org)" names Python (its address names nothing)."""
    start = line.rfind(" ", 0, c.start) + 1
    end = line.find(" ", c.end)
    if end < 0:
        end = len(line)
    link = line.find("](", c.end, end)
    if link >= 0 and "](" not in line[start : c.start]:  # in a link's text: the text alone
        start = max(start, line.rfind("[", start, c.start) + 1)
        end = link
    chunk = line[start:end]
    return "://" in chunk or chunk.lower().startswith("www.")


# The last word of a qualification's name: "Qualified Teacher Status (QTS)", "Postgraduate
# Certificate in Education (PGCE)" name the qualification the acronym names, whatever their words.
QUALIFICATION_NOUNS = frozenset(
    """status certificate certification licence license diploma qualification registration credential
    education""".split()
)


def _acronym_of_other_name(line: str, tokens: list[Token], c: _Candidate, candidates: list[_Candidate]) -> bool:
    """ "<Center for> Protein Research (CPR)": an acronym in parentheses right after the words it
    abbreviates names those words; when they are no skill, neither is the acronym (CPR is no
    resuscitation there). "Site Reliability Engineering (SRE)" stays: the words are a skill, and so
    does an acronym after the name of a qualification (see QUALIFICATION_NOUNS). When all the words
    name another skill, the acronym is theirs: "Valid Driving Licence (DL)" names no deep learning."""
    i = c.tokens[0]
    letters = c.surface
    if not (len(letters) >= 2 and letters.isalpha() and letters.isupper() and i > 0):
        return False
    if line[: c.start].rstrip()[-1:] != "(" or line[c.end :].lstrip()[:1] != ")":
        return False
    initials = ""
    k = i - 1
    while k >= 0 and len(initials) < len(letters):
        word = tokens[k].text
        if word[:1].isupper():
            initials = word[0] + initials
            if len(initials) >= 2 and letters.endswith(initials):
                # the words the acronym abbreviates (its tail, at least): is a skill written there?
                spelled = [o for o in candidates if o is not c and o.tokens[0] < i and o.tokens[1] > k]
                if not spelled:  # "Qualified Teacher Status (QTS)": a qualification's name, the acronym's own
                    return tokens[i - 1].key not in QUALIFICATION_NOUNS
                # all the words another skill's name: "Driving Licence (DL)" is no deep learning
                return len(initials) == len(letters) and any(o.tokens == (k, i) and o.skill != c.skill for o in spelled)
        elif word not in ("of", "for", "and", "&", "the", "in"):
            break
        k -= 1
    return False


def _language_not_skill(line: str, tokens: list[Token], c: _Candidate, starts: set[int]) -> bool:
    i, j = c.tokens
    # a nationality: "the Danish grading system", "Finnish people"
    if j < len(tokens) and not line[c.end : tokens[j].start].strip() and tokens[j].key in NATIONALITY_NOUNS:
        return True
    # the people who speak it: "the English-speaking market", "German-speaking customers"
    if (
        j + 1 < len(tokens)
        and tokens[j].key == "speaking"
        and line[c.end : tokens[j].start] == "-"
        and tokens[j + 1].key in SPEAKERS_NOUNS
    ):
        return True
    # the language of an application: "in English" on a line about applying, back over a list
    # of languages ("(in Danish or English)")
    k = i - 1
    while k >= 0 and (tokens[k].key in SEPARATORS or (k in starts and tokens[k].text[:1].isupper())):
        k -= 1
    if k >= 2 and tokens[k].key == "into" and tokens[k - 1].key == "translation" and tokens[k - 2].key in _OFFICIAL:
        return True  # a document's: "an official translation into English" (not "translation into English")
    if k < 0 or tokens[k].key != "in" or not _APPLICATION_RE.search(line):
        return False
    return k == 0 or tokens[k - 1].key not in LANGUAGE_ABILITY


def _adjective_in_a_row(tokens: list[Token], c: _Candidate, starts: set[int]) -> bool:
    i, j = c.tokens
    n = len(tokens)

    def plain(k: int) -> bool:  # an ordinary word, no skill, nor one of the method's words
        return 0 <= k < n and tokens[k].text.isalpha() and k not in starts and tokens[k].key not in _AGILE_COMPANIONS

    def conj(k: int) -> bool:
        return 0 <= k < n and tokens[k].key in _CONJUNCTIONS

    def shared_head(k: int) -> bool:  # "agile and lean practices"
        return k < n and tokens[k].key in _ADJECTIVE_HEADS

    # "agile and communicative", "agile & global dna"
    if conj(j) and plain(j + 1) and tokens[j + 1].text.islower() and not shared_head(j + 2):
        return True
    # "agile diverse and innovative team", "agile adaptive and supportive environment"
    if plain(j) and tokens[j].text.islower() and tokens[j].key not in _AGILE_NOUNS and conj(j + 1) and plain(j + 2):
        return not shared_head(j + 3)
    # "dynamic and agile providing", not "teams and agile working methods"
    return (
        conj(i - 1) and plain(i - 2) and tokens[i - 2].key not in _AGILE_NOUNS
        and not (j < n and tokens[j].key in _AGILE_NOUNS)
    )


# The states and provinces a place is written with ("Phoenix, AZ", "Moranbah QLD"), as written.
STATE_CODES = tuple(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
    "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON BC AB QC NSW VIC QLD TAS ACT NT".split()
)
_STATE_SET = frozenset(STATE_CODES)
# Words after a name that make it a place's or an institution's ("Phoenix College", "Swift County").
# ("Juniper Hills", "Phoenix Park", "Ruby Valley Elementary")
_PLACE_AFTER = frozenset(
    # (compared folded: "Hills" is "hill")
    """college university institute county city campus hospital hill height park valley creek lake ridge street
    avenue road elementary academy""".split()
)


def _blocked(line: str, tokens: list[Token], c: _Candidate) -> bool:
    """A strict form followed by words that make it ordinary English ("Go to"), a year, or a place
    ("Phoenix, AZ", "Phoenix College")."""
    j = c.tokens[1]
    if j < len(tokens):
        nxt = tokens[j].key
        if nxt in BLOCK_AFTER or _YEAR_RE.match(nxt):
            return nxt != "level" or c.skill.category != "spoken_language"  # "English level C1"
        if nxt in _PLACE_AFTER and tokens[j].text[:1].isupper():
            return True
        return _before_state(line, tokens, j)
    return False


def _before_state(line: str, tokens: list[Token], j: int) -> bool:
    """Whether a name ends before ", <state code>" that ends the line or its part: a town ("Phoenix, AZ", "Phoenix,
    AZ | 2019 - 2022", "Phoenix, AZ 85004", "Best Buy, MPLS, MN"), not "Elixir, Phoenix, AZ-900", nor "Python, Go,
    OR Rust"."""
    if j >= len(tokens) or tokens[j].text not in _STATE_SET or line[tokens[j - 1].end : tokens[j].start].strip() != ",":
        return False
    rest = line[tokens[j].end :].lstrip()
    return not rest or rest[0] in "|·•,;()–—" or rest[:2] == "- " or rest[:5].isdigit()


def _town_letters(line: str, tokens: list[Token], c: _Candidate, candidates: list[_Candidate]) -> bool:
    """A name in capitals before a state's code is the town's abbreviation: "Best Buy, MPLS, MN" (Minneapolis),
    "Delta, SLC, UT" (not in a list of skills: "Skills: Tableau, SQL, GA")."""
    i, j = c.tokens
    if not _before_state(line, tokens, j) or any(o.tokens[0] == j for o in candidates):
        return False
    while i > 0 and tokens[i - 1].key in SEPARATORS:
        i -= 1
    return not any(o.tokens[1] == i for o in candidates)  # (no list of skills: "Skills: Tableau, SQL, GA")


_COMMUNICATION = "communication"
_MACHINE_CATEGORIES = TECH_CATEGORIES | {"concept"}


def _machines_talking(line: str, c: _Candidate, machine_ends: set[int]) -> bool:
    """ "Set up OPC UA communication between PLCs and MES", "CAN communication between ECUs": a protocol's or a
    technology's communication right before it is the machines', no person's (not "English communication", "Agile
    communication", nor a list's "Python, communication, teamwork"). ``machine_ends``: where the line's technologies
    end (a set looked up, not every candidate rescanned: a one-line resume has thousands)."""
    gap = c.start  # only spaces between: "OPC UA communication"
    while gap > 0 and line[gap - 1].isspace():
        gap -= 1
    return any(end in machine_ends for end in range(gap, c.start + 1))


def _province_of_town(line: str, tokens: list[Token], c: _Candidate, candidates: list[_Candidate]) -> bool:
    """A state's or a province's code after a town's name is the place: "Montreal, QC" (Quebec, no quality
    control), "Gameplay Programmer | Montreal, QC | mei@example.com" (not after a skill, "Six Sigma, Lean, QC",
    nor under a technical label, "Skills: Inspection, QC")."""
    i = c.tokens[0]
    if i < 1 or not tokens[i - 1].text.istitle() or any(o.tokens[1] == i for o in candidates):
        return False
    if _label_end(line) is not None:
        return False
    return _before_state(line, tokens, i)


def _beside_industry(tokens: list[Token], c: _Candidate, accepted: list[_Candidate]) -> bool:
    """Whether an industry's name (INDUSTRY_ONLY) stands in a list of industries: another domain right
    before or after it with only separators between."""
    i, j = c.tokens
    while i > 0 and tokens[i - 1].key in SEPARATORS:
        i -= 1
    while j < len(tokens) and tokens[j].key in SEPARATORS:
        j += 1
    return any(o.skill.category == "domain" and (o.tokens[1] == i or o.tokens[0] == j) for o in accepted if o is not c)


def _in_context(
    line: str,
    tokens: list[Token],
    c: _Candidate,
    ends: set[int],
    starts: set[int],
    label_end: int | None,
    languages: set[int],
) -> bool:
    i, j = c.tokens
    # a neighbouring skill, with only separators between ("Django, Flask, or FastAPI")
    k = i
    while k > 0 and tokens[k - 1].key in SEPARATORS:
        k -= 1
    if k in ends:
        return True
    k = j
    while k < len(tokens) and tokens[k].key in SEPARATORS:
        k += 1
    # (a language name right before another skill is an adjective: "Danish Class B Driver's License";
    # before another language it is one of a list: "English French German")
    if k in starts and k < len(tokens) and (k > j or c.skill.category != "spoken_language" or k in languages):
        return True
    if _beside_tier_clause(line, tokens, c, ends, starts):
        return True
    if c.surface in NEIGHBOURS_ONLY:
        return False
    if i > 0 and tokens[i - 1].key in CUE_BEFORE:
        return True
    if j < len(tokens) and tokens[j].key in CUE_AFTER:
        return True
    if (
        i >= 3
        and tokens[i - 1].key == "the"
        and tokens[i - 2].key in ("of", "with")
        and tokens[i - 3].key in _KNOWING
        and (all(t.text.isupper() for t in tokens[i:j]) or (j < len(tokens) and tokens[j].key in _PRODUCT_AFTER))
    ):
        return True  # "knowledge of the NEC", "familiarity with the Relativity platform" (not "of the Word")
    if c.skill.category == "certification" and _held_around(line, tokens, i, j):
        return True  # "White Card required", "a valid White Card"
    if _wrote_language(tokens, c):
        return True
    if c.skill.category in _PRODUCT_CATEGORIES and (
        (i > 0 and tokens[i - 1].key in _ADMINISTERING) or (j < len(tokens) and tokens[j].key in _ADMINISTERED)
    ):
        return True  # "Administered Workday", "Configured Sentinel", "Workday administrator"
    if _program_files(tokens, c):
        return True
    # right after a "Languages:" style label
    if label_end is not None and c.start >= label_end:
        return True
    return _rated(line, tokens, c)


# The words that give a skill its tier in a clause of its own: "Python required; Rust preferred.", "CPA required; EA
# also acceptable" name a skill a clause, each beside the other as in a list
_TIER_WORDS = frozenset("""required preferred desired essential mandatory needed acceptable optional""".split())
_CLAUSE_BREAKS = frozenset({";", ","})


def _beside_tier_clause(line: str, tokens: list[Token], c: _Candidate, ends: set[int], starts: set[int]) -> bool:
    """A strict name in a clause of its own after (or before) another skill's: "<skill> required; <name> ...",
    "<name> preferred, <skill> required" (not without the break: "Python required Rust")."""
    i, j = c.tokens
    if (
        i >= 2
        and tokens[i - 1].key in _TIER_WORDS
        and i - 1 in ends
        and line[tokens[i - 1].end : tokens[i].start].strip() in _CLAUSE_BREAKS
    ):
        return True
    if j + 1 < len(tokens) and tokens[j].key in _TIER_WORDS and j + 1 in starts:
        return line[tokens[j].end : tokens[j + 1].start].strip() in _CLAUSE_BREAKS
    return _own_tier_clause(line, tokens, c)


# The tier a clause of its own gives the name it opens, right after it: "Excel required.", "Rust required; Go
# preferred.", "Word is a must", "Spanish a plus" (folded keys; "a" and "is" read in _own_tier_clause)
_OWN_TIER = frozenset(_TIER_WORDS | {"plus", "must", "desirable"})
_TIER_LINKS = frozenset({"is", "are", "a"})
# where such a clause starts and ends: the line's edge, a list's bullet or label, or a clause's break
_CLAUSE_OPENING = re.compile(r"(?:^|[;,.:]|^\s*[-*+•·▪◦●–—>])\s*$")
_CLAUSE_CLOSING = re.compile(r"^\s*(?:[;,.!)]|$)")
# a traveller's document, no library: "Passport required; travel up to 25%" (not Passport.js)
_HELD_DOCUMENTS = frozenset({"passport"})


def _own_tier_clause(line: str, tokens: list[Token], c: _Candidate) -> bool:
    """A strict name that opens a short clause of its own whose rest is a tier: "Excel required; Word preferred.",
    "Go is a plus" (not "Word of mouth required", "Go-getters preferred", "Excel at customer service required")."""
    i, j = c.tokens
    if c.surface.lower() in _HELD_DOCUMENTS or not _CLAUSE_OPENING.search(line[: c.start]):
        return False
    if _LABEL_RE.match(line) and _label_end(line) is None:
        return False  # a label of no technology: "Start date: Spring preferred", "Travel: Go is a plus"
    k = j
    while k < len(tokens) and k < j + 2 and tokens[k].key in _TIER_LINKS:
        k += 1
    if k >= len(tokens) or tokens[k].key not in _OWN_TIER or (tokens[k].key in ("plus", "must")) != (k > j):
        return False
    if any(line[a.end : b.start].strip() for a, b in zip(tokens[j - 1 : k], tokens[j : k + 1], strict=False)):
        return False  # only spaces between: "Go-getters preferred" is another word
    return _CLAUSE_CLOSING.match(line[tokens[k].end :]) is not None


# The verbs of the hiring cycle: a strict name of hiring among them is the duty ("Recruit, train and coach new
# staff", "recruit and retain talent", "Source and recruit candidates"), where alone it may be the
# employer's own ("We are looking to recruit an HR Generalist"), as it is after "we" ("We aim to attract,
# recruit, retain and develop talent from the widest possible pool")
HIRING_VERBS = frozenset(
    """recruit recruiting recruited hire hiring hired train training onboard onboarding interview interviewing select
    selecting retain retaining screen screening source sourcing develop developing""".split()
)


# whom else a clinic, a study or a charity recruits: "Screen and recruit patients for clinical trials",
# "Recruit and retain volunteers for the food bank"; no staff are hired (team and crew members are)
_NOT_HIRED = frozenset(
    """patient patients participant participants subject subjects volunteer volunteers donor donors student students
    customer customers client clients family families""".split()
)


def _recruits_no_staff(tokens: list[Token], c: _Candidate) -> bool:
    """A strict verb of hiring whose object is no staff (see _NOT_HIRED)."""
    i, j = c.tokens
    return tokens[i].key in HIRING_VERBS and any(t.key in _NOT_HIRED for t in tokens[j : j + 6])


# Whom a recruiter recruits: a count or staff after the verb ("Recruit 150+ hourly production associates a
# year", "Recruited nurses and CNAs for three hospitals"); keys are folded ("associates" is "associate")
_STAFF = frozenset(
    """staff employee associate hire candidate worker personnel talent member nurse engineer driver technician
    agent representative rep operator clinician physician teacher developer""".split()
)


def _recruits_staff(after: list[Token]) -> bool:
    """The words after a verb of recruiting name whom: a count or staff, not the one recruited ("Recruited by
    Google in 2019", "Recruited to lead the turnaround")."""
    if not after or after[0].key in {"by", "to", "into", "from", "as", "onto"}:
        return False
    return any(t.key in _STAFF or (t.text[:1].isdigit() and not _YEAR_RE.match(t.text)) for t in after)


def _hiring_verb(tokens: list[Token], c: _Candidate) -> bool:
    """A strict name of hiring (see HIRING_VERBS) beside another verb of the cycle, or separators between;
    or a verb of recruiting whose object is a count or staff (see _STAFF)."""
    i, j = c.tokens
    if j - i != 1 or tokens[i].key not in HIRING_VERBS or any(t.key == "we" for t in tokens[max(0, i - 5) : i]):
        return False
    if tokens[i].key.startswith("recruit") and _recruits_staff(tokens[j : j + 4]):
        return True
    return _beside_across_separators(tokens, i, j, HIRING_VERBS)


_HELD_GAP = frozenset("""a an the strongly highly very is are be""".split())


def _held_around(line: str, tokens: list[Token], i: int, j: int) -> bool:
    """A licence's name with words of holding or asking for it around it (see _HELD_BEFORE, _HELD_AFTER),
    past an article, an adverb or a note in brackets: "Must hold a PE", "PE (or ability to obtain within 12
    months) strongly preferred"."""
    k = i - 1
    while k >= 0 and tokens[k].key in _HELD_GAP:
        k -= 1
    if k >= 0 and tokens[k].key in _HELD_BEFORE:
        return True
    k = j
    rest = line[tokens[j - 1].end :]
    if rest.lstrip().startswith("(") and ")" in rest:
        close = tokens[j - 1].end + rest.index(")")
        while k < len(tokens) and tokens[k].start < close:
            k += 1
    while k < len(tokens) and tokens[k].key in _HELD_GAP:
        k += 1
    return k < len(tokens) and tokens[k].key in _HELD_AFTER


def _wrote_language(tokens: list[Token], c: _Candidate) -> bool:
    """See WROTE: a language after "wrote", a word in lower case after it."""
    i, j = c.tokens
    if i == 0 or j >= len(tokens) or tokens[i - 1].key not in WROTE or c.skill.category != "language":
        return False
    after = tokens[j].text
    return after.isalpha() and after.islower() and after not in _NOT_NOUNS and after not in BLOCK_AFTER


def _rated(line: str, tokens: list[Token], c: _Candidate) -> bool:
    """A spoken language or an office program with a rating of its command: "Excellent English",
    "Very good English", "Native-level Dutch", "Intermediate Excel" (see LEVEL_WORDS); a language
    with a CEFR level or a word that asks for it after it: "German C1", "Italian is a plus", or a
    rating after a colon or a dash: "English: fluent"."""
    i, j = c.tokens
    language = c.skill.category == "spoken_language"
    if not (language or _OFFICE in c.skill.implies):
        return False
    if i > 0 and tokens[i - 1].key in LEVEL_WORDS:
        return True
    if not language or j >= len(tokens):
        return False
    after = tokens[j].key
    if after in LANGUAGE_LEVEL_AFTER or after.rstrip("+") in LANGUAGE_LEVEL_AFTER:
        return True
    # a rating after a colon, a dash or in brackets: "English: fluent; German: basic", "Spanish - conversational",
    # "Stryker stretcher · Spanish (conversational)"
    if after in LEVEL_WORDS and line[c.end : tokens[j].start].strip() in _RATING_GAPS:
        return True
    if after != "is" or j + 1 >= len(tokens):
        return False
    then = tokens[j + 1].key
    if then in ("a", "an"):
        return j + 2 < len(tokens) and tokens[j + 2].key in _ASKED_AFTER_IS_A
    return then in _ASKED_AFTER_IS


_OFFICE = "Microsoft Office"
_RATING_GAPS = frozenset({":", "-", "–", "—", "("})


# A data platform named after "on"/"to"/"into"... in a sentence about data ("Wrote SQL queries on
# Snowflake", "Migrated the warehouse to Snowflake."): the platform, not a snowflake.
_DATA_CATEGORIES = frozenset({"database", "data"})
_PLATFORM_CUES = frozenset({"on", "to", "into", "onto", "from"})
DATA_WORDS = frozenset(
    """data sql query database warehouse warehousing etl elt pipeline schema table lake lakehouse dataset
    dashboard analytics""".split()
)


def _data_platform(tokens: list[Token], c: _Candidate) -> bool:
    i = c.tokens[0]
    return (
        c.skill.category in _DATA_CATEGORIES
        and i > 0
        and tokens[i - 1].key in _PLATFORM_CUES
        and any(t.key in DATA_WORDS for t in tokens)
    )


_LIST_ITEM = re.compile(r"[^,;/|]+")


def _in_short_list(line: str, c: _Candidate, accepted: list[_Candidate]) -> bool:
    """A comma list of short items, one of them (within two items) a known skill that is the
    whole item: "Excel, Word, PowerPoint, Outlook" - Excel counts although "Word" is no skill.
    A skill inside a longer item vouches for nothing: in a header line "Senior Java Developer |
    Phoenix, AZ" or "Lead HVAC Technician, Shell Oil Company, Tulsa, OK" the items are a title,
    an employer and a place, and Phoenix and Shell are those."""
    items = [(m.start(), m.end()) for m in _LIST_ITEM.finditer(line)]
    if len(items) < 3:
        return False
    here = next((i for i, (a, b) in enumerate(items) if a <= c.start < b), None)
    if here is None or len(line[items[here][0] : items[here][1]].split()) > 3:
        return False
    for other in accepted:
        there = next((i for i, (a, b) in enumerate(items) if a <= other.start < b), None)
        if there is not None and there != here and abs(there - here) <= 2 and _whole_item(line, items[there], other):
            return True
    return False


# the items of a list line: between commas, semicolons, slashes, bars, "and", "or"
_LIST_PART = re.compile(r"(?:[^,;/|\s]|\s(?!(?:and|or|&)\s))+", re.I)


def _list_line(line: str, c: _Candidate, accepted: list[_Candidate]) -> bool:
    """A name that is a whole item of a line that is only a list of three short items or more, the
    others skills the vocabulary knows or duties written like it ("Recruiting, interviewing and
    onboarding", "- Excel, reporting and reconciliations"). A sentence ("Excel in a fast-paced
    team, grow, and learn") has a long item; "Go, fight, win" and "Spring, summer, autumn" are lists of
    other things; a label that names no skill ("Locations: Phoenix, Tucson, Mesa") says what they are."""
    if len(line) > _NAMES_ONLY_MAX or "," not in line:
        return False
    if _LINE_LABEL.match(line) is not None and _label_end(line) is None:
        return False
    items = [(m.start(), m.end()) for m in _LIST_PART.finditer(line) if m.group().strip(" -*•·")]
    if len(items) < 3 or any(len(line[a:b].split()) > 3 for a, b in items[1:]):
        return False
    here = next((item for item in items if item[0] <= c.start < item[1]), None)
    if here is None or not _whole_item(line, here, c):
        return False
    if c.surface.endswith("ing") and all(line[a:b].rstrip(" .;").endswith("ing") for a, b in items if (a, b) != here):
        return True  # duties: "Recruiting, interviewing, onboarding"
    return any(
        _whole_item(line, item, other)
        for other in accepted
        for item in items
        if item != here and item[0] <= other.start < item[1]
    )


def _list_item(line: str, c: _Candidate) -> bool:
    """A name that is a whole item of a list of short items ("Excel, Bloomberg Terminal",
    "Finance: Excel, Bloomberg"), on a line under a resume's skills heading: a list, whatever
    its other items are. A sentence there ("Excel at building models") is no list."""
    items = [(m.start(), m.end()) for m in _LIST_ITEM.finditer(line)]
    if len(items) < 2 or any(len(line[a:b].split()) > 4 for a, b in items[1:]):
        return False
    here = next((item for item in items if item[0] <= c.start < item[1]), None)
    return here is not None and _whole_item(line, here, c)


def _whole_item(line: str, item: tuple[int, int], c: _Candidate) -> bool:
    """Whether a skill is all its list item says, but for bullets, a label and a short note:
    "PowerPoint", "- Python (5 yrs)", "Tools: Jira"."""
    a, b = item
    rest = _NOTE.sub(" ", line[a : c.start] + _NAME_MARK + line[c.end : b])
    label = _LINE_LABEL.match(rest)
    if label and a == 0:
        rest = rest[label.end() :]
    return _NAMES_GAP.fullmatch(rest) is not None


def _in_parentheses(line: str, c: _Candidate) -> bool:
    """ "iOS developer (Swift)", "(Go, Rust)": a parenthesis holds examples."""
    before = line[: c.start]
    return before.count("(") > before.count(")") and ")" in line[c.end :]


_TECH_LABEL = re.compile(
    r"\b(skills?|stack|tech|technolog|languages?|tools?|tooling|frameworks?|librar|databases?|data|stores?|"
    r"platforms?|cloud|devops|ci/cd|backend|back-end|frontend|front-end|mobile|infrastructure|environment|"
    r"requirements?|qualifications?|must|nice|bonus|plus|preferred|experience|expertise|knowledge|"
    r"proficien|messaging|monitoring|observability|testing|apis?|architecture|systems?|keywords|"
    r"competenc|certifications?|software|programming|coding|web|ops|security|analytics|ml|ai|tongue)",
    re.I,
)


def _label_end(line: str) -> int | None:
    """Where a technical label ("Languages:", "Tech stack:", "Cloud & DevOps:") ends; a label
    such as "Location:" or "Contact:" gives strict forms no context."""
    match = _LABEL_RE.match(line)
    if not match or not _TECH_LABEL.search(line[: match.end()]):
        return None
    return match.end()


# -- fuzzy matching of misspellings ------------------------------------------------------------
_fuzzy_choices: dict[int, tuple[list[str], list[Skill]]] = {}
_fuzzy_cache: dict[tuple[int, str], tuple[Skill, float] | None] = {}


def _fuzzy_table(vocab: Vocabulary) -> tuple[list[str], list[Skill]]:
    """Every single-word name and alias (not strict), lower case as written, long enough to fuzz."""
    table = _fuzzy_choices.get(id(vocab))
    if table is None:
        words: dict[str, Skill] = {}
        for skill in vocab:
            if not vocab.fuzzy_ok(skill):
                continue  # only hand-curated names fuzz: "MedTech" is no typo of MEDITECH
            strict = {f.lower() for f in (*vocab.strict_forms(skill), *_AS_WRITTEN.get(skill.name, ()))}
            for form in (skill.name, *skill.aliases):
                word = form.lower()
                if len(word) >= MATCHING.fuzzy_min_length and word.isalpha() and word not in strict:
                    words.setdefault(word, skill)
        table = (list(words), list(words.values()))
        _fuzzy_choices[id(vocab)] = table
    return table


_fuzzy_letters: dict[int, tuple[list[str], dict[str, list[str]]]] = {}


def _fuzzy_initials(vocab: Vocabulary) -> dict[str, list[str]]:
    """The words of the fuzzy table by first letter, in table order (made from the table: the
    table is held, so the two stay one vocabulary's)."""
    words = _fuzzy_table(vocab)[0]
    held = _fuzzy_letters.get(id(vocab))
    if held is None or held[0] is not words:
        by_letter: dict[str, list[str]] = {}
        for word in words:
            by_letter.setdefault(word[0], []).append(word)
        held = _fuzzy_letters[id(vocab)] = (words, by_letter)
    return held[1]


def _fuzzy(tokens: list[Token], covered: set[int], vocab: Vocabulary) -> list[_Candidate]:
    from jobmatch.similarity import common_words  # words too frequent to be misspellings

    common = common_words()
    ordinary = vocab.ordinary_words  # English words: "medication" is no misspelling of mediation
    min_length = MATCHING.fuzzy_min_length
    found: list[_Candidate] = []
    for position, token in enumerate(tokens):
        if position in covered:
            continue
        word = token.text.lower()  # compared unfolded: "kubernates" with "kubernetes"
        if len(word) < min_length or not word.isalpha() or word in common or token.key in common:
            continue
        if word in ordinary or token.key in ordinary:
            continue
        hit = _fuzzy_lookup(word, vocab)
        if hit is not None:
            skill, _score = hit
            found.append(
                _Candidate(skill, (position, position + 1), token.start, token.end, token.text, Method.FUZZY, False)
            )
    return found


# endings that make another word of the same stem: "instruction" is no misspelling of "instructing"
_DERIVED_ENDINGS = ("ations", "ation", "ments", "ment", "ions", "ion", "ings", "ing", "ers", "er", "ed", "ive", "or",
                    "ors", "al")


def _stem(word: str) -> str:
    """A word without its derivational ending (see _DERIVED_ENDINGS), for telling another form of
    a word from a misspelling of it."""
    for ending in _DERIVED_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _fuzzy_lookup(word: str, vocab: Vocabulary) -> tuple[Skill, float] | None:
    cache_key = (id(vocab), word)
    if cache_key in _fuzzy_cache:
        return _fuzzy_cache[cache_key]
    from rapidfuzz import fuzz, process  # heavy-ish: imported only when a word needs it

    keys, skills = _fuzzy_table(vocab)
    result = None
    # The best of all names counts only if it shares the word's first letter, so the names with
    # that letter are scored first (a twentieth of them): when none of them reaches the cutoff,
    # neither can a best that counts. Only when one does (rare) are all scored, to tell whether
    # it is the best of all (the first one, on equal scores).
    cutoff = MATCHING.fuzzy_cutoff
    same_letter = _fuzzy_initials(vocab).get(word[0], [])
    best = process.extractOne(word, same_letter, scorer=fuzz.ratio, score_cutoff=cutoff, processor=None)
    if best is not None:
        best = process.extractOne(word, keys, scorer=fuzz.ratio, score_cutoff=cutoff, processor=None)
    if best is not None:
        choice, score, index = best
        # misspellings keep the first letter and the length within two characters; a name with
        # an "x" added is a French plural ("tableaux", damages tables: not Tableau), no typo
        if (
            choice[0] == word[0]
            and abs(len(choice) - len(word)) <= 2
            and choice != word
            and _stem(choice) != _stem(word)
            and word != choice + "x"
        ):
            result = (skills[index], float(score))
    if len(_fuzzy_cache) >= _LINE_CACHE_SIZE:  # bounded: the words of the inputs are many
        _fuzzy_cache.clear()
    _fuzzy_cache[cache_key] = result
    return result
