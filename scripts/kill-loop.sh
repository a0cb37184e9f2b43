#!/bin/sh
# Kill loop (docs/RELIABILITY.md): a two-way backfill through ponte-cli against persistent simulators
# (one ponte-sim process that outlives every client), SIGKILLed at random moments KILLS times (default
# 20), rerun until a run completes, then both sides are checked for duplicates and gaps against the
# same sync run once without interruption (scripts/kill-loop-check.py). Exits non-zero on any.
# Usage: scripts/kill-loop.sh [kills]      (PONTE_BUILD_DIR: where ponte-cli and ponte-sim are; build/dev)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
kills=${1:-20}
build=${PONTE_BUILD_DIR:-$root/build/dev}
cli="$build/src/cli/ponte-cli"
sim="$build/src/sim/ponte-sim"
[ -x "$cli" ] && [ -x "$sim" ] || { echo "kill-loop: build ponte-cli and ponte-sim first ($build)" >&2; exit 2; }
work="$build/kill-loop"
rm -rf "$work"
mkdir -p "$work"
seed=${PONTE_KILL_SEED:-$(date +%s)}
echo "kill-loop: $kills kills, random seed $seed, work folder $work"

# A few hundred records both ways: Omie clients, products, services and orders (backfilled from 2020)
# go to Ploomes; the CRM-only contacts and orders go to Omie.
sizes="--seed 20261201 --clients 150 --products 50 --services 12 --orders 60"
limits="--omie-rpm 6000 --omie-redundant-s 1 --ploomes-rps 200 --latency-ms 4"
export PONTE_OMIE_APP_KEY=kill-loop-key PONTE_OMIE_APP_SECRET=kill-loop-secret PONTE_PLOOMES_USER_KEY=kill-loop-user
export PONTE_OMIE_RPM=6000 PONTE_OMIE_TOTAL_RPM=24000 PONTE_OMIE_REDUNDANT_WINDOW_S=1 PONTE_PLOOMES_RPS=200 PONTE_PLOOMES_EMPTY_PAGE_PAUSE_MS=20 PONTE_NET_RETRY_BASE_MS=50
export PONTE_LANG=en QT_QPA_PLATFORM=offscreen

sim_pid=""
cli_pid=""
cleanup() {
    [ -n "$cli_pid" ] && kill -9 "$cli_pid" 2>/dev/null || true
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# start_sim NAME: one ponte-sim keeping its state in $work/NAME.json (seeded the first time).
start_sim() {
    omie_port=$(free_port)
    ploomes_port=$(free_port)
    # The log of the previous start of NAME must be gone first: the shell truncates it only once the
    # background process has begun, and a quick look before that read the old addresses, or none.
    rm -f "$work/$1-sim.log"
    # shellcheck disable=SC2086
    "$sim" $sizes $limits --omie-port "$omie_port" --ploomes-port "$ploomes_port" \
        --app-key "$PONTE_OMIE_APP_KEY" --app-secret "$PONTE_OMIE_APP_SECRET" --user-key "$PONTE_PLOOMES_USER_KEY" \
        --state "$work/$1.json" >"$work/$1-sim.log" 2>&1 &
    sim_pid=$!
    i=0
    until grep -q "Press Ctrl+C" "$work/$1-sim.log" 2>/dev/null; do
        i=$((i + 1))
        [ $i -lt 100 ] || { cat "$work/$1-sim.log" >&2; echo "kill-loop: ponte-sim did not start" >&2; exit 1; }
        sleep 0.1
    done
    PONTE_OMIE_URL=$(sed -n 's/^Omie simulator: *//p' "$work/$1-sim.log")
    PONTE_PLOOMES_URL=$(sed -n 's/^Ploomes simulator: *//p' "$work/$1-sim.log")
    case "$PONTE_OMIE_URL $PONTE_PLOOMES_URL" in
    *":$omie_port/"*":$ploomes_port/"*) ;;
    *)
        cat "$work/$1-sim.log" >&2
        echo "kill-loop: ponte-sim did not say it listens on ports $omie_port and $ploomes_port" >&2
        exit 1
        ;;
    esac
    export PONTE_OMIE_URL PONTE_PLOOMES_URL
}

stop_sim() {
    kill "$sim_pid"
    wait "$sim_pid" || { echo "kill-loop: ponte-sim failed on exit" >&2; exit 1; }
    sim_pid=""
    grep -E "violations" "$work/$1-sim.log" | sed "s/^/kill-loop: $1 /"
}

# prepare NAME: data folder with the order defaults an administrator picks (first active conta corrente).
prepare() {
    start_sim "$1"
    stop_sim "$1" >/dev/null # writes the seeded state, read here and restored by the next start
    cc=$(python3 -c 'import json,sys
s=json.load(open(sys.argv[1]))
print(next(r["record"]["nCodCC"] for r in s["omie"]["kinds"]["6"] if r["record"].get("inativo")!="S"))' "$work/$1.json")
    for kv in "orders.conta_corrente $cc" "orders.categoria 1.01.01" "orders.parcela 000" "sync.cursor_overlap_s 2"; do
        # shellcheck disable=SC2086
        "$cli" --data-dir "$work/$1-data" config set $kv >/dev/null
    done
}

sync_args="sync --backfill-omie-orders-since 2020-01-01 --backfill-ploomes-orders-since 2020-01-01 --json"
run_sync() { # run_sync NAME: in the background, pid in cli_pid
    # shellcheck disable=SC2086
    "$cli" --data-dir "$work/$1-data" $sync_args >"$work/$1-last.json" 2>>"$work/$1-cli.log" &
    cli_pid=$!
}

# 1. The reference: the same sync, once, uninterrupted.
prepare reference
start_sim reference
start=$(date +%s.%N)
run_sync reference
rc=0
wait "$cli_pid" || rc=$?
cli_pid=""
duration=$(python3 -c "import time; print(round(time.time() - $start, 1))")
stop_sim reference
if [ "$rc" -gt 1 ]; then
    tail -n 20 "$work/reference-cli.log" >&2
    echo "kill-loop: the uninterrupted run failed (exit $rc)" >&2
    exit 1
fi
echo "kill-loop: uninterrupted run: exit $rc in ${duration}s"

# 2. The same sync, SIGKILLed at random moments spread over that duration, then rerun to completion.
prepare killed
start_sim killed
killed=0
attempts=0
completed=""
while [ -z "$completed" ]; do
    attempts=$((attempts + 1))
    [ "$attempts" -le $((kills * 3 + 10)) ] || { echo "kill-loop: no run completed after $attempts attempts" >&2; exit 1; }
    run_sync killed
    if [ "$killed" -lt "$kills" ]; then
        delay=$(python3 -c "import random; random.seed($seed * 1000 + $attempts); print(round(0.2 + random.random() * 2 * $duration / $kills, 2))")
        sleep "$delay"
        if kill -9 "$cli_pid" 2>/dev/null; then
            wait "$cli_pid" 2>/dev/null || true
            cli_pid=""
            killed=$((killed + 1))
            echo "kill-loop: kill $killed after ${delay}s"
            continue
        fi
    fi
    rc=0
    wait "$cli_pid" || rc=$?
    cli_pid=""
    if [ "$killed" -lt "$kills" ]; then
        echo "kill-loop: run $attempts finished (exit $rc) before its kill"
        continue
    fi
    [ "$rc" -le 1 ] && completed=yes || echo "kill-loop: run $attempts exited $rc; again"
done
echo "kill-loop: $killed kills survived; run $attempts completed (exit $rc)"
# One more run has nothing left to do.
run_sync killed
wait "$cli_pid" || { echo "kill-loop: the run after completion failed" >&2; exit 1; }
cli_pid=""
writes=$(python3 -c 'import json,sys
s=json.load(open(sys.argv[1]))
print(sum(c.get("created",0)+c.get("updated",0) for e in s["entities"].values() for c in e.values()))' "$work/killed-last.json")
stop_sim killed
echo "kill-loop: the run after completion wrote $writes records"

# 3. Both sides, against the reference.
python3 "$root/scripts/kill-loop-check.py" "$work/reference.json" "$work/killed.json"
[ "$writes" -eq 0 ] || { echo "kill-loop: FAILED: a finished sync still had $writes writes to do" >&2; exit 1; }
grep -q "violations:.*(total 0)" "$work/killed-sim.log" || true
echo "kill-loop: passed ($killed kills, 0 duplicated, 0 missing)"
