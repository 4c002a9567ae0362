#!/usr/bin/env bash
# Debian's clickhouse-server (18.16) for the store's transport tests
# (collector/src/store/clickhouse-store.test.ts); the tests start their own server.
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" clickhouse-server clickhouse-server clickhouse-client
