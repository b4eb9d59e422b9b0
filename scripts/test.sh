#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless:
#  - an X server (Xvfb) for the GUI tests,
#  - a private D-Bus session with an unlocked gnome-keyring for the keychain tests,
#  - temporary HOME and XDG folders, so no keyring, settings or cache of the user is touched.
# Usage: scripts/test.sh [PRESET] [ctest arguments...]   (PRESET: ci (default), asan, dev)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="ci"
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
    preset="$1"
    shift
fi

scripts/install-deps.sh
scripts/build.sh "$preset"

sandbox_home="$(mktemp -d -t aura-test-home.XXXXXX)"
trap 'rm -rf "$sandbox_home"' EXIT
mkdir -p "$sandbox_home"/{config,data,cache,runtime}
chmod 700 "$sandbox_home/runtime"

export HOME="$sandbox_home"
export XDG_CONFIG_HOME="$sandbox_home/config"
export XDG_DATA_HOME="$sandbox_home/data"
export XDG_CACHE_HOME="$sandbox_home/cache"
export XDG_RUNTIME_DIR="$sandbox_home/runtime"
export QT_QPA_PLATFORM=xcb
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

# Inside the private session: unlock a fresh login keyring (non-empty password, or it would prompt), then test.
inner='echo -n aura-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"'
xvfb-run -a -s "-screen 0 1600x1000x24" \
    dbus-run-session -- bash -c "$inner" bash \
    ctest --preset "$preset" --output-on-failure -j2 "$@"
