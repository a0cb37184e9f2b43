#!/usr/bin/env bash
# Peak memory of Ponte alone (issue: sync engine): the simulators run in another process
# (ponte-sim), and the real `ponte-cli sync` backfills 10,000 records from them by default:
# 5,000 clients, 1,000 products, 200 services, 3,000 sales orders, 800 service orders.
# Reports the CLI's maximum resident set size (/usr/bin/time -v, which reads the child's rusage),
# in MB and per 1,000 records, and its VmHWM sampled from /proc as a cross-check.
#
#   bench/memory.sh [--build build/dev] [--clients 5000] [--products 1000] [--services 200]
#                   [--orders 3000] [--service-orders 800] [--omie-rpm 12000] [--ploomes-rps 100]
#
# Exit status: 0 when the sync succeeded, 1 otherwise. Only loopback is used.
# Latest figure (2026-12-01, Debian 12, 2 cores): 131.5 MB at 10,000 records, 13.2 MB per 1,000
# (docs/PERFORMANCE.md).
set -euo pipefail

build=build/dev
clients=5000
products=1000
services=200
orders=3000
service_orders=800
omie_rpm=12000
ploomes_rps=100
while [[ $# -gt 0 ]]; do
    case "$1" in
    --build) build=$2 ;;
    --clients) clients=$2 ;;
    --products) products=$2 ;;
    --services) services=$2 ;;
    --orders) orders=$2 ;;
    --service-orders) service_orders=$2 ;;
    --omie-rpm) omie_rpm=$2 ;;
    --ploomes-rps) ploomes_rps=$2 ;;
    *)
        echo "usage: $0 [--build DIR] [--clients N] [--products N] [--services N] [--orders N]" \
            "[--service-orders N] [--omie-rpm N] [--ploomes-rps N]" >&2
        exit 2
        ;;
    esac
    shift 2
done
records=$((clients + products + services + orders + service_orders))

sim=$build/src/sim/ponte-sim
cli=$build/src/cli/ponte-cli
for exe in "$sim" "$cli" /usr/bin/time; do
    [[ -x $exe ]] || { echo "memory.sh: $exe not found (build first: cmake --build --preset dev)" >&2; exit 2; }
done

work=$(mktemp -d)
sim_pid=
cleanup() {
    if [[ -n $sim_pid ]]; then
        kill "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Demo credentials of the simulators: nothing secret leaves this machine.
"$sim" --omie-port 0 --ploomes-port 0 --sellers 10 --clients "$clients" --products "$products" \
    --services "$services" --orders "$orders" --service-orders "$service_orders" --ploomes-only-contacts 0 \
    --ploomes-only-orders 0 --omie-rpm "$omie_rpm" --omie-redundant-s 1 --ploomes-rps "$ploomes_rps" \
    --app-key bench-key --app-secret bench-secret --user-key bench-user >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 1 600); do
    grep -q '^Press Ctrl+C' "$work/sim.out" 2>/dev/null && break
    kill -0 "$sim_pid" 2>/dev/null || { cat "$work/sim.err" >&2; exit 2; }
    sleep 0.1
done
omie_url=$(sed -n 's/^Omie simulator: *//p' "$work/sim.out")
ploomes_url=$(sed -n 's/^Ploomes simulator: *//p' "$work/sim.out")
[[ -n $omie_url && -n $ploomes_url ]] || { echo "memory.sh: ponte-sim did not print its URLs" >&2; exit 2; }
sim_rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$sim_pid/status")

export PONTE_DATA_DIR=$work/data PONTE_LANG=en
export PONTE_OMIE_URL=$omie_url PONTE_PLOOMES_URL=$ploomes_url
export PONTE_OMIE_APP_KEY=bench-key PONTE_OMIE_APP_SECRET=bench-secret PONTE_PLOOMES_USER_KEY=bench-user
export PONTE_OMIE_RPM=$omie_rpm PONTE_OMIE_TOTAL_RPM=$((omie_rpm * 4)) PONTE_OMIE_REDUNDANT_WINDOW_S=1
export PONTE_PLOOMES_RPS=$ploomes_rps
export QT_LOGGING_RULES="ponte.*.info=false"
"$cli" config set orders.categoria 1.01.01 >/dev/null
"$cli" config set orders.parcela 000 >/dev/null

start=$(date +%s.%N)
set +e
/usr/bin/time -v -o "$work/time.txt" "$cli" sync --backfill-omie-orders-since 2000-01-01 --json \
    >"$work/summary.json" 2>"$work/cli.err" &
time_pid=$!
# VmHWM of the CLI itself (not of /usr/bin/time), sampled until it exits.
hwm_kb=0
while kill -0 "$time_pid" 2>/dev/null; do
    cli_pid=$(pgrep -P "$time_pid" -n 2>/dev/null || true)
    if [[ -n $cli_pid ]]; then
        h=$(awk '/^VmHWM/ {print $2}' "/proc/$cli_pid/status" 2>/dev/null || echo 0)
        [[ -n $h && $h -gt $hwm_kb ]] && hwm_kb=$h
    fi
    sleep 0.5
done
wait "$time_pid"
rc=$?
set -e
end=$(date +%s.%N)

max_kb=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$work/time.txt")
status=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("status","?"))' "$work/summary.json" \
    2>/dev/null || echo "?")
awk -v kb="$max_kb" -v hwm="$hwm_kb" -v n="$records" -v sim="$sim_rss_kb" -v t0="$start" -v t1="$end" \
    -v status="$status" -v rc="$rc" 'BEGIN {
    mb = kb * 1024 / 1e6
    printf "memory.sh: ponte-cli sync of %d records: status %s (exit %d) in %.1f s\n", n, status, rc, t1 - t0
    printf "  peak RSS of Ponte alone: %.1f MB (%.1f MiB); %.1f MB per 1,000 records\n", mb, kb / 1024, mb * 1000 / n
    printf "  VmHWM sampled from /proc: %.1f MB; ponte-sim (other process) after seeding: %.1f MB\n", \
        hwm * 1024 / 1e6, sim * 1024 / 1e6
}'
if [[ $rc -ne 0 ]]; then
    tail -20 "$work/cli.err" >&2
    exit 1
fi
