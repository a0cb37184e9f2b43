#!/bin/sh
# Builds the libFuzzer targets (preset fuzz) and runs each for N seconds (default 60), two at a time
# (PONTE_FUZZ_JOBS), from the committed seed corpus in fuzz/corpus/<name>. Fails on any crash, leak,
# timeout, out-of-memory or failed property. What the fuzzers learn and find stays in build/fuzz:
#   build/fuzz/corpus/<name>/    inputs that reached new code (the seeds are never written to)
#   build/fuzz/findings/<name>-* the input of each crash, leak or timeout (replay: build/fuzz/fuzz/fuzz_<name> FILE)
#   build/fuzz/logs/<name>.log   the run, ending with -print_final_stats
# Usage: scripts/run-fuzzers.sh [seconds-per-fuzzer] [name...]
# With PONTE_FUZZ_CPU_SECONDS=N each fuzzer instead runs until it has used N seconds of CPU time (its
# own user + system time, read from /proc), however long that takes on a shared machine; that is how
# the local campaigns give each fuzzer its CPU-hour (PONTE_FUZZ_CPU_SECONDS=3600 nice -n 19 ...).
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

cpu_budget=${PONTE_FUZZ_CPU_SECONDS:-}
ticks_per_second=$(getconf CLK_TCK)

# CPU seconds (user + system) a running process has used so far.
cpu_seconds() {
    awk -v hz="$ticks_per_second" '{ printf "%d", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0
}

run_one() {
    name=$1
    mkdir -p "$out/corpus/$name"
    dict=""
    [ -f "$root/fuzz/dict/$name.dict" ] && dict="-dict=$root/fuzz/dict/$name.dict"
    limit=$seconds
    [ -n "$cpu_budget" ] && limit=0 # no wall-time limit: the CPU budget below stops it
    # shellcheck disable=SC2086
    "$out/fuzz/fuzz_$name" -max_total_time="$limit" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$out/findings/$name-" $dict \
        "$out/corpus/$name" "$root/fuzz/corpus/$name" >"$out/logs/$name.log" 2>&1 &
    fuzzer=$!
    if [ -n "$cpu_budget" ]; then
        while kill -0 "$fuzzer" 2>/dev/null && [ "$(cpu_seconds "$fuzzer")" -lt "$cpu_budget" ]; do
            sleep 5
        done
        used=$(cpu_seconds "$fuzzer")
        # libFuzzer prints its final statistics on SIGINT and exits with 72 (-interrupted_exitcode)
        kill -INT "$fuzzer" 2>/dev/null || true
        rc=0
        wait "$fuzzer" || rc=$?
        echo "cpu-seconds: $used" >>"$out/logs/$name.log"
        [ "$rc" -eq 0 ] || [ "$rc" -eq 72 ]
        return
    fi
    wait "$fuzzer"
}

summary() {
    name=$1
    log="$out/logs/$name.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\).*/cov \1, features \2/p')
    if [ -n "$cpu_budget" ]; then
        used=$(sed -n 's/^cpu-seconds: *//p' "$log" | tail -n 1)
        echo "run-fuzzers: $name: ${execs:-?} executions in ${used:-?} CPU-seconds, ${cov:-no coverage line}"
    else
        echo "run-fuzzers: $name: ${execs:-?} executions in ${seconds}s, ${cov:-no coverage line}"
    fi
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
if [ -n "$cpu_budget" ]; then
    echo "run-fuzzers: every fuzzer used ${cpu_budget} CPU-seconds with no finding"
else
    echo "run-fuzzers: every fuzzer ran ${seconds}s with no finding"
fi
