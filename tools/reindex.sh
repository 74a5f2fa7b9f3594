#!/usr/bin/env bash
# Rebuilds the search index of the whole directory from the database, on a running node, and
# follows the progress until it ends. The node keeps serving meanwhile (docs/deploy.md).
#
#   DIRECTORY_ADMIN_KEY=... tools/reindex.sh [BASE_URL] [THREADS]
#
# BASE_URL defaults to http://localhost:9080; THREADS (1-16, default 2) load venues from the
# database in parallel. Exits 0 when the rebuild succeeded, 1 otherwise.
set -euo pipefail
base="${1:-http://localhost:9080}"
threads="${2:-2}"
: "${DIRECTORY_ADMIN_KEY:?set DIRECTORY_ADMIN_KEY to the administrator key}"
auth=(-H "Authorization: Bearer $DIRECTORY_ADMIN_KEY")
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" <<<"$2"; }

status=$(curl -fsS -X POST "${auth[@]}" "$base/api/v1/admin/reindexing?threads=$threads")
echo "started: $status"
while [[ "$(field state "$status")" == running ]]; do
  sleep 2
  status=$(curl -fsS "${auth[@]}" "$base/api/v1/admin/reindexing")
  echo "$(date -u +%H:%M:%S) $(field done "$status")/$(field total "$status") entities, $(field per_second "$status")/s"
done
echo "ended: $status"
[[ "$(field state "$status")" == succeeded ]]
