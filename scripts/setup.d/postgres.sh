#!/usr/bin/env bash
# A real PostgreSQL on loopback for the store suite, the end-to-end digest tests and the
# crash test against PostgreSQL (issue 13): a new cluster under target/pg-test, started
# with scripts/pg-local. Exports NGHIQUYET_TEST_POSTGRES (the URL of an empty database
# whose user may create more) and NGHIQUYET_TEST_POSTGRES_CA (the CA file that verifies
# the server's certificate) through $NGHIQUYET_TEST_ENV, and registers the server's
# stop in $NGHIQUYET_TEST_TEARDOWN, which scripts/test runs on exit. Idempotent: a
# server left by an interrupted run is stopped and replaced.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$PWD/target/pg-test"
url="$(scripts/pg-local start "$dir" nghiquyet_test)"
echo "postgres: $url"
if [ -n "${NGHIQUYET_TEST_ENV:-}" ]; then
    echo "export NGHIQUYET_TEST_POSTGRES=$url" >> "$NGHIQUYET_TEST_ENV"
    echo "export NGHIQUYET_TEST_POSTGRES_CA=$(scripts/pg-local ca "$dir")" >> "$NGHIQUYET_TEST_ENV"
fi
if [ -n "${NGHIQUYET_TEST_TEARDOWN:-}" ]; then
    echo "'$PWD/scripts/pg-local' stop '$dir'" >> "$NGHIQUYET_TEST_TEARDOWN"
fi
