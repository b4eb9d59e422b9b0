#!/usr/bin/env bash
# Builds the release preset and runs every benchmark, then prints one table of the figures that matter, each beside
# its reference: the goal it must meet, and for the fetch the time curl needs for the same request in the same
# run. Figures only: nothing here passes or fails (CI prints it after the tests).
#
# Usage: scripts/bench.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release -j2 >/dev/null
fi
bin=build/release
out=$(mktemp -d)
trap 'kill "${sandbox_pid:-}" 2>/dev/null || true; rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen

echo "== bench_models"; "$bin/bench/bench_models" | tee "$out/models"
echo; echo "== bench_client"; "$bin/bench/bench_client" 2>/dev/null | tee "$out/client"
echo; echo "== bench_ui"; "$bin/bench/bench_ui" 2>/dev/null | tee "$out/ui"
echo; echo "== bench_statuses"; "$bin/bench/bench_statuses" 2>/dev/null | tee "$out/statuses"

# Cold start and memory: the console, started from nothing against an aura-sandbox process holding N instances,
# until it has saved its first screenshot (the window painted with the first data).
start_console() { # $1 tenants, $2 instances per tenant → "seconds maxKB"
    local port_file="$out/port"
    "$bin/sandbox/aura-sandbox" --dialect seed --scale "$1,$2" --port 0 >"$port_file" 2>/dev/null &
    sandbox_pid=$!
    for _ in $(seq 1 100); do grep -q '^port ' "$port_file" 2>/dev/null && break; sleep 0.05; done
    local port
    port=$(awk '/^port /{print $2; exit}' "$port_file")
    AURA_CLIENT_SECRET=sandbox-secret /usr/bin/time -f '%e %M' -o "$out/time" \
        "$bin/app/aura-console" --client-id sandbox-client --api-url "http://127.0.0.1:$port/v1" \
        --token-url "http://127.0.0.1:$port/oauth/token" --api-dialect seed --screenshot "$out/shot.png" \
        >/dev/null 2>&1 || true
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
    cat "$out/time"
}
read -r start1k rss1k < <(start_console 10 100)
read -r start10k rss10k < <(start_console 100 100)
echo; echo "== cold start (aura-console --screenshot, a 250 ms settle included)"
echo "1,000 instances: ${start1k} s, peak RSS $((rss1k / 1024)) MB"
echo "10,000 instances: ${start10k} s, peak RSS $((rss10k / 1024)) MB"

# The table: the figure, its goal (issue "Performance"), and the ratio of the two.
pick() { grep -m"${3:-1}" -- "$1" "$2" | tail -1; }
num() { grep -oE '[0-9]+\.[0-9]+' | sed -n "${1}p"; }
row() { # what, figure, unit, goal
    awk -v w="$1" -v f="$2" -v u="$3" -v g="$4" \
        'BEGIN { printf "%-58s %9.2f %-3s  goal %7.2f %-3s  %5.2fx\n", w, f, u, g, u, (g > 0 ? f / g : 0) }'
}
echo; echo "== summary (ratio > 1.00: over the goal)"
row "models: refresh 10,000, 1% changed (table+tree+proxies)" "$(pick 'with 1% changed' "$out/models" 2 | num 1)" ms 5
row "models: refresh 10,000, nothing changed" "$(pick 'nothing changed' "$out/models" 2 | num 1)" ms 2
curl_ms=$(pick 'curl: fetch only' "$out/client" | num 1)
row "client: fetch + parse + diff of 10,000 (vs 1.1 x curl)" "$(pick 'whole path' "$out/client" | num 1)" ms \
    "$(awk -v c="$curl_ms" 'BEGIN { print c * 1.1 }')"
for phase in "first load" "1% of statuses" "nothing changed" "search typed" "search cleared"; do
    row "window, 1 account: longest stall, $phase" "$(pick "$phase" "$out/ui" 1 | num 1)" ms 16
    row "window, 4 accounts: longest stall, $phase" "$(pick "$phase" "$out/ui" 2 | num 1)" ms 16
done
row "cold start to the first screenshot, 1,000 instances" "$start1k" s 0.5
row "peak RSS at 10,000 instances" "$((rss10k / 1024))" MB 100
