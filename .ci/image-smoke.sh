#!/usr/bin/env bash
# The Dockerfile's steps without Docker (no engine on this machine): the same wheel, a clean install of it
# with its serving dependencies only, the default model's serving files copied the same way, the same start
# command as an unprivileged process, and the HEALTHCHECK's readiness probe. Fails on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" wheel -q --no-cache-dir --no-deps --wheel-dir "$work/wheels" .
"$work/venv/bin/pip" install -q "$work"/wheels/*.whl
if "$work/venv/bin/python" -c "import torch" 2>/dev/null; then echo "torch leaked into the serving install"; exit 1; fi
mkdir -p "$work/srv/models/fairmt-en-es" "$work/srv/var"
cp models/fairmt-en-es/manifest.json models/fairmt-en-es/spm.model "$work/srv/models/fairmt-en-es/"
cp -r models/fairmt-en-es/ct2 "$work/srv/models/fairmt-en-es/ct2"
port=$("$work/venv/bin/python" -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
cd "$work/srv"
FAIRMT_MODEL_DIR="$work/srv/models/fairmt-en-es" FAIRMT_DATABASE_URL="sqlite:///$work/srv/var/fairmt.db" \
  "$work/venv/bin/fairmt" serve --host 127.0.0.1 --port "$port" &
server=$!
for _ in $(seq 120); do
  "$work/venv/bin/python" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/ready', timeout=4)" \
    2>/dev/null && break
  sleep 1
done
"$work/venv/bin/python" - "$port" <<'PY'
import json, sys, urllib.request
port = sys.argv[1]
request = urllib.request.Request(
    f"http://127.0.0.1:{port}/v1/translate",
    data=json.dumps({"text": ["The house is red.\n\nIt is big."], "target_gender": "feminine"}).encode(),
    headers={"content-type": "application/json"},
)
body = json.load(urllib.request.urlopen(request, timeout=30))
text = body["translations"][0]["text"]
assert "\n\n" in text and body["model"]["name"], body
print("image smoke test: ready, translated:", json.dumps(text, ensure_ascii=False))
PY
if ls /usr/lib/*/libjemalloc.so.2 >/dev/null 2>&1; then
  grep -q libjemalloc "/proc/$server/maps" || { echo "image smoke test: fairmt serve is not running on jemalloc"; exit 1; }
  echo "image smoke test: fairmt serve runs on jemalloc"
fi
