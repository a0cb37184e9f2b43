#!/bin/sh
# Installs what is missing, builds with warnings as errors and runs the whole test suite
# (unit, integration against the simulators and the real keychain, GUI offscreen).
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
start=$(date +%s)
scripts/build.sh ci
echo "build: $(( $(date +%s) - start )) s"
ctest --preset ci
