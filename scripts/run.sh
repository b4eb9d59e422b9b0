#!/usr/bin/env bash
# Installs what is missing, builds, and starts Aura Console. Extra arguments go to aura-console. With none, it
# connects to the first stored account, or, when no account is configured, starts on the local sandbox (demo data,
# nothing billed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh dev
console=build/dev/app/aura-console
if [ $# -eq 0 ] && [ -z "$("$console" --list-accounts)" ]; then
    set -- --sandbox
fi
exec "$console" "$@"
