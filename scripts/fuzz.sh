#!/usr/bin/env bash
# Fuzzes every response parser with libFuzzer (clang, ASan/UBSan), each target for SECONDS (default 60), starting
# from the seed corpus in tests/fuzz/corpus/<family>/ with the dictionary tests/fuzz/aura.dict. New inputs go to
# build/fuzz/corpus/<family>/ (kept between runs, never into the repository); a crash leaves its input in
# build/fuzz/crashes/ and fails the script. For hours: scripts/fuzz.sh 3600 (or run one target by hand, see README).
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
scripts/install-deps.sh fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

families=(instances tenants snapshots errors token retryafter)
mkdir -p build/fuzz/crashes
status=0
printf '%-12s %10s %8s %s\n' family runs corpus result
for family in "${families[@]}"; do
    work="build/fuzz/corpus/$family"
    mkdir -p "$work"
    log="build/fuzz/fuzz_$family.log"
    if build/fuzz/tests/fuzz/"fuzz_$family" -max_total_time="$seconds" -dict=tests/fuzz/aura.dict \
        -max_len=262144 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/crashes/$family-" "$work" "tests/fuzz/corpus/$family" >"$log" 2>&1; then
        result=clean
    else
        result="FAILED (see $log and build/fuzz/crashes/)"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    printf '%-12s %10s %8s %s\n' "$family" "$runs" "$(find "$work" -type f | wc -l)" "$result"
done
exit "$status"
