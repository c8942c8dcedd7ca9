"""The fast paths after parsing (and of the loading before it) give what the plain definitions
give: the directory listing and suffixes without Path objects, ..."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jobmatch import loaders
from jobmatch.loaders import POSTING_SUFFIXES, RESUME_SUFFIXES


def _listing_with_paths(directory: str, suffixes: tuple[str, ...]) -> list[str]:
    """The definition: what the listing was made of before (a Path per entry)."""
    found = []
    for p in Path(directory).iterdir():
        if p.suffix.lower() not in suffixes:
            continue
        if p.is_file() or (p.is_symlink() and not p.exists()):
            found.append(str(p))
    return sorted(found)


def test_the_directory_listing_is_the_path_listing(tmp_path, monkeypatch):
    folder = tmp_path / "postings"
    folder.mkdir()
    for name in ("b.txt", "a.MD", "c.markdown", ".md", "d.", "e.pdf", "f.txt.bak", "..txt", "g h.txt"):
        (folder / name).write_text("Python\n", encoding="utf-8")
    (folder / "sub.txt").mkdir()  # a directory with a matching name is not a file
    (folder / "broken.txt").symlink_to(folder / "missing.txt")  # listed: reading it says what is wrong
    (folder / "loop.md").symlink_to(folder / "loop.md")
    (folder / "link.txt").symlink_to(folder / "b.txt")
    monkeypatch.chdir(tmp_path)
    for directory in (str(folder), "postings", "./postings", "postings/", "postings//", "./postings/../postings"):
        for suffixes in (POSTING_SUFFIXES, RESUME_SUFFIXES):
            assert loaders._directory_files(directory, suffixes) == _listing_with_paths(directory, suffixes)
    monkeypatch.chdir(folder)
    assert loaders._directory_files(".", POSTING_SUFFIXES) == _listing_with_paths(".", POSTING_SUFFIXES)
    assert "b.txt" in loaders._directory_files(".", POSTING_SUFFIXES)


def test_a_directory_that_cannot_be_listed_is_an_input_error(tmp_path):
    with pytest.raises(loaders.InputFileError, match="no such file"):
        loaders._directory_files(str(tmp_path / "missing"), POSTING_SUFFIXES)


@pytest.mark.parametrize(
    "path",
    ["a.txt", "dir/a.MD", "/x/y/.md", "a.", "a", "..txt", "dir/", "dir/.", "dir/..", "a.md/", "a/b.c/d", ".", ""],
)
def test_the_suffix_is_the_path_suffix(path):
    assert loaders._path_suffix(path) == Path(path).suffix
    assert loaders._suffix(os.path.basename(path)) == Path(os.path.basename(path) or ".").suffix
