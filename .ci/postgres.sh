#!/usr/bin/env bash
# Start a throwaway PostgreSQL server (Debian's packages) for the storage tests; prints the SQLAlchemy URL.
# Usage: export FAIRMT_TEST_DATABASE_URL=$(bash .ci/postgres.sh)
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
fi
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
dir=$(mktemp -d /tmp/fairmt-pg.XXXX)
chown postgres "$dir"
runuser -u postgres -- "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-c listen_addresses='' -k $dir -p 5439" start >/dev/null
runuser -u postgres -- "$bin/createdb" -h "$dir" -p 5439 fairmt_test
echo "postgresql+psycopg://postgres@/fairmt_test?host=$dir&port=5439"
