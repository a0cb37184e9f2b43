#!/bin/sh
# Builds the libFuzzer targets (preset fuzz) and runs each for N seconds (default 60), two at a time
# (PONTE_FUZZ_JOBS), from the committed seed corpus in fuzz/corpus/<name>. Fails on any crash, leak,
# timeout, out-of-memory or failed property. What the fuzzers learn and find stays in build/fuzz:
#   build/fuzz/corpus/<name>/    inputs that reached new code (the seeds are never written to)
#   build/fuzz/findings/<name>-* the input of each crash, leak or timeout (replay: build/fuzz/fuzz/fuzz_<name> FILE)
#   build/fuzz/logs/<name>.log   the run, ending with -print_final_stats
# Usage: scripts/run-fuzzers.sh [seconds-per-fuzzer] [name...]
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
jobs=${PONTE_FUZZ_JOBS:-2}
all="http_request http_response omie_reply ploomes_reply odata_literal webhook_payload mapping_import"
names=${*:-$all}

export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$root")}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

out="$root/build/fuzz"
mkdir -p "$out/findings" "$out/logs"
# Leaks are findings, except the one-time allocations of uninstrumented system libraries that the
# sanitizer suite already suppresses.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$root/scripts/sanitizers/ubsan.supp}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/scripts/sanitizers/lsan.supp:print_suppressions=0}"

run_one() {
    name=$1
    mkdir -p "$out/corpus/$name"
    dict=""
    [ -f "$root/fuzz/dict/$name.dict" ] && dict="-dict=$root/fuzz/dict/$name.dict"
    # shellcheck disable=SC2086
    "$out/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$out/findings/$name-" $dict \
        "$out/corpus/$name" "$root/fuzz/corpus/$name" >"$out/logs/$name.log" 2>&1
}

summary() {
    name=$1
    log="$out/logs/$name.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\).*/cov \1, features \2/p')
    echo "run-fuzzers: $name: ${execs:-?} executions in ${seconds}s, ${cov:-no coverage line}"
}

failed=""
set -- $names
while [ $# -gt 0 ]; do
    pids=""
    batch=""
    i=0
    while [ $# -gt 0 ] && [ "$i" -lt "$jobs" ]; do
        run_one "$1" &
        pids="$pids $!"
        batch="$batch $1"
        shift
        i=$((i + 1))
    done
    set -- $batch -- "$@"
    for pid in $pids; do
        name=$1
        shift
        if wait "$pid"; then
            summary "$name"
        else
            summary "$name"
            echo "run-fuzzers: $name FAILED; the end of $out/logs/$name.log:" >&2
            tail -n 40 "$out/logs/$name.log" >&2
            failed="$failed $name"
        fi
    done
    shift # the "--" separating the batch from the rest
done

if [ -n "$failed" ]; then
    echo "run-fuzzers: findings in:$failed (inputs in $out/findings)" >&2
    exit 1
fi
echo "run-fuzzers: every fuzzer ran ${seconds}s with no finding"
