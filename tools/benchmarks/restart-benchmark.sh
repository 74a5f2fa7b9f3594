#!/usr/bin/env bash
# Restart after a crash: starts the directory (port BENCH_PORT, default 19290, empty data), pushes a
# generated file of ROWS rows (default 30000) of the standard, kills the server's JVM with SIGKILL
# while the import runs (BENCH_KILL_AFTER seconds after the push, default 20), starts it again on
# the same data, and prints how long after its JVM started the node answered a search (a 200 on
# /api/v1/venues) and the run's status once it had concluded it; then, for comparison, stops it
# cleanly and prints the same time for a clean start on the same data. The interrupted run is
# concluded during the start; its staged rows are deleted, and federation catches up, in the
# background.
# BENCH_JVM_ARGS adds JVM options to both starts (a JFR recording, for instance). With BENCH_DUMPS=1,
# the import thread's stack is kept at the kill (which phase it interrupted: staging or the
# publication) and the restarted JVM's threads every 2 s until the search answers; the servers'
# logs are kept in the work folder either way.
# BENCH_KILL_AT=publish (or staging) kills BENCH_KILL_AFTER seconds (then 5 by default) after the
# import thread is seen in that phase, whatever the machine's speed.
# Usage: [BENCH_PORT=19290] [BENCH_KILL_AFTER=20] [BENCH_KILL_AT=publish|staging] [BENCH_JVM_ARGS=...]
#   [BENCH_DUMPS=1] [BENCH_KEEP_DB=1]
#   tools/benchmarks/restart-benchmark.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-30000}
WORK=$(mktemp -d /tmp/directory-restart.XXXXXX)
PORT=${BENCH_PORT:-19290}
LIBERTY=$PWD/directory-web/target/liberty/wlp
export HTTP_PORT=$PORT DIRECTORY_DATA_DIR=$WORK/data DIRECTORY_ADMIN_KEY=bench-admin-key \
  DIRECTORY_FEED_MAX_BYTES=2147483647 DIRECTORY_SAMPLE_ENABLED=false DIRECTORY_PULL_ENABLED=false \
  DIRECTORY_RATE_REQUESTS_PER_MINUTE=0 JVM_ARGS="-Xmx1g ${BENCH_JVM_ARGS:-}"
jvm() { pgrep -f -- "-javaagent:$LIBERTY/.*ws-server.jar directory\$" | head -1 || true; }
cleanup() {
  [[ -n "${PUSH:-}" ]] && kill "$PUSH" 2>/dev/null || true
  [[ -n "${DUMPS:-}" ]] && kill "$DUMPS" 2>/dev/null || true
  "$LIBERTY/bin/server" stop directory >/dev/null 2>&1 || true
  cp -r "$LIBERTY/usr/servers/directory/logs" "$WORK/logs" 2>/dev/null || true
}
trap cleanup EXIT
start() {
  ./mvnw -q -B -Prun > "$WORK/server-$1.log" 2>&1 &
  for _ in $(seq 1 900); do
    [[ -n "$(jvm)" ]] && break
    sleep 0.2
  done
}
. .mvn/select-jdk.sh
start first
for _ in $(seq 1 900); do curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && break; sleep 1; done
echo "Server up on port $PORT ($(nproc) cores); work folder $WORK; commit $(git rev-parse --short HEAD)"
# The import benchmark's generator and push; killed with the server.
"$JAVA_HOME/bin/java" tools/benchmarks/ImportBenchmark.java "http://localhost:$PORT" bench-admin-key "$ROWS" \
  directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv /dev/null \
  > "$WORK/push.log" 2>&1 &
PUSH=$!
for _ in $(seq 1 600); do
  curl -sf -H "Authorization: Bearer bench-admin-key" "http://localhost:$PORT/api/v1/sources/bench/runs" 2>/dev/null \
    | grep -qi '"status":"running"' && break
  sleep 0.5
done
if [[ -n "${BENCH_KILL_AT:-}" ]]; then
  # Waits until the import thread is in that phase (its stack, read every second), then kills
  # BENCH_KILL_AFTER seconds later (default 5): a loaded machine may end the import before 20 s.
  frame=$([[ "$BENCH_KILL_AT" == publish ]] && echo 'ImportWriter.publish' || echo 'ImportWriter.stage')
  for _ in $(seq 1 600); do
    "$JAVA_HOME/bin/jcmd" "$(jvm)" Thread.print 2>/dev/null | grep -q "$frame" && break
    sleep 1
  done
  sleep "${BENCH_KILL_AFTER:-5}"
else
  sleep "${BENCH_KILL_AFTER:-20}"
fi
running=$(curl -sf -H "Authorization: Bearer bench-admin-key" "http://localhost:$PORT/api/v1/sources/bench/runs" || true)
victim=$(jvm)
if [[ -n "${BENCH_DUMPS:-}${BENCH_KILL_AT:-}" ]]; then
  "$JAVA_HOME/bin/jcmd" "$victim" Thread.print > "$WORK/threads-at-kill.txt" 2>&1 || true
  phase=$(grep -m1 -o 'ImportWriter\.\(stage\|publish\)' "$WORK/threads-at-kill.txt" || echo "neither")
fi
echo "Killing the server (SIGKILL) $(date -u +%H:%M:%S) while its run is: $(grep -oi '"status":"[a-z_]*"' <<<"$running" | head -1)${phase:+ (import thread in $phase)}"
kill -9 "$victim"
kill "$PUSH" 2>/dev/null || true
PUSH=
wait 2>/dev/null || true
# BENCH_KEEP_DB=1 keeps a copy of the database as the kill left it, to open it again apart (reading
# it also fills the page cache, so a measured restart should not use it).
[[ -n "${BENCH_KEEP_DB:-}" ]] && cp -r "$DIRECTORY_DATA_DIR/db" "$WORK/db-at-kill"
uptime
start second
pid=$(jvm)
if [[ -n "${BENCH_DUMPS:-}" ]]; then
  (while kill -0 "$pid" 2>/dev/null; do
    { echo "=== $(ps -o etimes= -p "$pid" | tr -d ' ') s"; "$JAVA_HOME/bin/jcmd" "$pid" Thread.print; } \
      >> "$WORK/threads-at-restart.txt" 2>&1
    sleep 2
  done) &
  DUMPS=$!
fi
for _ in $(seq 1 1200); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/api/v1/venues?q=mediatheque&limit=5" || true)
  [[ "$code" == 200 ]] && break
  sleep 0.1
done
echo "Search answered 200, $(ps -o etimes= -p "$pid" | tr -d ' ') s after the restarted JVM started (ready: $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health/ready"))"
[[ -n "${DUMPS:-}" ]] && kill "$DUMPS" 2>/dev/null || true
DUMPS=
for _ in $(seq 1 300); do
  runs=$(curl -sf -H "Authorization: Bearer bench-admin-key" "http://localhost:$PORT/api/v1/sources/bench/runs" || true)
  grep -qi '"status":"running"' <<<"$runs" || break
  sleep 1
done
echo "The interrupted run, once concluded: $(grep -oi '"status":"[a-z_]*"' <<<"$runs" | head -1), $(ps -o etimes= -p "$pid" | tr -d ' ') s after the start"
echo "Venues found after the restart: $(curl -s "http://localhost:$PORT/api/v1/venues?limit=1" | grep -o '"total":[0-9]*')"
uptime
# For comparison: a clean stop and start of the same node on the same data (nothing left behind).
"$LIBERTY/bin/server" stop directory >/dev/null 2>&1 || true
wait 2>/dev/null || true
start clean
pid=$(jvm)
for _ in $(seq 1 1200); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/api/v1/venues?q=mediatheque&limit=5" || true)
  [[ "$code" == 200 ]] && break
  sleep 0.1
done
echo "Clean start on the same data: search answered 200, $(ps -o etimes= -p "$pid" | tr -d ' ') s after the JVM started"
uptime
