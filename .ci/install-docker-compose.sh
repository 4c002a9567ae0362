#!/usr/bin/env bash
# Debian's docker-compose (1.29) for test/compose.test.ts, which validates docker-compose.yml with
# `docker-compose config -q` (no Docker engine needed).
set -euo pipefail
exec bash "$(dirname "$0")/apt-install.sh" docker-compose docker-compose
