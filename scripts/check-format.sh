#!/usr/bin/env bash
# Fails if any C++ file differs from .clang-format. With --fix, formats them in place.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
    echo "$files" | xargs clang-format -i
    exit 0
fi
echo "$files" | xargs clang-format --dry-run --Werror
