"""The README's usage blocks are the CLI's --help, word for word (refresh with `make readme`)."""

from __future__ import annotations

from scripts.update_readme import README, block, help_blocks


def test_readme_usage_matches_help():
    blocks = help_blocks(README.read_text(encoding="utf-8"))
    commands = [command for command, _ in blocks]
    assert "jobmatch --help" in commands and "jobmatch match --help" in commands and "jobmatch diff --help" in commands
    for command, written in blocks:
        assert written == block("help", command), f"README's `{command}` is out of date: run `make readme`"


def test_readme_csv_examples_are_what_the_cli_writes():
    """The README's shortened CSV examples ("$ jobmatch ... -f csv", rows cut with ",...") hold the
    real output's beginnings: counts there went stale once (QA cli #16)."""
    import csv
    import io
    import re
    import shlex

    from typer.testing import CliRunner

    from jobmatch.cli import app
    from tests.conftest import ROOT

    text = README.read_text(encoding="utf-8")
    examples = re.findall(r"```text\n\$ (jobmatch [^\n]* -f csv)\n(.*?)```", text, flags=re.S)
    assert len(examples) >= 2
    for command, shown in examples:
        args = [a.replace("'", "") for a in shlex.split(command)[1:]]
        result = CliRunner().invoke(app, [str(ROOT / a) if a.startswith("fixtures/") else a for a in args])
        assert result.exit_code == 0, result.stderr
        real = [",".join(row) for row in csv.reader(io.StringIO(result.stdout.replace(str(ROOT) + "/", "")))]
        for number, line in enumerate(shown.splitlines()):
            if line == "...":
                continue
            assert real[number].startswith(line.removesuffix("...").removesuffix(",")), (command, line, real[number])
