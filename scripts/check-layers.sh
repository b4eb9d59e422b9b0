#!/usr/bin/env bash
# Fails when an include crosses a layer the wrong way or does not say which layer it comes from.
# Production headers are included by their path from the project root ("api/apicall.h", "models/logging.h").
# Dependencies point one way: app -> ui -> models -> api; the sandbox stands apart and shares no code with api/.
set -euo pipefail
cd "$(dirname "$0")/.."

allowed() {
    case "$1" in
    api) echo "api" ;;
    models) echo "models api" ;;
    ui) echo "ui models api translations" ;;
    app) echo "app ui models api sandbox translations" ;;
    sandbox) echo "sandbox" ;;
    translations) echo "translations" ;;
    esac
}

layers="api models ui app sandbox translations"
status=0
for layer in $layers; do
    ok=" $(allowed "$layer") "
    while IFS=: read -r file line include; do
        top="${include%%/*}"
        if [[ "$include" != */* || "$ok" != *" $top "* ]]; then
            echo "$file:$line: $layer/ may not include \"$include\" (allowed: $(allowed "$layer"))"
            status=1
        elif [ ! -f "$include" ]; then
            echo "$file:$line: \"$include\" does not exist"
            status=1
        fi
    done < <(grep -rnoE --include='*.h' --include='*.cpp' '^#include "[^"]+"' "$layer" | sed -E 's/#include "([^"]+)"/\1/')
done

# Tests and benchmarks may include their own support headers by name, but a production header only by its path.
while IFS=: read -r file line include; do
    [[ "$include" == *.moc ]] && continue
    for layer in $layers; do
        if [[ "$include" != "$layer/"* ]] && [ -f "$layer/$include" ]; then
            echo "$file:$line: include \"$layer/$include\" by its path from the project root"
            status=1
        fi
    done
done < <(grep -rnoE --include='*.h' --include='*.cpp' '^#include "[^"]+"' tests bench | sed -E 's/#include "([^"]+)"/\1/')

if [ "$status" -eq 0 ]; then
    echo "layers: every include names its layer and points down"
fi
exit "$status"
