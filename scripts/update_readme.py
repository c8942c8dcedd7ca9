"""`make readme`: refresh the generated blocks of README.md.

* ``<!-- BEGIN help: ARGS -->`` ... ``<!-- END help -->``: the output of ``jobmatch ARGS`` (a
  ``--help``), so the README's usage cannot drift from the CLI (tests/test_readme.py checks it);
* ``<!-- BEGIN demo: ARGS -->`` ... ``<!-- END demo -->``: a text capture of the rich report of
  ``jobmatch ARGS`` on the fixtures (100 columns, no colour). Not checked by the tests: it
  changes whenever the vocabulary does, and is refreshed with this script.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- BEGIN (help|demo): (.+?) -->\n)(.*?)(<!-- END \2 -->)", re.S)


def run_cli(args: list[str]) -> str:
    """The standard output of ``jobmatch ARGS`` run in the repository, as a user sees it in a
    pipe (the table at 100 columns, without colour)."""
    import os

    from typer.testing import CliRunner

    from jobmatch.cli import app

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(app, args, env={"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"})
    finally:
        os.chdir(cwd)
    if result.exit_code != 0:
        raise RuntimeError(f"jobmatch {' '.join(args)} exited {result.exit_code}: {result.stderr}")
    return "\n".join(line.rstrip() for line in result.stdout.splitlines())


def block(kind: str, command: str) -> str:
    args = shlex.split(command)
    assert args[0] == "jobmatch", command
    return f"```text\n$ {command}\n{run_cli(args[1:])}\n```\n"


def refresh(text: str, kinds: tuple[str, ...] = ("help", "demo")) -> str:
    def replace(m: re.Match[str]) -> str:
        if m.group(2) not in kinds:
            return m.group(0)
        return m.group(1) + block(m.group(2), m.group(3)) + m.group(5)

    return BLOCK.sub(replace, text)


def help_blocks(text: str) -> list[tuple[str, str]]:
    """(command, block as written in the README) for every help block."""
    return [(m.group(3), m.group(4)) for m in BLOCK.finditer(text) if m.group(2) == "help"]


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = refresh(text)
    if new != text:
        README.write_text(new, encoding="utf-8")
        print("README.md updated")
    else:
        print("README.md up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
