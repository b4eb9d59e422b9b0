#!/usr/bin/env bash
# Installs what is missing, builds, and starts Aura Console. Extra arguments go to aura-console; with none, it
# starts on the local sandbox (demo data, nothing billed), since a fresh machine has no Aura account configured.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh dev
if [ $# -eq 0 ]; then
    set -- --sandbox
fi
exec build/dev/app/aura-console "$@"
