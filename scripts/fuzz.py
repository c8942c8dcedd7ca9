"""`make fuzz`: the property tests with many more examples than `make test` runs, for a time budget.

Each pass runs the property tests (tests/test_properties.py) under the hypothesis profile "fuzz"
(JOBMATCH_FUZZ_EXAMPLES examples per test, 10 s at most per example, so that a hang is a failure
too) with fresh random examples; passes repeat until the budget is spent. The first failure
stops the run with pytest's report; hypothesis keeps the failing example in .hypothesis/, so
`make test` replays it until it is fixed.

    python scripts/fuzz.py --minutes 10 [--examples 2000] [pytest arguments...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/test_properties.py"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=float(os.environ.get("FUZZ_MINUTES", "10")))
    parser.add_argument("--examples", type=int, default=int(os.environ.get("FUZZ_EXAMPLES", "2000")))
    args, pytest_args = parser.parse_known_args(argv)
    budget = args.minutes * 60
    env = {**os.environ, "HYPOTHESIS_PROFILE": "fuzz", "JOBMATCH_FUZZ_EXAMPLES": str(args.examples)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *(pytest_args or TESTS)]
    started = time.monotonic()
    passes = 0
    longest = 0.0
    while True:
        elapsed = time.monotonic() - started
        left = budget - elapsed
        if passes and left < longest:
            break  # another pass would overrun the budget
        passes += 1
        print(f"fuzz: pass {passes}, {args.examples} examples per property, {elapsed / 60:.1f} of {args.minutes:g} min")
        sys.stdout.flush()
        began = time.monotonic()
        try:
            # a pass that runs far past its share of the budget is stuck somewhere: a failure
            code = subprocess.run(command, cwd=ROOT, env=env, timeout=max(left, longest) * 2 + 120).returncode
        except subprocess.TimeoutExpired:
            print(f"fuzz: pass {passes} did not finish: something hangs")
            return 1
        longest = max(longest, time.monotonic() - began)
        if code != 0:
            print(f"fuzz: pass {passes} failed (exit {code}); the failing example is kept in .hypothesis/")
            return code
    minutes = (time.monotonic() - started) / 60
    print(f"fuzz: clean: {passes} passes of {args.examples} examples per property in {minutes:.1f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
