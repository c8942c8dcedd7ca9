"""``python -m jobmatch`` and the ``jobmatch`` console script.

Importing the CLI takes a few tens of milliseconds; a Ctrl-C that lands then still gets the
one-line answer and exit code 130 rather than a traceback.
"""

from __future__ import annotations

import sys


def run() -> None:
    try:
        from jobmatch.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("jobmatch: interrupted\n")
        raise SystemExit(130) from None
    main()


if __name__ == "__main__":
    run()
