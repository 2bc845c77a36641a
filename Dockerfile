# Serving image: ctranslate2 + sentencepiece + the web stack, no torch.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 FAIRMT_HOST=0.0.0.0
WORKDIR /srv/fairmt
COPY pyproject.toml README.md ./
COPY fairmt ./fairmt
COPY mt_core ./mt_core
COPY app ./app
COPY training ./training
RUN pip install --no-cache-dir .
COPY models/fairmt-en-es/manifest.json models/fairmt-en-es/spm.model ./models/fairmt-en-es/
COPY models/fairmt-en-es/ct2 ./models/fairmt-en-es/ct2
ENV FAIRMT_MODEL_DIR=/srv/fairmt/models/fairmt-en-es
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/ready')"
USER nobody
CMD ["fairmt", "serve", "--host", "0.0.0.0", "--port", "8000"]
