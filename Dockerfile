# Serving image: ctranslate2 + sentencepiece + the web stack + Apertium's analysers (gender checks); no torch.
# Docker cannot run where fairmt is developed, so every step below is one that `make image-smoke` runs
# (the same wheel, the same clean install, the same system packages as `make system-deps`, the same
# start command and readiness probe) and CI tests.

# --- build: one wheel of fairmt, exactly as `make image-smoke` builds it ---
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY fairmt ./fairmt
COPY mt_core ./mt_core
COPY app ./app
COPY training ./training
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

# --- runtime: the wheel, its serving dependencies, the default model; runs as an unprivileged user ---
FROM python:3.11-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    FAIRMT_HOST=0.0.0.0 \
    FAIRMT_MODEL_DIR=/srv/fairmt/models/fairmt-en-es \
    FAIRMT_DATABASE_URL=sqlite:////srv/fairmt/var/fairmt.db
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends apertium apertium-eng-spa lttoolbox libjemalloc2 \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /srv/fairmt fairmt
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /srv/fairmt
COPY models/fairmt-en-es/manifest.json models/fairmt-en-es/spm.model ./models/fairmt-en-es/
COPY models/fairmt-en-es/ct2 ./models/fairmt-en-es/ct2
RUN mkdir var && chown fairmt:fairmt var
VOLUME /srv/fairmt/var
USER fairmt
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/ready', timeout=4)"
CMD ["fairmt", "serve", "--host", "0.0.0.0", "--port", "8000"]
