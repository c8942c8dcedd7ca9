"""`make bench`: start-up, vocabulary and extraction costs, and end-to-end throughput.

Timings are medians of several runs on this machine; nothing here is asserted by the tests.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTINGS = sorted((ROOT / "fixtures" / "postings").iterdir())
RESUME = ROOT / "fixtures" / "resumes" / "strong_backend.txt"


def median_seconds(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def subprocess_seconds(args: list[str], repeat: int = 5) -> float:
    return median_seconds(lambda: subprocess.run(args, check=True, capture_output=True), repeat)


def main() -> int:
    py = sys.executable
    rows: list[tuple[str, str]] = []
    rows.append(("python -c pass", f"{subprocess_seconds([py, '-c', 'pass']) * 1000:.0f} ms"))
    rows.append(("import jobmatch.cli", f"{subprocess_seconds([py, '-c', 'import jobmatch.cli']) * 1000:.0f} ms"))
    rows.append(("jobmatch --help", f"{subprocess_seconds([py, '-m', 'jobmatch', '--help']) * 1000:.0f} ms"))
    single = [py, "-m", "jobmatch", "match", str(RESUME), str(POSTINGS[0]), "-f", "json"]
    rows.append(("jobmatch match (1 resume x 1 posting)", f"{subprocess_seconds(single, 3) * 1000:.0f} ms"))

    import os

    from jobmatch.extract import extract_skills
    from jobmatch.vocabulary import Vocabulary, _load_cached

    def load_vocab() -> None:
        _load_cached.cache_clear()
        Vocabulary.load()

    os.environ["JOBMATCH_NO_CACHE"] = "1"
    rows.append(("load + build the vocabulary index", f"{median_seconds(load_vocab) * 1000:.1f} ms"))
    del os.environ["JOBMATCH_NO_CACHE"]
    load_vocab()  # make sure the cache exists
    rows.append(("load the vocabulary index from its cache", f"{median_seconds(load_vocab) * 1000:.1f} ms"))
    vocab = Vocabulary.load()
    text = POSTINGS[0].read_text(encoding="utf-8")[:3072]
    extract_skills(text, vocab)  # warm the fuzzy cache, as a long run would
    per = median_seconds(lambda: extract_skills(text, vocab), 20)
    rows.append((f"extract skills from a {len(text.encode()) // 1024} KB posting", f"{per * 1000:.2f} ms"))

    from jobmatch import api

    api.match(str(RESUME), [str(p) for p in POSTINGS])
    tracemalloc.start()
    n = 40
    start = time.perf_counter()
    api.match(str(RESUME), [str(p) for p in POSTINGS] * (n // len(POSTINGS)))
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    figures = f"{n / elapsed:.0f} postings/s, peak {peak / 2**20:.1f} MiB traced"
    rows.append((f"in-process: 1 resume x {n} postings", figures))

    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
