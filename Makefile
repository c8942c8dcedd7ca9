# jobmatch: `make demo` and `make test` work on a fresh clone; they create .venv themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test eval bench lint fixtures vocab idf clean help

help:
	@echo "make demo      run jobmatch on the fixture resumes and postings"
	@echo "make test      run the test suite"
	@echo "make eval      print extraction quality against the gold labels"
	@echo "make bench     start-up, vocabulary, extraction and throughput figures"
	@echo "make lint      ruff and mypy"
	@echo "make fixtures  re-render the fixture resume PDFs (needs the typst package)"
	@echo "make vocab     rebuild jobmatch/data/skills.json from vocab/"
	@echo "make idf       rebuild jobmatch/data/idf.json from the reference corpus"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev]"
	@touch $(STAMP)

demo: $(STAMP)
	@for r in strong_backend partial_frontend unrelated_nurse; do \
		echo "=== fixtures/resumes/$$r.pdf"; \
		$(VENV)/bin/jobmatch match fixtures/resumes/$$r.pdf fixtures/postings/ || exit $$?; \
	done

test: $(STAMP)
	$(PY) -m pytest -q

eval: $(STAMP)
	$(PY) scripts/eval.py

lint: $(STAMP)
	$(VENV)/bin/ruff check jobmatch tests scripts
	$(VENV)/bin/mypy jobmatch

fixtures: $(STAMP)
	$(PY) -m pip install --quiet -e ".[fixtures]"
	$(PY) scripts/render_resumes.py

vocab: $(STAMP)
	$(PY) scripts/build_vocab.py

idf: $(STAMP)
	$(PY) scripts/build_idf.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

bench: $(STAMP)
	$(PY) bench/bench.py
