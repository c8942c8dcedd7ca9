"""The README's usage blocks are the CLI's --help, word for word (refresh with `make readme`)."""

from __future__ import annotations

from scripts.update_readme import README, block, help_blocks


def test_readme_usage_matches_help():
    blocks = help_blocks(README.read_text(encoding="utf-8"))
    commands = [command for command, _ in blocks]
    assert "jobmatch --help" in commands and "jobmatch match --help" in commands and "jobmatch diff --help" in commands
    for command, written in blocks:
        assert written == block("help", command), f"README's `{command}` is out of date: run `make readme`"
