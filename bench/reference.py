"""The plain script a user would write instead of jobmatch: the benchmark's reference.

Read the files, fit scikit-learn's TF-IDF on them, take the cosine similarity of each resume to
each posting, add the overlap of a hand-made keyword list, print a CSV of scores (best first per
resume). No skill vocabulary, no requirement tiers, no evidence: the least a script does.

    python bench/reference.py RESUME_DIR_OR_FILE POSTING_DIR_OR_FILE > scores.csv
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

KEYWORDS = """python java javascript typescript go golang rust c++ c# ruby php scala kotlin swift sql
nosql postgresql postgres mysql mongodb redis elasticsearch kafka rabbitmq sqs spark hadoop airflow
docker kubernetes k8s terraform ansible aws azure gcp linux git jenkins ci/cd react angular vue node.js
django flask fastapi spring .net graphql rest grpc microservices distributed systems machine learning
pandas numpy tensorflow pytorch excel tableau power bi sap salesforce agile scrum jira devops security
testing selenium html css figma communication leadership teamwork nursing patient care""".split()
KEYWORDS += ["distributed systems", "machine learning", "power bi", "patient care", "system design"]
WORD = re.compile(r"[a-z0-9+#./]+")


def files(arg: str) -> list[Path]:
    path = Path(arg)
    return sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]


def keywords(text: str) -> set[str]:
    lower = text.lower()
    words = set(WORD.findall(lower))
    return {k for k in KEYWORDS if (k in lower if " " in k else k in words)}


def main(argv: list[str]) -> int:
    resumes, postings = files(argv[1]), files(argv[2])
    resume_texts = [p.read_text(encoding="utf-8", errors="replace") for p in resumes]
    posting_texts = [p.read_text(encoding="utf-8", errors="replace") for p in postings]
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = vectorizer.fit_transform(resume_texts + posting_texts)
    cosines = cosine_similarity(matrix[: len(resumes)], matrix[len(resumes) :])
    posting_keywords = [keywords(t) for t in posting_texts]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["resume", "posting", "score", "cosine", "keywords"])
    for i, (resume, text) in enumerate(zip(resumes, resume_texts, strict=True)):
        mine = keywords(text)
        rows = []
        for j, posting in enumerate(postings):
            asked = posting_keywords[j]
            overlap = len(asked & mine) / len(asked) if asked else 0.0
            score = 100 * (0.7 * overlap + 0.3 * min(1.0, cosines[i, j] / 0.5))
            rows.append((score, str(posting), cosines[i, j], len(asked & mine)))
        rows.sort(key=lambda r: -r[0])
        for score, posting, cosine, hits in rows:
            writer.writerow([str(resume), posting, f"{score:.1f}", f"{cosine:.4f}", hits])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
