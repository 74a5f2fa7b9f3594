#!/usr/bin/env bash
# Starts a single-node OpenSearch on 127.0.0.1 from the integ-test zip of Maven Central, as a
# non-root user, with fresh data, and waits until it answers.
#
#   tools/opensearch/start.sh ZIP HOME HTTP_PORT TRANSPORT_PORT [JAVA_HOME]
#
# ZIP: org.opensearch.distribution.integ-test-zip:opensearch (the build copies it from ~/.m2);
# HOME: where to unpack it (kept between runs, data wiped at each start). Run as root (CI), the
# server runs as the system user `opensearch`, created if missing; HOME must then be reachable by
# that user (the build uses /tmp/directory-opensearch-PORT). A server left running on the same
# HOME is stopped first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
zip="$1" home="$2" http_port="$3" transport_port="$4"
java_home="${5:-${OPENSEARCH_JAVA_HOME:-${JAVA_HOME:-}}}"
[[ -f "$zip" ]] || { echo "start.sh: no OpenSearch zip at $zip" >&2; exit 1; }
[[ -n "$java_home" && -x "$java_home/bin/java" ]] || { echo "start.sh: no JDK (give JAVA_HOME)" >&2; exit 1; }

"$here/stop.sh" "$home" >/dev/null 2>&1 || true

version="$(basename "$zip" .zip)"
dist="$home/$version"
if [[ ! -x "$dist/bin/opensearch" ]]; then
  rm -rf "$home" && mkdir -p "$home"
  unzip -q "$zip" -d "$home"
  if [[ ! -d "$dist" ]]; then  # the zip's top folder is opensearch-VERSION
    mv "$home"/opensearch-* "$dist"
  fi
fi
rm -rf "$home/data" "$home/logs" && mkdir -p "$home/data" "$home/logs"

cat > "$dist/config/opensearch.yml" <<YML
cluster.name: directory-$http_port
node.name: node-$http_port
network.host: 127.0.0.1
http.port: $http_port
transport.port: $transport_port
discovery.type: single-node
path.data: $home/data
path.logs: $home/logs
# Tests and small deployments run on one node: no replica to wait for.
cluster.routing.allocation.disk.threshold_enabled: false
action.auto_create_index: false
YML
sed -i 's/^-Xms.*/-Xms512m/; s/^-Xmx.*/-Xmx512m/' "$dist/config/jvm.options"

run=()
if [[ "$(id -u)" == 0 ]]; then
  if ! id opensearch >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin opensearch
  fi
  chown -R opensearch: "$home"
  run=(runuser -u opensearch --)
fi
"${run[@]}" env OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_PATH_CONF="$dist/config" \
  "$dist/bin/opensearch" -d -p "$home/opensearch.pid" >"$home/logs/console.log" 2>&1 || {
  echo "start.sh: OpenSearch failed to start:" >&2
  cat "$home/logs/console.log" >&2
  exit 1
}
"$here/wait-ready.sh" "$http_port" 120 || {
  echo "start.sh: OpenSearch did not answer; its log:" >&2
  tail -50 "$home/logs/"*.log "$home/logs/console.log" >&2 || true
  "$here/stop.sh" "$home" || true
  exit 1
}
echo "OpenSearch $version on http://127.0.0.1:$http_port (pid $(cat "$home/opensearch.pid"))"
