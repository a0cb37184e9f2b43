#!/bin/sh
# Configures and builds with a CMake preset (default: dev). usage: scripts/build.sh [dev|ci]
set -eu
cd "$(dirname "$0")/.."
preset="${1:-dev}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
