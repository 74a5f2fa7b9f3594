#!/usr/bin/env bash
# Mass reindexing benchmark (issue 7): starts the directory on port 19191 with a 1 GB heap and
# empty data, imports ROWS generated venues (import-benchmark's generator), then rebuilds the whole
# index through the admin API (tools/reindex.sh) and prints the entities indexed per second.
#
#   tools/benchmarks/reindex-benchmark.sh [ROWS] [THREADS]
#
# Backend: Lucene on local disk by default. With BENCH_INDEX_HOSTS=127.0.0.1:9200 (a running
# OpenSearch, e.g. tools/opensearch/start.sh), the Elasticsearch backend against it instead;
# with BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/NAME (an empty database), PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-100000}
THREADS=${2:-2}
WORK=$(mktemp -d /tmp/directory-reindex-bench.XXXXXX)
PORT=19191
export HTTP_PORT=$PORT DIRECTORY_DATA_DIR=$WORK/data DIRECTORY_ADMIN_KEY=bench-admin-key \
  DIRECTORY_FEED_MAX_BYTES=2147483647 DIRECTORY_SAMPLE_ENABLED=false DIRECTORY_PULL_ENABLED=false \
  JVM_ARGS="-Xmx1g ${BENCH_JVM_ARGS:-}"
if [[ -n "${BENCH_INDEX_HOSTS:-}" ]]; then
  export DIRECTORY_INDEX_BACKEND=elasticsearch DIRECTORY_INDEX_HOSTS=$BENCH_INDEX_HOSTS \
    DIRECTORY_INDEX_PREFIX="bench-$(basename "$WORK" | tr 'A-Z.' 'a-z-')-"
fi
if [[ -n "${BENCH_DB_URL:-}" ]]; then
  export DIRECTORY_DB_URL=$BENCH_DB_URL DIRECTORY_DB_USER=${BENCH_DB_USER:-postgres} \
    DIRECTORY_DB_DATASOURCE_CLASS=org.postgresql.xa.PGXADataSource
fi
./mvnw -q -B -Prun > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; directory-web/target/liberty/wlp/bin/server stop directory >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && break
  sleep 1
done
. .mvn/select-jdk.sh
echo "Server up (heap -Xmx1g, $(nproc) cores, index ${DIRECTORY_INDEX_BACKEND:-lucene}); work folder $WORK"
"$JAVA_HOME/bin/java" tools/benchmarks/ImportBenchmark.java "http://localhost:$PORT" bench-admin-key "$ROWS" \
  directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv "$WORK/no-gc.log" \
  > "$WORK/import.log" 2>&1 || { cat "$WORK/import.log"; exit 1; }
echo "Imported $ROWS venues; reindexing with $THREADS loading threads:"
start=$(date +%s.%N)
DIRECTORY_ADMIN_KEY=bench-admin-key tools/reindex.sh "http://localhost:$PORT" "$THREADS"
end=$(date +%s.%N)
awk -v r="$ROWS" -v s="$start" -v e="$end" \
  'BEGIN { printf "Reindexed %d venues in %.1f s: %.0f venues/s (wall clock, from the script)\n", r, e - s, r / (e - s) }'
