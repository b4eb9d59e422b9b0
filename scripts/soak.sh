#!/usr/bin/env bash
# The chaos soak with many operations: the real client against the faulty sandbox in both dialects, then the table
# of what happened (operations, creates and what the user was told of each, errors by kind, and the columns that
# must stay 0: duplicates, lost silently, hangs, answered twice).
# Usage: scripts/soak.sh [OPERATIONS]   (per dialect; default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
export AURA_SOAK_OPERATIONS="${1:-2000}"
scripts/build.sh ci
QT_QPA_PLATFORM=offscreen build/ci/tests/api/tst_soak -silent 2>&1 | grep -E '^soak|FAIL|Totals'
