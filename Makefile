# Every target that needs tools creates the virtualenv first, so `make test`
# and `make demo` work as the first command on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev
# The generator reads openapi.yaml prepared by scripts/prepare_spec.py (on a copy:
# the spec overlay openapi.overlay.yaml applied, the operation names in
# generator-names.yml pinned, vendor constructs normalised), never openapi.yaml itself.
GEN_ARGS := --config generator-config.yml \
            --custom-template-path generator-templates --meta none --fail-on-warning
PREPARE  := $(BIN)/python scripts/prepare_spec.py --spec openapi.yaml --overlay openapi.overlay.yaml \
            --names generator-names.yml
MERGED   := build/openapi.merged.yaml

.PHONY: setup generate check-generated lint format typecheck verifytypes pytest test spec-bump-check api-diff soak bench bench-quick bench-bulk demo clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required (found %s); run make PYTHON=python3.11" % sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Regenerate generated/twelvelabs_api from openapi.yaml. The generator runs ruff
# as a post-hook, so the venv's pinned ruff goes first on PATH.
generate: $(STAMP)
	$(PREPARE) --out $(MERGED)
	rm -rf generated/twelvelabs_api
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate $(GEN_ARGS) \
	    --path $(MERGED) --output-path generated/twelvelabs_api
	touch generated/twelvelabs_api/py.typed

# Regenerate into a temporary place; fail, naming the files, if generated/ differs.
check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PREPARE) --out "$$tmp/openapi.merged.yaml" && \
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate $(GEN_ARGS) \
	    --path "$$tmp/openapi.merged.yaml" --output-path "$$tmp/twelvelabs_api" >/dev/null && \
	touch "$$tmp/twelvelabs_api/py.typed" && \
	if diff -r -q -x __pycache__ "$$tmp/twelvelabs_api" generated/twelvelabs_api; then \
	    echo "generated/ is in sync with openapi.yaml, openapi.overlay.yaml and generator-names.yml"; \
	else \
	    echo "generated/ differs from what openapi.yaml, openapi.overlay.yaml and generator-names.yml produce (files above); run make generate" >&2; exit 1; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check overlay tests examples bench scripts
	$(BIN)/ruff format --check overlay tests examples bench scripts

format: $(STAMP)
	$(BIN)/ruff check --fix overlay tests examples bench scripts
	$(BIN)/ruff format overlay tests examples bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy scripts
	$(BIN)/python scripts/type_completeness.py --minimum 95
	$(BIN)/python scripts/check_user_code.py

# pyright --verifytypes: share of twelvelabs_sdk's public API with known types (>= 95%).
verifytypes: $(STAMP)
	$(BIN)/python scripts/type_completeness.py --minimum 95

pytest: $(STAMP)
	$(BIN)/pytest -q

test: check-generated lint typecheck pytest spec-bump-check api-diff

# Spec-bump rehearsal: plausible additive changes to a copy of openapi.yaml must pass
# the overlay's tests unchanged; removing an operation or field the SDK uses must fail
# them, naming it (scripts/spec_bump.py).
spec-bump-check: $(STAMP)
	$(BIN)/python scripts/spec_bump.py --generator-args "$(GEN_ARGS)"

# Public API (overlay and generated) of the working tree against API_DIFF_BASE
# (default: the last tag, else HEAD~1); fails on a breaking change CHANGELOG.md
# does not name under Unreleased (scripts/api_diff.py).
api-diff: $(STAMP)
	$(BIN)/python scripts/api_diff.py $(if $(API_DIFF_BASE),--against $(API_DIFF_BASE))

# The reliability suite (tests/reliability, also part of `make test`) at ten times its
# counts: 10,000 fault-mix calls, 100,000 sequential calls... Figures at the end.
SOAK_SCALE ?= 10
soak: $(STAMP)
	RELIABILITY_SCALE=$(SOAK_SCALE) $(BIN)/pytest -q -m reliability tests/reliability

# Benchmarks run in their own virtualenv: the official SDK they compare against is
# never installed next to ours.
BENCH_VENV  ?= .bench-venv
BENCH_STAMP := $(BENCH_VENV)/.installed-bench

$(BENCH_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required (found %s); run make PYTHON=python3.11" % sys.version.split()[0])'
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet -e . "twelvelabs==1.3.6"
	touch $(BENCH_STAMP)

# About 5 minutes on 2 cores; writes BENCHMARKS.md. `make bench-quick` (about 2 minutes:
# fewer rounds, smaller inputs) prints its report instead; BENCH_ARGS passes scenario
# names or --output PATH through (python -m bench --help).
bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python -m bench $(BENCH_ARGS)

bench-quick: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python -m bench --quick $(BENCH_ARGS)

# Bulk indexing figures against the fake server (throughput, rate, 20 SIGKILLed runs,
# a 10,000-item manifest): bench/bulk.py; results go into BENCHMARKS.md by hand.
bench-bulk: $(STAMP)
	$(BIN)/python -m bench.bulk

demo: $(STAMP)
	$(BIN)/python examples/quickstart.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) build dist .mypy_cache .pytest_cache .ruff_cache
