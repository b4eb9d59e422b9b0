#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate over api/, models/, ui/ and app/), then lists the German
# texts still to translate. Run it after adding or changing user-visible text; translate the listed texts in
# translations/aura-console_de.ts (Qt Linguist: `/usr/lib/qt6/bin/linguist translations/aura-console_de.ts`, or
# any editor: fill <translation> and drop type="unfinished"), and commit the .ts files with the change.
# Usage: scripts/update-translations.sh [--check] [PRESET]   (default preset: dev)
#   --check: exit with status 1 while any German text is unfinished (for a release checklist; CI does not run it,
#            so an untranslated new text never blocks everyday work).
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
preset="dev"
for arg in "$@"; do
    case "$arg" in
    --check) check=1 ;;
    -*)
        echo "usage: $0 [--check] [PRESET]" >&2
        exit 2
        ;;
    *) preset="$arg" ;;
    esac
done
if [ ! -f "build/$preset/CMakeCache.txt" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset" --target update_translations

ts=translations/aura-console_de.ts
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
if [ "$unfinished" -eq 0 ]; then
    echo "$ts: complete"
    exit 0
fi
echo "$ts: $unfinished text(s) to translate:"
# Each unfinished <translation> follows its <source> (possibly several lines long); print the sources.
awk '/<source>/ { src = ""; collecting = 1 }
     collecting { src = src $0 "\n" }
     /<\/source>/ { collecting = 0 }
     /type="unfinished"/ { gsub(/^[ \t]*<source>|<\/source>\n?$/, "", src); print "  - " src }' "$ts"
if [ "$check" -eq 1 ]; then
    exit 1
fi
