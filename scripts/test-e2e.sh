#!/usr/bin/env bash
# The end-to-end suite in two passes. Specs that bound how long something may take (a database
# outage or freeze, the concurrency limits, several API processes, start-up with the demo data,
# shut-down, other requests during a clustering, the Lighthouse scores) run one at a time with
# nothing beside them, so that another spec's load cannot push them past their bounds: the CLI
# spec's demo load, thousands of writes, took four minutes beside other specs on the PostgreSQL
# backend and half a minute alone. The rest run two at a time: they mostly wait on the API, the
# database and the browser, and the suite did not fit CI's time one spec at a time.
# Options go to both passes (scripts/test-postgres.sh adds an ignore pattern). Paths do not: jest
# reads them as more values of the array option before them. For a few specs, call jest directly:
# `npx jest -c test/jest-e2e.config.js test/voting-integrity`.
set -euo pipefail
cd "$(dirname "$0")/.."
timed='/test/(database-fault|database-freeze|similar-proposals-limits|graceful-shutdown|embedded-database|cli|workbench|two-processes|redis|load-balancer|start|incremental-build|lighthouse\.web)\.e2e-spec\.ts$'
npx jest -c test/jest-e2e.config.js --maxWorkers=2 --passWithNoTests --testPathIgnorePatterns "$timed" "$@"
npx jest -c test/jest-e2e.config.js --runInBand --passWithNoTests --testPathPatterns "$timed" "$@"
