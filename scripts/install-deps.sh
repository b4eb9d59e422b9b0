#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Aura Console needs.
# Idempotent and quick when everything is already there: apt is only called for what is missing.
# Usage: scripts/install-deps.sh [fuzz]   (fuzz: also clang and libFuzzer, for scripts/fuzz.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config clang-format
    qt6-base-dev qt6-httpserver-dev
    qt6-websockets-dev # Qt6HttpServer's CMake config needs it, the package does not pull it in
    qtkeychain-qt6-dev qt6-svg-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    # run
    libsecret-1-0 # QtKeychain loads it at run time; without it every keychain call fails with "Unknown error"
    libqt6svg6 fonts-dejavu-core
    libqt6sql6-sqlite # the metrics history's SQLite driver: without it the console runs without history
    qt6-translations-l10n # Qt's own texts (standard buttons, dialogs) in German and other languages
    # headless tests: X server, private D-Bus session with a Secret Service
    xvfb xauth dbus dbus-x11 gnome-keyring
    # packaging checks
    desktop-file-utils appstream
    # the TLS test makes a throw-away self-signed certificate
    openssl
    # scripts/bench.sh: curl is the fetch's yardstick, time measures the console's cold start and memory
    curl time
)
if [ "${1:-}" = "fuzz" ]; then
    packages+=(clang libclang-rt-14-dev) # libFuzzer and the sanitizers' runtime for clang 14
fi
# Node.js runs Prism, the independent OpenAPI validator of the sandbox's contract test (tests/sandbox).
if ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

# JavaScript tools at the exact versions of package-lock.json; again when the lock file is newer than the install.
# Install scripts stay off: none is needed, and one of Prism's dependencies would phone home.
install_node_tools() {
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        echo "Installing the JavaScript tools of package-lock.json (npm ci)"
        npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
    fi
}

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    install_node_tools
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_node_tools
