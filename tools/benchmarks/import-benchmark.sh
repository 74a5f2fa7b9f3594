#!/usr/bin/env bash
# End-to-end import benchmark: starts the directory on port BENCH_PORT (default 19190) with a 1 GB
# heap and empty data, pushes a generated CSV of the standard (ROWS rows, default 100000), then the
# same file with 1% of rows changed, and prints for each push the rows/s until its answer (rows
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
# Usage: [BENCH_PORT=24190] [BENCH_DB_URL=...] [BENCH_SOURCES=N] tools/benchmarks/import-benchmark.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-100000}
WORK=$(mktemp -d /tmp/directory-bench.XXXXXX)
PORT=${BENCH_PORT:-19190}
if [[ -n "${BENCH_DB_URL:-}" ]]; then
  db=${BENCH_DB_URL##*/}
  tools/postgresql/recreate-db.sh "${db%%\?*}" 127.0.0.1 5432 "${BENCH_DB_USER:-postgres}"
  export DIRECTORY_DB_URL=$BENCH_DB_URL DIRECTORY_DB_USER=${BENCH_DB_USER:-postgres} \
    DIRECTORY_DB_DATASOURCE_CLASS=org.postgresql.xa.PGXADataSource
fi
export HTTP_PORT=$PORT DIRECTORY_DATA_DIR=$WORK/data DIRECTORY_ADMIN_KEY=bench-admin-key \
  DIRECTORY_FEED_MAX_BYTES=2147483647 DIRECTORY_SAMPLE_ENABLED=false DIRECTORY_PULL_ENABLED=false \
  JVM_ARGS="-Xmx1g -Xlog:gc:file=$WORK/gc.log ${BENCH_JVM_ARGS:-}"
./mvnw -q -B -Prun > "$WORK/server.log" 2>&1 &
SERVER=$!
# The work folder (database, index, files: gigabytes at a million venues) goes with a run that
# succeeded, unless BENCH_KEEP=1 keeps it for a look afterwards: a few kept runs filled the disk.
trap 'rc=$?; kill $SERVER 2>/dev/null; directory-web/target/liberty/wlp/bin/server stop directory >/dev/null 2>&1 || true; [[ $rc -ne 0 || -n "${BENCH_KEEP:-}" ]] || rm -rf "$WORK"' EXIT
# The server is built first (-Prun): allow for a slow, shared machine.
for i in $(seq 1 900); do
  curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && break
  [ "$i" -lt 900 ] || { echo "Server not up after 900 s: $WORK/server.log" >&2; exit 1; }
  sleep 1
done
. .mvn/select-jdk.sh
echo "Server up (heap -Xmx1g, $(nproc) cores); work folder $WORK"
"$JAVA_HOME/bin/java" -Dsources="${BENCH_SOURCES:-1}" -Dcommunes="${BENCH_COMMUNES:+directory-core/target/generated-resources/communes/geo/communes.csv}" \
  tools/benchmarks/ImportBenchmark.java "http://localhost:$PORT" bench-admin-key "$ROWS" \
  directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv "$WORK/gc.log"
