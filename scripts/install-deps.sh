#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Aura Console needs.
# Idempotent and quick when everything is already there: apt is only called for what is missing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config clang-format
    qt6-base-dev qt6-httpserver-dev
    qt6-websockets-dev # Qt6HttpServer's CMake config needs it, the package does not pull it in
    qtkeychain-qt6-dev qt6-svg-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    # run
    libsecret-1-0 # QtKeychain loads it at run time; without it every keychain call fails with "Unknown error"
    libqt6svg6 fonts-dejavu-core
    qt6-translations-l10n # Qt's own texts (standard buttons, dialogs) in German and other languages
    # headless tests: X server, private D-Bus session with a Secret Service
    xvfb xauth dbus dbus-x11 gnome-keyring
    # packaging checks
    desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
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
