#!/bin/sh
# Installs the Debian 12 packages Ponte needs to build, test and run. Idempotent: does nothing
# (and needs no network) when everything is already installed. Works as root or through sudo,
# without a terminal (CI=true, no standard input).
set -eu
packages="cmake ninja-build g++ ccache pkg-config dpkg-dev fakeroot file
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite qtkeychain-qt6-dev libsecret-1-0 libgl1-mesa-dev libxkbcommon-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick fonts-dejavu-core python3
  lintian desktop-file-utils appstream optipng clang libclang-rt-dev"
missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q </dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing </dev/null
