#!/usr/bin/env bash
# Load on the workshop, in a release build: teams of members saving answers concurrently against
# `participe serve` on loopback, for a while; prints saves acknowledged, latency percentiles, errors,
# saves found in the database afterwards (lost = acknowledged but missing) and the server's peak memory.
# Usage: scripts/bench-workshop.sh [teams] [members] [seconds] [mean seconds between saves of a member]
# (figures are recorded in docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product participe >/dev/null
swift build -c release --product participe-bench >/dev/null
.build/release/participe-bench workshop-load --server .build/release/participe --templates Templates \
    --teams "${1:-50}" --members "${2:-5}" --duration "${3:-60}" --interval "${4:-1}"
