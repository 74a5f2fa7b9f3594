#!/usr/bin/env bash
# Makes directory-web/src/test/resources/upgrade/directory.sql, the database UpgradeIT starts the
# current code on: the installable jar (./mvnw package -DskipTests) run with the sample, a hub that
# pushes three rows (one the same venue as a sample's), a decision, an error report; then stopped,
# trimmed to a few venues and written as an H2 script by FixtureTrim.java. Run it with the jar of
# the release whose data the next one must upgrade. DOWN_TO (optional): see FixtureTrim.java.
# Usage: tools/upgrade-fixture/make-fixture.sh [DOWN_TO]
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d /tmp/directory-fixture.XXXXXX)
PORT=${FIXTURE_PORT:-25181}
BASE=http://localhost:$PORT
ADMIN=fixture-admin-key
. .mvn/select-jdk.sh
REPO=$(sed -n 's/.*-Dmaven.repo.local=\([^ ]*\).*/\1/p' .mvn/maven.config 2>/dev/null)
H2=$(find "${REPO:-$HOME/.m2/repository}/com/h2database/h2" -name 'h2-*.jar' | sort | tail -1)
HTTP_PORT=$PORT DIRECTORY_DATA_DIR=$WORK/data DIRECTORY_ADMIN_KEY=$ADMIN DIRECTORY_PULL_ENABLED=false DIRECTORY_SEARCH_TIMEOUT=PT60S \
  WLP_JAR_EXTRACT_ROOT=$WORK/runtime "$JAVA_HOME/bin/java" -Xmx512m -jar "${JAR:-directory-web/target/directory.jar}" \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$BASE/health/ready"; do sleep 1; done
until curl -sf "$BASE/api/v1/sources/exemple/runs" | grep -q '"complete":true'; do sleep 1; done
KEY=$(curl -sf -X PUT "$BASE/api/v1/admin/sources/hub-upgrade" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' \
  -d '{"name":"Hub de test de mise à jour","format":"standard-v1-csv","delivery":"push"}' |
  sed 's/.*"push_key":"\([^"]*\)".*/\1/')
SAMPLE=directory-import/src/main/resources/sample/lieux-mediation-numerique-exemple.csv
{
  head -1 "$SAMPLE"
  # The same venue as exemple-0001 (its twin in this hub), and two of the hub's own.
  sed -n 2p "$SAMPLE" | sed 's/^"exemple-0001"/"u1"/'
  sed -n 3p "$SAMPLE" | sed 's/^"exemple-0002"/"u2"/'
  sed -n 4p "$SAMPLE" | sed 's/^"exemple-0003"/"u3"/'
} > "$WORK/hub.csv"
sed -i '3s/^"u2","\([^"]*\)","[^"]*"/"u2","\1","Médiathèque de la Mise à Jour"/' "$WORK/hub.csv"
LOCATION=$(curl -s -D - -o /dev/null -X PUT "$BASE/api/v1/sources/hub-upgrade/feed" \
  -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' --data-binary "@$WORK/hub.csv" |
  sed -n 's/^[Ll]ocation: *\(.*\)\r$/\1/p')
until curl -sf "$LOCATION" | grep -q '"complete":true'; do sleep 1; done
curl -sf -X POST "$BASE/api/v1/admin/merge-decisions" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' \
  -d '{"decision":"not_duplicates","venues":["hub-upgrade:u3","exemple:exemple-0003"],"note":"Deux lieux distincts"}' > /dev/null
VENUE=$(curl -sf "$BASE/api/v1/venues?q=$(printf 'M%%C3%%A9diath%%C3%%A8que%%20de%%20la%%20Mise')&limit=1" |
  sed 's/.*"items":\[{"id":"\([^"]*\)".*/\1/')
curl -sf -X POST "$BASE/api/v1/error-reports" -H 'Content-Type: application/json' \
  -d "{\"venue_id\":\"$VENUE\",\"message\":\"Le lieu a déménagé au 3 rue de la Gare.\"}" > /dev/null
echo "hub key: $KEY (sha256 stored); venue reported: $VENUE"
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
"$JAVA_HOME/bin/java" -cp "$H2" tools/upgrade-fixture/FixtureTrim.java "$WORK/data/db/directory" \
  "$PWD/directory-web/src/test/resources/upgrade/directory.sql" "${1:-99}"
ls -l directory-web/src/test/resources/upgrade/directory.sql
