#!/bin/sh
# Builds the `asan` preset (AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer, -O1) and runs
# the whole test suite under it. Any finding fails the test that triggered it (halt_on_error, no UB recovery).
# Known leaks of third-party libraries are listed, with the reason, in scripts/sanitizers/lsan.supp.
# usage: scripts/run-sanitizers.sh [extra ctest arguments, e.g. -R tst_settings]
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$root")}"
start=$(date +%s)
cmake --preset asan >/dev/null
cmake --build --preset asan
built=$(date +%s)
echo "sanitizer build: $(( built - start )) s"
# detect_leaks: LeakSanitizer on (the default on Linux x86-64, stated so nobody wonders).
# abort_on_error=0 keeps the exit code non-zero without writing a core file per finding.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$root/scripts/sanitizers/ubsan.supp"
export LSAN_OPTIONS="suppressions=$root/scripts/sanitizers/lsan.supp:print_suppressions=0"
status=0
ctest --preset asan "$@" || status=$?
echo "sanitizer tests: $(( $(date +%s) - built )) s (total $(( $(date +%s) - start )) s)"
exit $status
