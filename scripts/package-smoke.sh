#!/bin/sh
# Package smoke test for Linux: builds the .deb with CPack in the ci build (configured and built only when
# needed), unpacks it into a scratch root with dpkg -x (nothing is installed on the system), runs the
# installed ponte-cli (--version, then a demo sync with a temporary data folder), validates the desktop
# entry and AppStream metadata, and runs lintian, failing on any error. Prints one summary line.
#   scripts/package-smoke.sh            (PONTE_PACKAGE_BUILD_DIR overrides build/ci)
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
build=${PONTE_PACKAGE_BUILD_DIR:-$src/build/ci}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail() { echo "package-smoke: FAILED: $*" >&2; exit 1; }

if [ ! -f "$build/CMakeCache.txt" ]; then
    (cd "$src" && cmake --preset ci) >"$tmp/configure.log" 2>&1 || { cat "$tmp/configure.log" >&2; fail "configure"; }
fi
cmake --build "$build" >"$tmp/build.log" 2>&1 || { tail -40 "$tmp/build.log" >&2; fail "build"; }
rm -f "$build"/ponte_*.deb "$build"/ponte-dbgsym_*.ddeb
(cd "$build" && cpack -G DEB) >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$build"/ponte_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack produced no .deb (see $build/_CPack_Packages)"
version=$(dpkg-deb -f "$deb" Version)

# A scratch root: the package's files only, run against the system's Qt (its declared dependencies).
root="$tmp/root"
dpkg -x "$deb" "$root"
cli="$root/usr/bin/ponte-cli"
[ -x "$cli" ] && [ -x "$root/usr/bin/ponte" ] || fail "the package lacks /usr/bin/ponte or /usr/bin/ponte-cli"
for f in usr/share/doc/ponte/copyright usr/share/doc/ponte/changelog.gz usr/share/man/man1/ponte.1.gz \
         usr/share/man/man1/ponte-cli.1.gz usr/share/applications/ponte.desktop \
         usr/share/metainfo/br.com.ponte.Ponte.metainfo.xml usr/share/icons/hicolor/scalable/apps/ponte.svg \
         usr/share/icons/hicolor/256x256/apps/ponte.png; do
    [ -f "$root/$f" ] || fail "the package lacks /$f"
done

# A private HOME and runtime dir: the demo must not read or write the user's real configuration.
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/home/.config" \
       XDG_DATA_HOME="$tmp/home/.local/share" LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
shown=$("$cli" --version 2>&1) || fail "ponte-cli --version: $shown"
case $shown in *"$version"*) ;; *) fail "ponte-cli --version says \"$shown\", the package is $version" ;; esac
rc=0
"$cli" --data-dir "$tmp/data" --demo sync >"$tmp/sync.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { tail -20 "$tmp/sync.log" >&2; fail "demo sync exited with $rc"; }

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/ponte.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/br.com.ponte.Ponte.metainfo.xml" \
        >"$tmp/appstream.log" 2>&1 || { cat "$tmp/appstream.log" >&2; fail "appstreamcli validate"; }
fi
command -v lintian >/dev/null || fail "lintian is not installed (apt-get install lintian)"
lintian --fail-on error --tag-display-limit 0 "$deb" >"$tmp/lintian.log" 2>&1 || lintian_rc=$?
errors=$(grep -c '^E:' "$tmp/lintian.log" || true)
warnings=$(grep -c '^W:' "$tmp/lintian.log" || true)
[ "${lintian_rc:-0}" -eq 0 ] && [ "$errors" -eq 0 ] || { cat "$tmp/lintian.log" >&2; fail "lintian: $errors error(s)"; }

echo "package-smoke: OK $(basename "$deb") ($(du -k "$deb" | cut -f1) kB): ponte-cli --version $version," \
     "demo sync exit 0, lintian 0 errors / $warnings warnings"
