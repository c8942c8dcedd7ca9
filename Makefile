# jobmatch: `make demo` and `make test` work on a fresh clone; they create .venv themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test fuzz eval bench bench-hostile lint fixtures vocab idf clean help golden test-browser readme

help:
	@echo "make demo      run jobmatch on the fixture resumes and postings"
	@echo "make test      run the test suite"
	@echo "make fuzz      the property tests with many more examples, for FUZZ_MINUTES (10)"
	@echo "make eval      print extraction quality against the gold labels"
	@echo "make bench     jobmatch at scale beside a plain scikit-learn script and the read+tokenise floor"
	@echo "make bench-hostile  CPU time of resume, posting and match on hostile file shapes (one 1 MB line, ...)"
	@echo "make lint      ruff and mypy"
	@echo "make golden    rewrite the golden report files (tests/golden/) after a deliberate change"
	@echo "make test-browser  render the HTML report in headless Chromium and check it (installs chromium)"
	@echo "make readme    refresh the README's --help copies and demo capture"
	@echo "make fixtures  re-render the fixture resumes: Typst PDFs and the renderings (see README)"
	@echo "make vocab     rebuild jobmatch/data/skills.json from vocab/"
	@echo "make idf       rebuild jobmatch/data/idf.json from the reference corpus"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev,dask]"
	@touch $(STAMP)

demo: $(STAMP)
	@for r in strong_backend partial_frontend unrelated_nurse; do \
		echo "=== fixtures/resumes/$$r.pdf"; \
		$(VENV)/bin/jobmatch match fixtures/resumes/$$r.pdf fixtures/postings/ || exit $$?; \
	done
	@echo "=== jobmatch diff: fixtures/resumes/partial_frontend.pdf -> versions/partial_frontend_v2.pdf"
	@$(VENV)/bin/jobmatch diff fixtures/resumes/partial_frontend.pdf fixtures/resumes/versions/partial_frontend_v2.pdf fixtures/postings/

test: $(STAMP)
	$(PY) -m pytest -q

# The property tests (tests/test_properties.py) with FUZZ_EXAMPLES examples each, pass after pass
# of fresh random examples until FUZZ_MINUTES are spent; stops at the first failure.
FUZZ_MINUTES ?= 10
FUZZ_EXAMPLES ?= 2000
fuzz: $(STAMP)
	$(PY) scripts/fuzz.py --minutes $(FUZZ_MINUTES) --examples $(FUZZ_EXAMPLES)

golden: $(STAMP)
	$(PY) -m pytest -q tests/test_reports.py --update-golden

# Not part of `make test` or CI: needs Debian's chromium (installed here when missing).
test-browser: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium; }
	$(PY) scripts/check_html.py --out build/browser

readme: $(STAMP)
	$(PY) scripts/update_readme.py

eval: $(STAMP)
	$(PY) scripts/eval.py

lint: $(STAMP)
	$(VENV)/bin/ruff check jobmatch tests scripts bench
	$(VENV)/bin/mypy jobmatch

# The renderings also need Debian's libreoffice-writer-nogui, texlive-latex-base,
# texlive-latex-recommended, chromium, enscript and ghostscript (see the README).
fixtures: $(STAMP)
	$(PY) -m pip install --quiet -e ".[fixtures]"
	$(PY) scripts/render_resumes.py
	$(PY) scripts/render_renderings.py

vocab: $(STAMP)
	$(PY) scripts/build_vocab.py

idf: $(STAMP)
	$(PY) scripts/build_idf.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

bench: $(STAMP)
	$(PY) bench/bench.py

bench-hostile: $(STAMP)
	$(PY) bench/hostile.py
