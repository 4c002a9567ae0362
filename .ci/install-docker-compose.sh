#!/usr/bin/env bash
# Installs Debian's docker-compose (1.29) for test/compose.test.ts, which validates docker-compose.yml
# with `docker-compose config -q` (no Docker engine needed). Idempotent: does nothing when
# docker-compose is already on PATH. Starts no service.
set -euo pipefail

if command -v docker-compose >/dev/null 2>&1; then
  echo "docker-compose already installed: $(command -v docker-compose)"
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
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends docker-compose
echo "installed: $(command -v docker-compose)"
