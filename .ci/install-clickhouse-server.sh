#!/usr/bin/env bash
# Installs Debian's clickhouse-server/clickhouse-client packages for the store's transport tests
# (collector/src/store/clickhouse-store.test.ts). Idempotent: does nothing when the server binary
# is already present. Never starts a service: the tests start their own server on free ports with
# a temporary config and data directory.
set -euo pipefail

if command -v clickhouse-server >/dev/null 2>&1 || [ -x /usr/bin/clickhouse-server ]; then
  echo "clickhouse-server already installed: $(command -v clickhouse-server || echo /usr/bin/clickhouse-server)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# policy-rc.d exit 101 tells invoke-rc.d not to start services during package installation.
POLICY=/usr/sbin/policy-rc.d
CREATED_POLICY=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod +x "$POLICY"
  CREATED_POLICY=1
fi
cleanup() { if [ "$CREATED_POLICY" -eq 1 ]; then $SUDO rm -f "$POLICY"; fi; }
trap cleanup EXIT

$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y clickhouse-server clickhouse-client
echo "installed: $(command -v clickhouse-server)"
