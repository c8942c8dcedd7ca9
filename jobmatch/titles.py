"""The words a job's title is made of: one list for postings (jobmatch.posting) and resumes
(jobmatch.resume).

* ``JOB_WORD``: the nouns of office and technical jobs ("Backend Developer", "Data Analyst",
  "Security Officer"); in a posting's line they name the job, not the company ("The Principal
  Cloud Architect is ...").
* ``TITLE_WORDS``: every noun a title may end in, of any trade or profession ("Nurse",
  "Housekeeper", "Forklift Operator", "Front Desk", "Audit Senior"), checked word by word.
* ``TITLE_SEGMENT``: the market segment, region or product area a title names after its comma
  ("Account Executive, SMB", "Senior Product Manager, Payments", "Sales Director, EMEA"): part of
  the title, never an employer.
* ``ROLE_WORD``: a listed noun or a word shaped like one ("Sommelier", "Conveyancer",
  "Upholsterer": ...er, ...or, ...ist, ...ant), for telling the role's cell of a row from the
  others; the shape alone also fits a city ("Denver", "Manchester"), so a listed noun is preferred
  (``role_rank``).
"""

from __future__ import annotations

import re

# the office and technical jobs ("Backend Developer", "Data Analyst")
JOB_NOUN_LIST = (
    "developer|engineer|architect|programmer|administrator|consultant|specialist|analyst|tester|designer|"
    "scientist|manager|director|officer"
)
# every other noun a title ends in (JOB_NOUN_LIST's too, through TITLE_WORD_LIST)
_OTHER_TITLE_WORDS = (
    "lead|leader|head|chief|president|vp|"
    "admin|technician|coordinator|"
    "assistant|associate|intern|internship|nurse|rn|lpn|cna|stna|teacher|instructor|professor|lecturer|"
    "researcher|accountant|representative|agent|supervisor|owner|founder|co-founder|cofounder|executive|"
    "editor|writer|producer|clerk|cashier|driver|operator|therapist|physician|pharmacist|counselor|"
    # ("Financial Adviser", a British spelling)
    "advisor|adviser|strategist|marketer|recruiter|fellow|apprentice|apprenticeship|trainee|student|volunteer|"
    "contractor|freelancer|sre|sdet|devops|cto|ceo|cfo|coo|principal|aide|attendant|paralegal|attorney|mechanic|"
    "electrician|chef|cook|tutor|coach|trainer|technologist|planner|buyer|auditor|controller|"
    "bookkeeper|receptionist|secretary|maintainer|partner|staff|generalist|liaison|investigator|"
    "inspector|estimator|dispatcher|surveyor|translator|interpreter|hygienist|"
    # trades, shop floor and service ("Stocker (part-time) | Walmart"), military ranks ("Supply
    # Sergeant (92Y), U.S. Army")
    "stocker|picker|forklift operator|welder|machinist|carpenter|plumber|foreman|forewoman|"
    "laborer|labourer|custodian|janitor|housekeeper|caregiver|nanny|barista|bartender|waiter|waitress|"
    "busser|teller|banker|courier|paramedic|emt|medic|scribe|midwife|librarian|sergeant|corporal|"
    "lieutenant|captain|colonel|airman|soldier|infantryman|sailor|firefighter|detective|"
    # ("Permanency Planning Worker", "Package Handler", "HVAC Installer / Service Tech", "Front Desk",
    # a British newly qualified teacher's "NQT")
    "worker|handler|installer|tech|front desk|nqt|loader|packer|sorter|fitter|electrician's mate|"
    # ("Helper, Smith Carpentry Ltd", "Journeyman, IBEW Local 46")
    "helper|journeyman|journeyperson|"
    # (British and service-floor titles: "Warehouse Operative", "Kitchen Porter", "Team Member, Tesco")
    "operative|porter|cleaner|carer|steward|storeman|warehouseman|team member|crew member|merchandiser|"
    "stylist|hairdresser|lifeguard|concierge|hostess|"
    # (the trades, health, science and other professions: "Sonographer, Mayo Clinic", "Millwright - Ford";
    # not a surname or a business's plural: Baker, Mason, Farmers, Brokers, Chemist Warehouse)
    "phlebotomist|sonographer|radiographer|pipefitter|boilermaker|ironworker|roofer|bricklayer|landscaper|"
    "groundskeeper|arborist|lineman|lineworker|millwright|glazier|drywaller|underwriter|actuary|adjuster|"
    "appraiser|realtor|cosmetologist|esthetician|aesthetician|psychologist|dietitian|nutritionist|optometrist|"
    "dentist|surgeon|veterinarian|chiropractor|audiologist|superintendent|assembler|scheduler|clinician|"
    "practitioner|chaplain|pastor|counsellor|groomer|chauffeur|deckhand|dishwasher|florist|seamstress|jeweler|"
    "photographer|videographer|animator|illustrator|copywriter|journalist|reporter|archivist|curator|draftsman|"
    "drafter|treasurer|comptroller|economist|statistician|epidemiologist|biologist|physicist|geologist|"
    "hydrologist|ecologist|agronomist|registrar|trooper|"
    # (a law student's "Judicial Extern | Cook County Circuit Court", "Deputy Sheriff | Baker County Sheriff's Office")
    "extern|externship|sheriff|deputy|"
    "bailiff"
)
TITLE_WORD_LIST = f"{JOB_NOUN_LIST}|{_OTHER_TITLE_WORDS}"
# (and the accounting firms' rank after the service line: "Audit Senior | Deloitte", "Tax Senior, EY"; a
# restaurant's "Server, Olive Garden", "Studio 54 | Server", "Banquet Server": alone or after a word of
# the restaurant's, never after another word: "SQL Server", "Team Foundation Server", "database server")
_EXTRA_TITLES = (
    r"(?:audit|tax|assurance|advisory|accounting) senior|"
    r"(?:(?:banquet|cocktail|restaurant|lead|head|catering|food|dining|bar|buffet|breakfast|brunch|event) server"
    r"|(?<![A-Za-z] )server)(?!s|-side)"
)

# the segment of a title after its comma: a market segment ("Mid-Market", "SMB", "Enterprise", "Strategic
# Accounts"), a region ("EMEA", "North America", "DACH") or a product area ("Payments", "Growth"); one or two
# of them ("SMB & Mid-Market", "Enterprise, EMEA"). A firm's name never is one alone ("Enterprise Holdings" is)
_SEGMENT = (
    r"(?:SMB|SME|SMEs|Mid-?Market|Midmarket|Mid-Size|Enterprise|Commercial|Corporate|Strategic|Majors?|Emerging"
    r"|(?:Strategic|Key|Major|Named|Global|National|Enterprise|Commercial) Accounts|Public Sector|Federal|State & Local"
    r"|Higher Ed(?:ucation)?|EMEA|APAC|APJ|AMER|AMERICAS|LATAM|NA|NAM|North America|Americas|DACH|Nordics|Benelux"
    r"|UK&I|UKI|ANZ|US|U\.S\.|East|West|Central|Northeast|Northwest|Southeast|Southwest|Midwest"
    r"|Payments|Growth|Onboarding|Checkout|Lending|Cards|Fraud|Risk|Platform|Core|Consumer|Mobile|Ads|Search"
    r"|Self-Serve|Inbound|Outbound|New Business|Expansion|Renewals|Channel|Partners?)"
)
TITLE_SEGMENT = re.compile(rf"{_SEGMENT}(?:\s*(?:&|/|and)\s*{_SEGMENT})?")

# the pattern of JOB_NOUN_LIST, each singular or plural, for building larger patterns with
JOB_NOUNS = "|".join(f"{word}s?" for word in JOB_NOUN_LIST.split("|"))
JOB_WORD = re.compile(rf"\b(?:{JOB_NOUNS})\b", re.I)
# a word shaped like a job's noun, listed or not ("Sommelier", "Conveyancer"; also "Denver")
_ROLE_SHAPE = re.compile(r"\b\w{3,}(?:er|or|ist|ant|ent|ian|ive)s?\b", re.I)
_TOKEN = re.compile(r"\w+")


class _TitleWords:
    """Whether a text names a job title's word ("Nurse", "engineers"; "front desk"): the single
    words a set looked up word by word (a regex of some 300 alternatives tried at every position
    cost more than the rest of a job's reading), the list's phrases ("front desk", "co-founder")
    and ``extra`` (a pattern) a regex of their own."""

    def __init__(self, words: str, extra: str) -> None:
        listed = words.split("|")
        self.words = frozenset(w for w in listed if w.isalnum())
        phrases = [re.escape(w) for w in listed if not w.isalnum()]
        self.phrases = re.compile(rf"\b(?:{'|'.join([*phrases, extra])})s?\b", re.I)

    def search(self, text: str) -> bool:
        tokens = set(_TOKEN.findall(text.lower()))
        if not self.words.isdisjoint(tokens):
            return True
        if not self.words.isdisjoint({t[:-1] for t in tokens if t.endswith("s")}):
            return True
        return self.phrases.search(text) is not None


TITLE_WORDS = _TitleWords(TITLE_WORD_LIST, _EXTRA_TITLES)


def role_rank(text: str) -> int | None:
    """How surely a text (a cell of a title's row) names a role: 0 an office or technical job's noun
    ("Baker Hughes | Field Engineer"), 1 another listed title noun ("Denver | Housekeeper"), 2 only a
    word shaped like one ("Sommelier"); None for none."""
    if JOB_WORD.search(text):
        return 0
    if TITLE_WORDS.search(text):
        return 1
    return 2 if _ROLE_SHAPE.search(text) else None
