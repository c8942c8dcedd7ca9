"""The benchmark's floor: only read every file and split it into words, in one process.

The least any tool that looks at the words must do: read the bytes, decode them, lower-case them
and find the words (jobmatch's similarity tokeniser). Prints the number of words.

    python bench/floor.py DIR_OR_FILE...
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

WORD = re.compile(r"(?u)\b[a-z][a-z0-9+#]*(?:\.[a-z0-9]+)*")


def main(argv: list[str]) -> int:
    words = 0
    for arg in argv[1:]:
        path = Path(arg)
        for file in sorted(path.iterdir()) if path.is_dir() else [path]:
            words += len(WORD.findall(file.read_bytes().decode("utf-8", "replace").lower()))
    print(words)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
