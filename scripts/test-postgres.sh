#!/usr/bin/env bash
# The end-to-end suite once more, with the embedded FerretDB on its PostgreSQL backend: a fresh
# database on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust authentication, as
# on our machines; PGHOST, PGPORT and PGUSER override), dropped afterwards. The browser specs
# (web.e2e-spec.ts, *.web.e2e-spec.ts) are left out: they test the web client, whose requests
# the API specs already make against this backend, and would double the time of the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
if ! pg_isready -q; then
  echo "PostgreSQL does not answer on $PGHOST:$PGPORT; start it (pg_ctlcluster <version> main start) and run again." >&2
  exit 1
fi
database="kabinet_e2e_$$"
createdb "$database"
trap 'dropdb --if-exists "$database"' EXIT
E2E_POSTGRESQL_URL="postgres://$PGUSER@$PGHOST:$PGPORT/$database" bash scripts/test-e2e.sh --testPathIgnorePatterns '[./]web\.e2e-spec\.ts$' "$@"
