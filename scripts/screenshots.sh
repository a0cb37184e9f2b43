#!/bin/sh
# Walks every screen of Ponte in demo mode under Xvfb and saves the screenshots the user's guide shows:
# docs/screenshots/<screen>-1024x600.png and <screen>-1920x1080.png (pt-BR, for docs/guia-do-usuario.md;
# --lang en --out docs/screenshots/en makes the English ones docs/user-guide.md shows).
# Each screen is also checked at both sizes: every visible widget inside its window, no scroll bar
# needed on a page, no combo box item or spin box special text wider than its box. A table is printed per size; the exit status is non-zero when something is cut off.
#
#   scripts/screenshots.sh [--lang en] [--out DIR] [--check-only]
#
# Needs xvfb-run and xauth (scripts/install-deps.sh); ImageMagick and optipng, when installed, make the
# files smaller.
set -eu
cd "$(dirname "$0")/.."
lang=pt_BR
out=docs/screenshots
check=""
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --check-only) check="--check-only"; shift ;;
    *) echo "usage: $0 [--lang pt_BR|en] [--out DIR] [--check-only]" >&2; exit 2 ;;
  esac
done
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xauth >/dev/null 2>&1; then
  scripts/install-deps.sh
fi
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
[ -f build/dev/CMakeCache.txt ] || cmake --preset dev >/dev/null
cmake --build --preset dev --target ponte-screenshot-tour >/dev/null
tour="$PWD/build/dev/tools/ponte-screenshot-tour"

if [ -z "$check" ]; then
  mkdir -p "$out"
  # Screens that no longer exist must not linger in the guide's folder.
  rm -f "$out"/*-1024x600.png "$out"/*-1920x1080.png
fi
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
if [ -n "$check" ]; then args="--check-only"; else args="--out $out"; fi
status=0
for size in 1024x600 1920x1080; do
  # A private HOME: the tour's demo writes nothing of the user's, and no keychain is needed.
  home=$(mktemp -d)
  if ! env HOME="$home" LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb PONTE_LANG="$lang" \
      xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" \
      "$tour" --lang "$lang" $args; then
    status=1
  fi
  rm -rf "$home"
done

if [ -z "$check" ]; then
  # Screens have few colours: a 128-colour palette (no dithering, so text stays crisp) makes the committed
  # files about a third of their size; optipng then picks the best compression.
  if command -v convert >/dev/null 2>&1; then
    for f in "$out"/*.png; do
      convert "$f" -dither None -colors 128 "PNG8:$f"
    done
  fi
  if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o2 "$out"/*.png
  fi
  big=0
  for f in "$out"/*.png; do
    kb=$(( $(wc -c <"$f") / 1024 ))
    if [ "$kb" -gt 150 ]; then
      echo "screenshots: $f is $kb KB (over 150 KB)" >&2
      big=1
    fi
  done
  count=$(ls "$out"/*.png | wc -l)
  total=$(du -ck "$out"/*.png | tail -1 | cut -f1)
  echo "screenshots: $count files, $total KB in $out$( [ "$big" -eq 0 ] || echo ' (some over 150 KB)')"
fi
exit "$status"
