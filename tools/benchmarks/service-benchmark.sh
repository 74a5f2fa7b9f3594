#!/usr/bin/env bash
# Public-service figures (docs/benchmarks.md, "Running it as a public service"): starts the
# installable jar (directory-web/target/directory.jar: ./mvnw package -DskipTests) on port 25180
# with -Xmx1g and empty data under /tmp/bench-service, fills it with BIG generated venues (default
# 100000, pushed as one source's file; BENCH_FILL_CHUNK=20000 splits it into sources), then measures: a 200-row push into it (time to its 202, time until complete), the world
# clusters view (uncached, cached), and the time from a node's start to its first search answer
# after a kill -9 in the middle of an import of KILL rows (default 30000). Prints `uptime` with
# each figure: the machine may be shared.
# Usage: tools/benchmarks/service-benchmark.sh [BIG] [KILL]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIG=${1:-100000}
KILL=${2:-30000}
WORK=${BENCH_DIR:-/tmp/bench-service}
PORT=${BENCH_PORT:-25180}
BASE="http://localhost:$PORT"
JAR=${JAR:-$PWD/directory-web/target/directory.jar}
SAMPLE=$PWD/directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv
ADMIN=bench-admin-key
. .mvn/select-jdk.sh
JAVA="$JAVA_HOME/bin/java"
[ -f "$JAR" ] || { echo "No $JAR: ./mvnw package -DskipTests first" >&2; exit 2; }
rm -rf "$WORK/data" "$WORK/runtime"
mkdir -p "$WORK"
export HTTP_PORT=$PORT DIRECTORY_DATA_DIR=$WORK/data DIRECTORY_ADMIN_KEY=$ADMIN \
  DIRECTORY_FEED_MAX_BYTES=2147483647 DIRECTORY_SAMPLE_ENABLED=false DIRECTORY_PULL_ENABLED=false \
  DIRECTORY_RATE_EXEMPT=127.0.0.1,0:0:0:0:0:0:0:1 WLP_JAR_EXTRACT_ROOT=$WORK/runtime
SERVER=
start_server() { # $1: log name
  "$JAVA" -Xmx1g -jar "$JAR" > "$WORK/server-$1.log" 2>&1 &
  SERVER=$!
}
stop_server() {
  [ -z "$SERVER" ] || { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
  SERVER=
}
trap stop_server EXIT
await_ready() {
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$BASE/health/ready" && return 0
    sleep 0.5
  done
  echo "server not ready" >&2; exit 1
}
bench() { "$JAVA" -Dfill.chunk="${BENCH_FILL_CHUNK:-2147483647}" -cp tools/benchmarks tools/benchmarks/ServiceBenchmark.java "$1" "$BASE" "$ADMIN" "$SAMPLE" "${2:-0}"; }
load() { echo "  load: $(uptime | sed 's/.*load average/load average/')"; }

echo "== $(date -u +%FT%TZ), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
start_server fill
await_ready
echo "== filling the directory with $BIG venues"
bench fill "$BIG"; load
echo "== (a) a 200-row push into $BIG venues, three times"
for _ in 1 2 3; do bench push 200; load; done
echo "== (b) the world clusters view at zoom 17"
bench clusters; load

echo "== (c) kill -9 in the middle of an import of $KILL rows, then start again"
bench kill "$KILL" > "$WORK/kill.log" 2>&1 &
CLIENT=$!
for _ in $(seq 1 1200); do grep -q running "$WORK/kill.log" && break; sleep 0.1; done
cat "$WORK/kill.log"
sleep 2 # well into the import
kill -9 "$SERVER"
wait "$SERVER" 2>/dev/null || true
SERVER=
kill "$CLIENT" 2>/dev/null || true
wait "$CLIENT" 2>/dev/null || true
T0=$(date +%s.%N)
start_server restart
until curl -sf "$BASE/api/v1/venues?lat=48.8566&lon=2.3522&radius_km=50&limit=5" 2>/dev/null |
  grep -q '"total":[1-9]'; do
  sleep 0.05
done
T1=$(date +%s.%N)
echo "first search answer $(echo "$T1 - $T0" | bc) s after the start"
load
await_ready
T2=$(date +%s.%N)
echo "ready (/health/ready UP) $(echo "$T2 - $T0" | bc) s after the start"
curl -s "$BASE/api/v1/sources/bench-kill/runs" | head -c 400; echo
