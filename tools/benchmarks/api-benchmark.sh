#!/usr/bin/env bash
# Read benchmark of the public API, with its anchors side by side in one run (docs/benchmarks.md,
# "Public API reads against PostGIS"). For each size of SIZES (comma-separated, e.g.
# 100000,1000000: each size with its own data folder and databases, suffixed with _ROWS):
#
#  1. the Lucene node: starts the directory (-Prun, port BENCH_PORT, default 39190, heap
#     BENCH_HEAP, default -Xmx2g) and loads ROWS generated venues where people live (pushed
#     through the API, or with BENCH_SEED=1 written into its database BENCH_DB_URL and indexed by
#     a rebuild); loads the same venues into PostGIS (database BENCH_DB, default
#     directory_bench_ROWS; postgis-setup.sh); runs the search, places and clusters queries with
#     16 clients on the API then on PostGIS, and the search in an open loop at BENCH_RATES;
#  2. the OpenSearch node (with BENCH_DB_URL; BENCH_OPENSEARCH=false skips it): stops the Lucene
#     node, starts OpenSearch (tools/opensearch, HTTP port BENCH_OPENSEARCH_PORT, default
#     BENCH_PORT+10, transport +100 of it) and a directory on the same database with the
#     Elasticsearch backend, rebuilds its index, and runs the same API phases (PostGIS aside);
#  3. the floor (BENCH_FLOOR=false skips it), run between the two nodes with no server up: the
#     same search as raw Lucene on the Lucene node's index (lucene-floor.sh, JMH, 16 threads in
#     throughput mode, 10 warm-up iterations of 2 s, by default: BENCH_FLOOR_JMH; five were too few
#     on an index just written); at the end, the ratio of each node's cost per
#     request to it.
#
# Each phase warms up until its rate is stable (the output says after how long), then runs
# BENCH_REPEATS times (default 3): median and spread (min–max) of the runs, and the load average
# at the end of each. One server JVM at a time, so that the nodes do not share the cores.
# BENCH_JFR=FILE.jfr records the server during the saturated search's measured runs (each node its
# own file, FILE-lucene.jfr and FILE-opensearch.jfr) and prints where the time went (JfrSummary).
# Usage: tools/benchmarks/api-benchmark.sh [SIZES] [SECONDS]
set -euo pipefail
# The whole script is one block, read before it runs: a checkout or an edit of this file during a
# run (an hour at 1M venues) does not change what the run does.
{
cd "$(dirname "$0")/../.."
SIZES=${1:-100000}
SECONDS_PER_QUERY=${2:-20}
if [[ "$SIZES" == *,* ]]; then
  failed=
  for rows in ${SIZES//,/ }; do
    echo "=== $rows venues ($(date -u +%H:%M:%S) UTC) ==="
    BENCH_DB_URL=${BENCH_DB_URL:+${BENCH_DB_URL}_$rows} BENCH_DB=${BENCH_DB:+${BENCH_DB}_$rows} \
      BENCH_DATA_DIR=${BENCH_DATA_DIR:+${BENCH_DATA_DIR}-$rows} BENCH_JFR=${BENCH_JFR:+${BENCH_JFR%.jfr}-$rows.jfr} \
      "$0" "$rows" "$SECONDS_PER_QUERY" || { failed="$failed $rows"; echo "=== $rows venues: FAILED ==="; }
  done
  echo "=== ended $(date -u +%H:%M:%S) UTC${failed:+, failed sizes:$failed} ==="
  [[ -z "$failed" ]]
  exit
fi
ROWS=$SIZES
PORT=${BENCH_PORT:-39190}
DB=${BENCH_DB:-directory_bench_$ROWS}
WORK=$(mktemp -d /tmp/directory-api-bench.XXXXXX)
# BENCH_DATA_DIR keeps the directory's data between runs: the first run loads it, later runs
# (same ROWS) measure at once.
DATA=${BENCH_DATA_DIR:-$WORK/data}
SKIP_LOAD=
if [ -f "$DATA/bench-loaded-$ROWS" ]; then SKIP_LOAD=--skip-load; fi
# BENCH_SEED=1 (with BENCH_DB_URL, the directory's PostgreSQL database, recreated empty when the
# data folder was not loaded yet): venues written straight into the database and indexed by a
# rebuild, instead of imported through the API.
if [[ -n "${BENCH_DB_URL:-}" ]]; then
  dir_db=${BENCH_DB_URL##*/}
  if [[ "${dir_db%%\?*}" == "$DB" ]]; then
    echo "BENCH_DB_URL names the PostGIS database $DB: give the directory a database of its own"
    exit 1
  fi
  export DIRECTORY_DB_URL=$BENCH_DB_URL DIRECTORY_DB_USER=${BENCH_DB_USER:-postgres} \
    DIRECTORY_DB_DATASOURCE_CLASS=org.postgresql.xa.PGXADataSource
fi
if [[ -n "${BENCH_SEED:-}" && -z "$SKIP_LOAD" ]]; then
  SKIP_LOAD="--seed ${BENCH_DB_URL:?BENCH_SEED needs BENCH_DB_URL}?user=${BENCH_DB_USER:-postgres}"
  tools/postgresql/recreate-db.sh "${dir_db%%\?*}" 127.0.0.1 5432 "${BENCH_DB_USER:-postgres}"
fi
# BENCH_POSTGIS=false: the API alone (before/after runs of the directory), no PostGIS needed.
if [[ "${BENCH_POSTGIS:-}" != false ]]; then
  tools/benchmarks/postgis-setup.sh "$DB" "$([[ "$SKIP_LOAD" == --skip-load ]] && echo keep)"
fi
. .mvn/select-jdk.sh
# The PostgreSQL driver the build resolved (the project depends on it), in the worktree's own
# Maven repository when .mvn/maven.config names one.
REPO=$(sed -n 's/.*-Dmaven\.repo\.local=\([^ ]*\).*/\1/p' .mvn/maven.config 2>/dev/null || true)
DRIVER=$(find "${REPO:-$HOME/.m2/repository}/org/postgresql/postgresql" -name 'postgresql-*.jar' ! -name '*sources*' | sort -V | tail -1)
LIBERTY=$PWD/directory-web/target/liberty/wlp
OPENSEARCH_PORT=${BENCH_OPENSEARCH_PORT:-$((PORT + 10))}
OPENSEARCH_HOME=/tmp/directory-opensearch-$OPENSEARCH_PORT
SERVER=
stop_node() {
  if [[ -n "$SERVER" ]]; then
    "$LIBERTY/bin/server" stop directory >/dev/null 2>&1 || true
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=
  fi
}
trap 'stop_node; tools/opensearch/stop.sh "$OPENSEARCH_HOME" >/dev/null 2>&1 || true' EXIT
export HTTP_PORT=$PORT DIRECTORY_DATA_DIR=$DATA DIRECTORY_ADMIN_KEY=bench-admin-key \
  DIRECTORY_FEED_MAX_BYTES=2147483647 DIRECTORY_SAMPLE_ENABLED=false DIRECTORY_PULL_ENABLED=false \
  DIRECTORY_RATE_REQUESTS_PER_MINUTE=0

# Starts a directory node ($1: its name in the logs) and waits until it is ready and its index
# is not being rebuilt; sets SERVER (the Maven process) and SERVER_PID (the server's JVM).
start_node() {
  # Deep stacks for the JFR recording (the default 64 frames cut a request's stack short of
  # its resource method, hiding which of our methods the time is under).
  export JVM_ARGS="${BENCH_HEAP:--Xmx2g} -Xlog:gc:file=$WORK/gc-$1.log ${BENCH_JFR:+-XX:FlightRecorderOptions:stackdepth=256} ${BENCH_JVM_ARGS:-}"
  ./mvnw -q -B -Prun > "$WORK/server-$1.log" 2>&1 &
  SERVER=$!
  # The build before the start takes minutes on a busy machine: wait up to 30 minutes.
  for _ in $(seq 1 1800); do
    curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && break
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 1
  done
  curl -sf -o /dev/null "http://localhost:$PORT/health/ready" || { echo "The directory did not start: $WORK/server-$1.log"; exit 1; }
  # A start after a mapping change rebuilds the index in the background: measure after it.
  while curl -sf -H "Authorization: Bearer bench-admin-key" "http://localhost:$PORT/api/v1/admin/reindexing" | grep -q '"state":"running"'; do
    sleep 5
  done
  # A start on existing data compares the index with the database in the background (two and a
  # half minutes at a million on a slow machine, both cores busy): measure after it too.
  while curl -sf "http://localhost:$PORT/health/ready" | grep -q '"search-index-repair","status":"UP","data":{"state":"running"'; do
    sleep 5
  done
  SERVER_PID=$(pgrep -f -- "-javaagent:$LIBERTY/" | head -1)
  echo "$1 node up (${BENCH_HEAP:--Xmx2g}, $(nproc) cores, pid $SERVER_PID); work folder $WORK; commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- directory-core directory-api directory-web || echo ' with local changes')"
  uptime
}

# Runs the benchmark's phases on the node up ($1: its name; more arguments for ApiBenchmark).
run_phases() {
  local node=$1
  shift
  BENCH_NODE=$node BENCH_SERVER_PID=$SERVER_PID BENCH_JFR=${BENCH_JFR:+${BENCH_JFR%.jfr}-${node,,}.jfr} \
    "$JAVA_HOME/bin/java" -Xmx3g -cp "$DRIVER:tools/benchmarks" tools/benchmarks/ApiBenchmark.java "http://localhost:$PORT" bench-admin-key \
    "$ROWS" directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv \
    directory-core/target/generated-resources/communes/geo/communes.csv \
    "jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" "$WORK/gc-$node.log" "$SECONDS_PER_QUERY" "$@" \
    | tee "$WORK/phases-$node.log"
  uptime
}

# Where the time went during the saturated search, from the node's JFR recording.
profile_summary() {
  local file=${BENCH_JFR%.jfr}-${1,,}.jfr
  [[ -f "$file" ]] || { echo "No JFR recording at $file"; return 0; }
  echo "--- JFR of the saturated search, $1 node: $file"
  "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$file" || true
  "$JAVA_HOME/bin/java" tools/benchmarks/JfrSummary.java "$file" 20 || true
}

start_node Lucene
# shellcheck disable=SC2086
run_phases Lucene $SKIP_LOAD
touch "$DATA/bench-loaded-$ROWS"
stop_node
if [[ -n "${BENCH_JFR:-}" ]]; then profile_summary Lucene; fi

if [[ "${BENCH_FLOOR:-}" != false ]]; then
  # The Lucene node's venue index: the folder of segments_N under the data folder's index.
  INDEX=$(dirname "$(find "$DATA" -name 'segments_*' -path '*venue*' | head -1)")
  echo "--- The floor: raw Lucene on $INDEX, no server running"
  BENCH_JMH=${BENCH_FLOOR_JMH:--f 1 -wi 10 -w 2s -i 5 -r 2s -t 16 -bm thrpt -tu s} \
    tools/benchmarks/lucene-floor.sh "$INDEX" | tee "$WORK/floor.log"
fi

if [[ "${BENCH_OPENSEARCH:-}" != false ]]; then
  if [[ -z "${BENCH_DB_URL:-}" ]]; then
    echo "OpenSearch node skipped: it needs the venues in PostgreSQL (BENCH_DB_URL)"
  else
    zip=$WORK/opensearch-dist/opensearch-${BENCH_OPENSEARCH_VERSION:-3.6.0}.zip
    ./mvnw -q -B dependency:copy -Dartifact=org.opensearch.distribution.integ-test-zip:opensearch:${BENCH_OPENSEARCH_VERSION:-3.6.0}:zip \
      -DoutputDirectory="$WORK/opensearch-dist" > "$WORK/opensearch-dist.log" 2>&1 || { cat "$WORK/opensearch-dist.log"; exit 1; }
    # A heap of its own size (start.sh sets 512 MB; the later option wins); fresh data each run.
    OPENSEARCH_JAVA_OPTS="${BENCH_OPENSEARCH_HEAP:--Xms1g -Xmx1g}" \
      tools/opensearch/start.sh "$zip" "$OPENSEARCH_HOME" "$OPENSEARCH_PORT" "$((OPENSEARCH_PORT + 100))" "$JAVA_HOME"
    export DIRECTORY_INDEX_BACKEND=elasticsearch DIRECTORY_INDEX_HOSTS=127.0.0.1:$OPENSEARCH_PORT DIRECTORY_INDEX_PREFIX=bench-
    start_node OpenSearch
    # Same database, empty index: rebuilt from the database before measuring.
    start=$(date +%s)
    tools/reindex.sh "http://localhost:$PORT" 2 | tail -1
    echo "OpenSearch index rebuilt in $(($(date +%s) - start)) s"
    export BENCH_POSTGIS=false
    run_phases OpenSearch --skip-load
    stop_node
    tools/opensearch/stop.sh "$OPENSEARCH_HOME"
    if [[ -n "${BENCH_JFR:-}" ]]; then profile_summary OpenSearch; fi
  fi
fi

if [[ -f "$WORK/floor.log" ]]; then
  # The API's cost per request over the floor's, both at 16 concurrent requests on the same
  # cores: the floor's throughput over the API's (the API's includes its load generator's share).
  # JMH's result line: "SearchFloor.search INDEX thrpt N SCORE ± ERROR ops/s" (no error after
  # a single iteration); a ratio only in throughput mode (ops/s).
  floor=$(awk '$1 == "SearchFloor.search" && $NF == "ops/s" { s = $(NF - 1); for (i = 1; i <= NF; i++) if ($i == "±") s = $(i - 1); print s }' "$WORK/floor.log" | tail -1)
  for node in Lucene OpenSearch; do
    [[ -f "$WORK/phases-$node.log" ]] || continue
    api=$(sed -n 's/^API search median: \([0-9.]*\) req\/s/\1/p' "$WORK/phases-$node.log" | tail -1)
    if [[ -n "$floor" && -n "$api" ]]; then
      awk -v f="$floor" -v a="$api" -v n="$node" -v r="$ROWS" 'BEGIN {
        printf "%d venues: floor %.0f searches/s (16 threads, raw Lucene); API (%s node) %.0f req/s; API cost per request over the floor: %.1fx\n", r, f, n, a, f / a }'
    fi
  done
fi
exit
}
