#!/usr/bin/env bash
# Read benchmark of the public API against PostGIS (issue 5): starts the directory on port
# BENCH_PORT (default 39190) with a 2 GB heap and empty data, generates ROWS venues where people
# live, pushes them, loads the same venues into PostGIS (database BENCH_DB, default
# directory_bench_ROWS; PostGIS installed by postgis-setup.sh when absent), then runs the
# search, places and clusters queries with 16 clients on both and prints the table of
# docs/benchmarks.md (the server is built and started by -Prun, as import-benchmark.sh does).
# Each phase warms up until its rate is stable (the output says after how long), then runs
# BENCH_REPEATS times (default 3): the table gives the median and the spread (min–max) of the runs
# and the load average at the end of each, so that two runs one after the other compare.
# Usage: tools/benchmarks/api-benchmark.sh [ROWS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-100000}
SECONDS_PER_QUERY=${2:-20}
PORT=${BENCH_PORT:-39190}
DB=${BENCH_DB:-directory_bench_$ROWS}
WORK=$(mktemp -d /tmp/directory-api-bench.XXXXXX)
# BENCH_DATA_DIR keeps the directory's data between runs: the first run loads it, later runs
# (same ROWS) measure at once.
DATA=${BENCH_DATA_DIR:-$WORK/data}
SKIP_LOAD=
if [ -f "$DATA/bench-loaded-$ROWS" ]; then SKIP_LOAD=--skip-load; fi
# BENCH_SEED=1 (with BENCH_DB_URL, an empty PostgreSQL database for the directory): venues written
# straight into the database and indexed by a rebuild, instead of imported through the API.
if [[ -n "${BENCH_DB_URL:-}" ]]; then
  export DIRECTORY_DB_URL=$BENCH_DB_URL DIRECTORY_DB_USER=${BENCH_DB_USER:-postgres} \
    DIRECTORY_DB_DATASOURCE_CLASS=org.postgresql.xa.PGXADataSource
fi
if [[ -n "${BENCH_SEED:-}" && -z "$SKIP_LOAD" ]]; then
  SKIP_LOAD="--seed ${BENCH_DB_URL:?BENCH_SEED needs BENCH_DB_URL}?user=${BENCH_DB_USER:-postgres}"
fi
# BENCH_POSTGIS=false: the API alone (before/after runs of the directory), no PostGIS needed.
if [[ "${BENCH_POSTGIS:-}" != false ]]; then
  tools/benchmarks/postgis-setup.sh "$DB" "$([[ "$SKIP_LOAD" == --skip-load ]] && echo keep)"
fi
# The PostgreSQL driver the build resolved (the project depends on it).
DRIVER=$(find "$HOME/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' ! -name '*sources*' | sort -V | tail -1)
export HTTP_PORT=$PORT DIRECTORY_DATA_DIR=$DATA DIRECTORY_ADMIN_KEY=bench-admin-key \
  DIRECTORY_FEED_MAX_BYTES=2147483647 DIRECTORY_SAMPLE_ENABLED=false DIRECTORY_PULL_ENABLED=false \
  DIRECTORY_RATE_REQUESTS_PER_MINUTE=0 \
  JVM_ARGS="${BENCH_HEAP:--Xmx2g} -Xlog:gc:file=$WORK/gc.log ${BENCH_JVM_ARGS:-}"
./mvnw -q -B -Prun > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; directory-web/target/liberty/wlp/bin/server stop directory >/dev/null 2>&1 || true' EXIT
# The build before the start takes minutes on a busy machine: wait up to 30 minutes, then give up.
for _ in $(seq 1 1800); do
  curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && break
  sleep 1
done
curl -sf -o /dev/null "http://localhost:$PORT/health/ready" || { echo "The directory did not start: $WORK/server.log"; exit 1; }
# A start after a mapping change rebuilds the index in the background: measure after it.
while curl -sf -H "Authorization: Bearer bench-admin-key" "http://localhost:$PORT/api/v1/admin/reindexing" | grep -q '"state":"running"'; do
  sleep 5
done
. .mvn/select-jdk.sh
echo "Server up (${BENCH_HEAP:--Xmx2g}, $(nproc) cores); work folder $WORK; commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- directory-core directory-api directory-web || echo ' with local changes')"
uptime
"$JAVA_HOME/bin/java" -Xmx3g -cp "$DRIVER" tools/benchmarks/ApiBenchmark.java "http://localhost:$PORT" bench-admin-key \
  "$ROWS" directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv \
  directory-core/target/generated-resources/communes/geo/communes.csv \
  "jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" "$WORK/gc.log" "$SECONDS_PER_QUERY" $SKIP_LOAD
touch "$DATA/bench-loaded-$ROWS"
uptime
