#!/usr/bin/env bash
# Installs Debian packages for the tests unless a command they provide is already on PATH.
#   bash .ci/apt-install.sh <command> <package>...
# Never starts a service: tests start their own servers on free ports.
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 <command> <package>..." >&2
  exit 2
fi
CHECK="$1"
shift

if command -v "$CHECK" >/dev/null 2>&1; then
  echo "$CHECK already installed: $(command -v "$CHECK")"
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
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "$@"
if ! command -v "$CHECK" >/dev/null 2>&1; then
  echo "installed $* but '$CHECK' is still not on PATH" >&2
  exit 1
fi
echo "installed: $(command -v "$CHECK")"
