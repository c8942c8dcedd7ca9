"""The built vocabulary index is cached between runs, keyed by the vocabulary files' bytes."""

from __future__ import annotations

import os

from jobmatch import vocabulary
from jobmatch.vocabulary import Vocabulary


def _fresh(monkeypatch, folder):
    monkeypatch.setenv("JOBMATCH_CACHE_DIR", str(folder))
    vocabulary._load_cached.cache_clear()


def test_cache_is_written_then_used(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    built = Vocabulary.load()
    files = list(tmp_path.glob("vocabulary-*.pickle"))
    assert len(files) == 1
    vocabulary._load_cached.cache_clear()
    cached = Vocabulary.load()
    assert cached is not built and len(cached) == len(built)
    assert cached.lookup("k8s").name == "Kubernetes"
    vocabulary._load_cached.cache_clear()


def test_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    Vocabulary.load()
    (cache,) = tmp_path.glob("vocabulary-*.pickle")
    cache.write_bytes(b"not a pickle")
    vocabulary._load_cached.cache_clear()
    assert Vocabulary.load().lookup("Postgres").name == "PostgreSQL"
    vocabulary._load_cached.cache_clear()


def test_user_vocabulary_gets_its_own_cache_entry(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path / "cache")
    extra = tmp_path / "mine.toml"
    extra.write_text('[[skill]]\nname = "Snowpark"\ncategory = "data"\n', encoding="utf-8")
    assert Vocabulary.load().get("Snowpark") is None
    assert Vocabulary.load([extra]).get("Snowpark") is not None
    extra.write_text('[[skill]]\nname = "Snowpipe"\ncategory = "data"\n', encoding="utf-8")
    vocabulary._load_cached.cache_clear()
    changed = Vocabulary.load([extra])
    assert changed.get("Snowpipe") is not None and changed.get("Snowpark") is None
    assert len(list((tmp_path / "cache").glob("vocabulary-*.pickle"))) == 3
    vocabulary._load_cached.cache_clear()


def test_cache_can_be_turned_off(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setenv("JOBMATCH_NO_CACHE", "1")
    Vocabulary.load()
    assert not list(tmp_path.glob("*"))
    vocabulary._load_cached.cache_clear()


def test_the_cache_key_loads_no_openssl(tmp_path):
    """hashlib would map OpenSSL into every run (~3 MB, ~3 ms) for a key no one forges."""
    import subprocess
    import sys

    code = "import sys; from jobmatch.vocabulary import Vocabulary; Vocabulary.load(); print('_hashlib' in sys.modules)"
    env = {**os.environ, "JOBMATCH_CACHE_DIR": str(tmp_path)}
    for _ in range(2):  # the run that writes the cache, then the one that reads it
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        assert out.stdout.strip() == "False"
    assert len(list(tmp_path.glob("vocabulary-*.pickle"))) == 1
