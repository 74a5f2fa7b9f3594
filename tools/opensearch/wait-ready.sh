#!/usr/bin/env bash
# Waits until the OpenSearch on 127.0.0.1:PORT answers with a yellow or green cluster.
#
#   tools/opensearch/wait-ready.sh PORT [TIMEOUT_SECONDS]
set -euo pipefail
port="$1" timeout="${2:-120}"
deadline=$((SECONDS + timeout))
until curl -fsS "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null 2>&1; do
  if ((SECONDS >= deadline)); then
    echo "wait-ready.sh: OpenSearch on port $port not ready after ${timeout}s" >&2
    exit 1
  fi
  sleep 1
done
