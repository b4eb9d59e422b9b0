#!/usr/bin/env bash
# Builds the Debian packages from the release preset, installs them on this machine, runs the installed
# programs, validates the installed desktop files, and removes the packages again (also when a step fails), so
# the machine is left as it was. Needs root (or sudo) for apt-get.
# Usage: scripts/package-check.sh [OUTPUT_DIR]   (OUTPUT_DIR: keep the .deb files and the installed program's
# English and German screenshots there, e.g. as CI artifacts)
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
app_id=org.auraconsole.AuraConsole
output_dir="${1:-}"
work="$(mktemp -d -t aura-package-check.XXXXXX)"
installed=0

cleanup() {
    if [ "$installed" -eq 1 ]; then
        echo "-- removing the packages again"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq aura-console aura-sandbox >/dev/null
    fi
    if [ -n "${sandbox_pid:-}" ]; then
        kill "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "package-check: $*" >&2
    exit 1
}

for p in aura-console aura-sandbox; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        fail "$p is already installed; remove it first (this check installs and removes its own build)"
    fi
done

echo "-- release build"
cmake --preset release >/dev/null
scripts/build.sh release

echo "-- cpack -G DEB"
rm -f build/release/aura-*.deb
(cd build/release && cpack -G DEB >/dev/null)
console_deb="$(ls build/release/aura-console_*.deb)"
sandbox_deb="$(ls build/release/aura-sandbox_*.deb)"
dpkg-deb --field "$console_deb" Package Version Depends Recommends
dpkg-deb --field "$sandbox_deb" Package Version Depends
depends="$(dpkg-deb --field "$console_deb" Depends)"
for needed in libsecret-1-0 qt6-qpa-plugins libqt6svg6 libqt6widgets6 libqt6sql6-sqlite; do
    grep -q "$needed" <<<"$depends" || fail "aura-console does not depend on $needed"
done
if dpkg-deb --field "$sandbox_deb" Depends | grep -q libqt6widgets6; then
    fail "aura-sandbox should not need Qt Widgets"
fi

echo "-- apt-get install"
installed=1
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$console_deb" "./$sandbox_deb" >/dev/null
for f in /usr/bin/aura-console /usr/bin/aura-sandbox \
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" /usr/share/doc/aura-console/copyright; do
    [ -f "$f" ] || fail "the package did not install $f"
done

# A clean Debian 12 has none of the build machine's extras: every library the programs load, including the plugins
# Qt and QtKeychain open at run time, must come from a package that the Depends pull in.
echo "-- run-time libraries covered by Depends"
check_closure() {
    local deb="$1"
    shift
    local deps closure lib pkg
    deps="$(dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/(.*//; s/|.*//; s/ //g')"
    # shellcheck disable=SC2086
    closure="$( (echo "$deps"; apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
        --no-breaks --no-replaces --no-enhances $deps | grep -v '^ ') | sed 's/:amd64$//' | sort -u)"
    for lib in "$@"; do
        # dpkg knows a file by the path its package ships, which may be the link or its target (merged /usr).
        pkg="$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null | head -1 | cut -d: -f1 || true)"
        [ -n "$pkg" ] || pkg="$(dpkg -S "$lib" 2>/dev/null | head -1 | cut -d: -f1 || true)"
        grep -qx "$pkg" <<<"$closure" || fail "$(basename "$deb"): $lib (package '$pkg') is not pulled in by Depends"
    done
}
qt_plugins="$(dirname "$(readlink -f "$(ldd /usr/bin/aura-console | awk '/libQt6Core/ {print $3}')")")/qt6/plugins"
# shellcheck disable=SC2046
check_closure "$console_deb" $(ldd /usr/bin/aura-console | awk '/=>/ {print $3}') \
    "$qt_plugins/platforms/libqxcb.so" "$qt_plugins/platforms/libqoffscreen.so" \
    "$qt_plugins/iconengines/libqsvgicon.so" "$(ldconfig -p | awk '/libsecret-1.so.0 / {print $NF; exit}')"
# shellcheck disable=SC2046
check_closure "$sandbox_deb" $(ldd /usr/bin/aura-sandbox | awk '/=>/ {print $3}')

echo "-- validators"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"

# The installed programs run in a private environment, like a user's first start.
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
run_env=(env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen)

echo "-- installed aura-console --sandbox --screenshot"
for language in en de; do
    shot="$work/main-window-$language.png"
    lang=en_US.UTF-8
    [ "$language" = de ] && lang=de_DE.UTF-8
    timeout 60 "${run_env[@]}" LANG="$lang" LANGUAGE="$language" /usr/bin/aura-console --sandbox --screenshot "$shot"
    file "$shot" | grep -q "PNG image data, 1280 x 800" || fail "no 1280x800 PNG: $(file "$shot")"
    [ "$(stat -c %s "$shot")" -gt 10000 ] || fail "the screenshot $shot is suspiciously small"
    echo "   $language: $(file -b "$shot")"
done
"${run_env[@]}" LANG=de_DE.UTF-8 /usr/bin/aura-console --help | grep -q "ansehen und verwalten" ||
    fail "the installed aura-console does not speak German under LANG=de_DE.UTF-8"

echo "-- installed aura-sandbox"
"${run_env[@]}" /usr/bin/aura-sandbox --port 0 >"$work/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 50); do
    grep -q "listening on" "$work/sandbox.out" && break
    sleep 0.1
done
base_url="$(sed -n 's/^aura-sandbox listening on \(http[^ ]*\).*/\1/p' "$work/sandbox.out")"
[ -n "$base_url" ] || fail "aura-sandbox did not start: $(cat "$work/sandbox.out")"
token_url="$(sed -n 's/^token URL \(http[^,]*\),.*/\1/p' "$work/sandbox.out")"
curl -sf -u sandbox-client:sandbox-secret -d grant_type=client_credentials "$token_url" | grep -q access_token ||
    fail "aura-sandbox gave no token at $token_url"
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""

if [ -n "$output_dir" ]; then
    mkdir -p "$output_dir"
    cp "$console_deb" "$sandbox_deb" "$work"/main-window-*.png "$output_dir/"
    echo "-- packages and screenshots kept in $output_dir"
fi
echo "package-check: OK ($(basename "$console_deb"), $(basename "$sandbox_deb"))"
