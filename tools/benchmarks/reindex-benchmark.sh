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
# With BENCH_SQL_SEED=1 (PostgreSQL only), the ROWS venues are written straight into the database
# by one INSERT ... SELECT instead of being imported through the API (an import of 1M venues takes
# far longer than their reindexing): synthetic venues across metropolitan France.
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
# The work folder goes with a run that succeeded, unless BENCH_KEEP=1 keeps it.
trap 'rc=$?; kill $SERVER 2>/dev/null; directory-web/target/liberty/wlp/bin/server stop directory >/dev/null 2>&1 || true; [[ $rc -ne 0 || -n "${BENCH_KEEP:-}" ]] || rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && break
  sleep 1
done
. .mvn/select-jdk.sh
echo "Server up (heap -Xmx1g, $(nproc) cores, index ${DIRECTORY_INDEX_BACKEND:-lucene}); work folder $WORK"
if [[ -n "${BENCH_SQL_SEED:-}" ]]; then
  db=${BENCH_DB_URL:?BENCH_SQL_SEED needs BENCH_DB_URL (PostgreSQL)}
  db=${db##*/}
  psql -q -h 127.0.0.1 -U "${BENCH_DB_USER:-postgres}" -d "$db" -v ON_ERROR_STOP=1 -c "
    insert into merged_venue (id, pivot, nom, commune, code_postal, adresse, latitude, longitude,
      position_precision, telephone, courriels, site_web, horaires, presentation_resume,
      date_maj, services, frais_a_charge, modalites_acces, source_keys, fingerprint,
      created_at, updated_at, version)
    select md5('bench' || i)::uuid::text, '00000000000000',
      (array['Médiathèque', 'Espace France Services', 'EPN', 'Centre social', 'Mairie'])[1 + i % 5]
        || ' ' || i,
      'Commune ' || (i % 30000), lpad((1 + i % 95)::text, 2, '0') || '000',
      (1 + i % 200) || ' rue de la République', 42.5 + (i % 1000) * 0.0085, -4.5 + (i / 1000 % 1000) * 0.0125,
      'SOURCE', '+3314' || lpad((i % 10000000)::text, 7, '0'), 'contact' || i || '@exemple.fr',
      'https://exemple.fr/lieux/' || i, 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00',
      'Aide aux démarches en ligne et accès à internet, avec ou sans rendez-vous.',
      date '2025-01-01' + (i % 600),
      (array['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien',
        'Aide aux démarches administratives|Accès internet et matériel informatique'])[1 + i % 3],
      (array['Gratuit', 'Payant', 'Gratuit sous condition'])[1 + i % 3], 'Se présenter',
      'bench', md5(i::text) || md5(i::text), now(), now(), 0
    from generate_series(1, $ROWS) i"
else
  "$JAVA_HOME/bin/java" tools/benchmarks/ImportBenchmark.java "http://localhost:$PORT" bench-admin-key "$ROWS" \
    directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv "$WORK/no-gc.log" \
    > "$WORK/import.log" 2>&1 || { cat "$WORK/import.log"; exit 1; }
fi
echo "Imported $ROWS venues; reindexing with $THREADS loading threads:"
start=$(date +%s.%N)
DIRECTORY_ADMIN_KEY=bench-admin-key tools/reindex.sh "http://localhost:$PORT" "$THREADS"
end=$(date +%s.%N)
awk -v r="$ROWS" -v s="$start" -v e="$end" \
  'BEGIN { printf "Reindexed %d venues in %.1f s: %.0f venues/s (wall clock, from the script)\n", r, e - s, r / (e - s) }'
