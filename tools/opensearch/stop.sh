#!/usr/bin/env bash
# Stops the OpenSearch started by start.sh on HOME: SIGTERM, then SIGKILL after 30 s.
#
#   tools/opensearch/stop.sh HOME
set -euo pipefail
home="$1"
pidfile="$home/opensearch.pid"
[[ -f "$pidfile" ]] || { echo "No OpenSearch running from $home."; exit 0; }
pid="$(cat "$pidfile")"
# Only a java process started from this HOME: a stale pid file must not kill anything else.
if [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "$home"; then
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "OpenSearch (pid $pid) still running after 30 s: killing it." >&2
    kill -9 "$pid" 2>/dev/null || true
  fi
  echo "OpenSearch (pid $pid) stopped."
fi
rm -f "$pidfile"
