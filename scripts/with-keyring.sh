#!/bin/sh
# Runs a command with a private D-Bus session and an unlocked GNOME Keyring in a throw-away HOME,
# so that QtKeychain talks to a real Secret Service without touching the user's keyring.
# usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ponte-keyring.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT INT TERM
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/run"
# KDE variables would make QtKeychain insist on KWallet.
unset KDE_SESSION_VERSION KDE_FULL_SESSION XDG_CURRENT_DESKTOP DESKTOP_SESSION || true
status=0
dbus-run-session -- sh -c '
  printf %s ponte-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' sh "$@" || status=$?
exit $status
