#!/usr/bin/env bash
# End-to-end import benchmark: starts the directory on port BENCH_PORT (default 19190) with a 1 GB
# heap and empty data, pushes a generated CSV of the standard (ROWS rows, default 100000), then the
# same file with 1% of rows changed, then with another 1% changed (the next day's file: the code
# the first re-import ran is compiled by then), and prints for each push the rows/s until its answer (rows
# published) and until its run is complete (merged venues composed and indexed), with the peak heap
# from the GC log. BENCH_JVM_ARGS adds server JVM options (a JFR recording, for instance).
# BENCH_KEEP=1 keeps the work folder (deleted at the end of a run that succeeded otherwise).
# BENCH_DB_URL (a PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/directory_bench_import)
# runs the directory on that database, recreated empty first, instead of the embedded H2: the scale
# path's database, configuration only.
# BENCH_SOURCES=N sends the ROWS venues from N hubs instead, each its own file in turn (a tenth of
# each hub's venues also listed by the hub before), then the last hub's file with 1% changed: the
# national case, where a million venues come from regional hubs. BENCH_COMMUNES=1 places the hubs'
# venues in communes drawn by population (the commune reference built in directory-core), as the
# API benchmark does, instead of around the sample's 505 venues (200 copies of each within 2 km).
# BENCH_JFR=FILE records a JFR profile of the server (settings=profile, deep stacks) and writes it
# to FILE before the server stops (FILE-<run>.jfr with BENCH_REPEATS): a recording dumped at the
# JVM's exit is cut short by the stop.
# BENCH_REPEATS=N runs the whole sequence N times (default 1), each on a new server with empty data
# (and a database recreated), then prints each phase's median and spread (min–max): the time, and
# the processor time used by the machine and by the server's JVM (seconds of one core, from /proc),
# which varies much less than the time on a shared machine, and the time the hypervisor gave this
# virtual machine's processors to others (steal, not counted in the machine's). Each run also
# prints the load average.
# BENCH_WARMUP=N (default 20000) first warms the server up: rounds of a first import of N venues
# then a re-import with 1% changed, pushed by a source of its own in overseas collectivities where
# the sample has none (each round renumbers its venues, so the round before's are retired), until
# the JIT compiler's threads take at most 10% of the server's processor in a round (at most 8
# rounds; each phase prints the compiler's share: "of which the JIT compiler"); the measured
# imports then run on compiled code, as they do in a directory in service. BENCH_WARMUP=0 measures
# the server as it started (the figures before 2026-12-07). BENCH_WARMUP_ROUNDS=N runs exactly N
# rounds.
# Usage: [BENCH_REPEATS=3] [BENCH_PORT=24190] [BENCH_DB_URL=...] [BENCH_SOURCES=N] tools/benchmarks/import-benchmark.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-100000}
PORT=${BENCH_PORT:-19190}
REPEAT=${BENCH_REPEATS:-1}
[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || { echo "BENCH_REPEATS must be a whole number from 1, not '$REPEAT'" >&2; exit 2; }
OUT=$(mktemp /tmp/directory-bench-out.XXXXXX)
if [[ -n "${BENCH_DB_URL:-}" ]]; then
  db=${BENCH_DB_URL##*/}
  export DIRECTORY_DB_URL=$BENCH_DB_URL DIRECTORY_DB_USER=${BENCH_DB_USER:-postgres} \
    DIRECTORY_DB_DATASOURCE_CLASS=org.postgresql.xa.PGXADataSource
fi
SERVER=
stop_server() {
  [[ -z "$SERVER" ]] || kill "$SERVER" 2>/dev/null || true
  directory-web/target/liberty/wlp/bin/server stop directory >/dev/null 2>&1 || true
  SERVER=
}
# Each run is a subshell (its output goes through tee): this stops a server a failed run left.
trap 'stop_server; rm -f "$OUT"' EXIT

# The work folder (database, index, files: gigabytes at a million venues) goes with a run that
# succeeded, unless BENCH_KEEP=1 keeps it for a look afterwards: a few kept runs filled the disk.
# A run that fails exits here and keeps it, named in its first line.

one_run() {
  local WORK
  WORK=$(mktemp -d /tmp/directory-bench.XXXXXX)
  if [[ -n "${BENCH_DB_URL:-}" ]]; then
    tools/postgresql/recreate-db.sh "${db%%\?*}" 127.0.0.1 5432 "${BENCH_DB_USER:-postgres}"
  fi
  HTTP_PORT=$PORT DIRECTORY_DATA_DIR=$WORK/data DIRECTORY_ADMIN_KEY=bench-admin-key \
    DIRECTORY_FEED_MAX_BYTES=2147483647 DIRECTORY_SAMPLE_ENABLED=false DIRECTORY_PULL_ENABLED=false \
    JVM_ARGS="-Xmx1g -Xlog:gc:file=$WORK/gc.log ${BENCH_JFR:+-XX:StartFlightRecording=name=bench,settings=profile -XX:FlightRecorderOptions=stackdepth=256} ${BENCH_JVM_ARGS:-}" \
    ./mvnw -q -B -Prun > "$WORK/server.log" 2>&1 &
  SERVER=$!
  # The server is built first (-Prun): allow for a slow, shared machine.
  for i in $(seq 1 900); do
    curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && break
    [ "$i" -lt 900 ] || { echo "Server not up after 900 s: $WORK/server.log" >&2; exit 1; }
    sleep 1
  done
  # The server's JVM: the process listening on the port.
  local pid
  pid=$(ss -Hltnp "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  . .mvn/select-jdk.sh
  echo "Server up (heap -Xmx1g, $(nproc) cores, JVM pid ${pid:-unknown}); work folder $WORK; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA_HOME/bin/java" -Dsources="${BENCH_SOURCES:-1}" -DserverPid="${pid:-}" \
    -Dwarmup="${BENCH_WARMUP:-20000}" -DwarmupRounds="${BENCH_WARMUP_ROUNDS:-0}" \
    -DwarmupCommunes=directory-core/target/generated-resources/communes/geo/communes.csv \
    -Dcommunes="${BENCH_COMMUNES:+directory-core/target/generated-resources/communes/geo/communes.csv}" \
    tools/benchmarks/ImportBenchmark.java "http://localhost:$PORT" bench-admin-key "$ROWS" \
    directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv "$WORK/gc.log"
  echo "Run ended; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  if [[ -n "${BENCH_JFR:-}" && -n "${pid:-}" ]]; then
    local jfr=$BENCH_JFR
    [[ "$REPEAT" -eq 1 ]] || jfr=${BENCH_JFR%.jfr}-$run.jfr
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.dump name=bench filename="$jfr" >/dev/null && echo "JFR recording: $jfr"
  fi
  stop_server
  # Wait for the server to be gone before the next run takes its port.
  for i in $(seq 1 60); do
    curl -sf -o /dev/null "http://localhost:$PORT/health/ready" || break
    sleep 1
  done
  [[ -n "${BENCH_KEEP:-}" ]] || rm -rf "$WORK"
}

for run in $(seq 1 "$REPEAT"); do
  [[ "$REPEAT" -eq 1 ]] || echo "== run $run of $REPEAT"
  one_run | tee -a "$OUT"
done
if [[ "$REPEAT" -gt 1 ]]; then
  echo "== median (min-max) of $REPEAT runs"
  # Each phase's lines: "<phase>: HTTP 202 in T s = ..." (the answer) and "<phase>: complete
  # (federation and index) in T s = ..."; both carry "processor time: machine M s, server S s".
  awk '
    function med(list,   n, a, i, j, t) {
      n = split(list, a, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return sprintf("%s (%s-%s)", (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2), a[1], a[n])
    }
    / in [0-9.]+ s = / && /processor time/ {
      phase = $0; sub(/: (HTTP [0-9]+|complete \(federation and index\)) in .*/, "", phase)
      kind = ($0 ~ /: complete \(/) ? "complete" : "answer"
      key = phase " | " kind
      if (!(key in seen)) { seen[key] = 1; order[++keys] = key }
      match($0, / in [0-9.]+ s/); t = substr($0, RSTART + 4, RLENGTH - 6)
      match($0, /machine [0-9.]+ s/); m = substr($0, RSTART + 8, RLENGTH - 10)
      match($0, /server [0-9.a-zA-Z]+ s/); s = substr($0, RSTART + 7, RLENGTH - 9)
      time[key] = time[key] " " t; mach[key] = mach[key] " " m; serv[key] = serv[key] " " s
    }
    END {
      print "| phase | until | time, s | processor time, machine, s | processor time, server JVM, s |"
      print "|---|---|---|---|---|"
      for (k = 1; k <= keys; k++) {
        split(order[k], p, " [|] ")
        printf "| %s | %s | %s | %s | %s |\n", p[1], p[2], med(time[order[k]]), med(mach[order[k]]), med(serv[order[k]])
      }
    }' "$OUT"
fi
