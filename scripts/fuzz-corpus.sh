#!/usr/bin/env bash
# Regenerates the fuzz targets' seed corpus (tests/fuzz/corpus/<family>/) from real answers of aura-sandbox in both
# dialects: tenants and a tenant's details, instance lists and details, a create's answer, snapshots, error bodies,
# token answers, customer-managed keys, a project's metrics; and the response examples of spec/aura-v1-official.yaml. Run it after the sandbox's answers change; commit what it writes.
# Usage: scripts/fuzz-corpus.sh [PRESET]   (the preset whose aura-sandbox is used; default ci)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
sandbox="build/$preset/sandbox/aura-sandbox"
[ -x "$sandbox" ] || scripts/build.sh "$preset"
out=tests/fuzz/corpus
mkdir -p "$out"/{instances,tenants,snapshots,errors,token,retryafter,metrics}

pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
port=18400
for dialect in aura-v1 seed; do
    port=$((port + 1))
    "$sandbox" --port "$port" --dialect "$dialect" >/dev/null 2>&1 &
    pid=$!
    base="http://127.0.0.1:$port"
    for _ in $(seq 50); do curl -s -o /dev/null "$base/v1/tenants" && break; sleep 0.1; done
    get() { curl -s -H "Authorization: Bearer $token" "$@"; }
    tokenAnswer=$(curl -s -u sandbox-client:sandbox-secret -d grant_type=client_credentials "$base/oauth/token")
    echo -n "$tokenAnswer" >"$out/token/$dialect-answer.json"
    token=$(echo "$tokenAnswer" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    get "$base/v1/tenants" >"$out/tenants/$dialect-list.json"
    tenant=$(grep -o '"id":"[^"]*"' "$out/tenants/$dialect-list.json" | head -1 | cut -d'"' -f4)
    get "$base/v1/tenants/$tenant" >"$out/tenants/$dialect-detail.json"
    get "$base/v1/instances" >"$out/instances/$dialect-list.json"
    instance=$(grep -o '"id":"[^"]*"' "$out/instances/$dialect-list.json" | head -1 | cut -d'"' -f4)
    get "$base/v1/instances/$instance" >"$out/instances/$dialect-detail.json"
    get "$base/v1/instances/$instance/snapshots" >"$out/snapshots/$dialect-list.json"
    get -X POST -H 'Content-Type: application/json' -d '{}' "$base/v1/instances/$instance/snapshots" \
        >"$out/snapshots/$dialect-create.json"
    get -X POST -H 'Content-Type: application/json' -d '{"name":"x"}' "$base/v1/instances" \
        >"$out/errors/$dialect-create-refused.json"
    if [ "$dialect" = aura-v1 ]; then
        get "$base/v1/customer-managed-keys" >"$out/tenants/$dialect-keys.json"
        key=$(grep -o '"id":"[^"]*"' "$out/tenants/$dialect-keys.json" | head -1 | cut -d'"' -f4)
        get "$base/v1/customer-managed-keys/$key" >"$out/tenants/$dialect-key.json"
        endpoint=$(get "$base/v1/tenants/$tenant/metrics-integration" | sed -E 's/.*"endpoint":"([^"]+)".*/\1/')
        get "$endpoint" >"$out/metrics/$dialect-tenant.txt"
    fi
    get "$base/v1/instances/no-such-instance" >"$out/errors/$dialect-not-found.json"
    curl -s "$base/v1/tenants" >"$out/errors/$dialect-no-token.json"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=""
done
# The live service's documented answers: every response example of the v1 spec.
node scripts/spec-examples.js spec/aura-v1-official.yaml "$out"
# Answers no sandbox gives, written by hand: the live service's documented forms and the ones that once broke us.
printf '%s' '{"data":{"id":"a","secondaries_count":1e300}}' >"$out/instances/huge-number.json"
printf '%s' '{"data":{"id":"n1","name":"orders","password":"p\"w","connection_ur' >"$out/instances/cut-create.json"
printf '%s' '{"error":"API rate limit exceeded"}' >"$out/errors/middleware.json"
printf '%s' '{"errors":[{"message":"Name is too long","reason":"invalid-name","field":"name"}]}' \
    >"$out/errors/aura-error.json"
printf '%s' '{"access_token":"t","expires_in":1e300,"token_type":"bearer"}' >"$out/token/huge-lifetime.json"
printf '%s\n' '# HELP m x' 'm{instance_id="a\\"b\nc",x="y"} +Inf 1' 'm NaN' 'm{a="1",} -1e-7 253402300799999' \
    'neo4j_aura_cpu_usage{instance_id="i"} 1e308' >"$out/metrics/edge-cases.txt"
printf '%s' 'neo4j_aura_cpu_usage{aggregation="MAX",instance_id="i1"} 0.12' >"$out/metrics/cut.txt"
printf '%s' '120' >"$out/retryafter/seconds"
printf '%s' '9999999999999999' >"$out/retryafter/sixteen-digits"
printf '%s' 'Fri, 27 Nov 2026 12:00:30 GMT' >"$out/retryafter/http-date"
printf '%s' 'Friday, 27-Nov-26 12:00:30 GMT' >"$out/retryafter/rfc850"
echo "corpus written to $out:"
find "$out" -type f | wc -l
