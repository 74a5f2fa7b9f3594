#!/usr/bin/env bash
# The floor of the API benchmark's search (JMH, in-process, raw Lucene on the directory's own
# index): builds tools/benchmarks/lucene-floor and runs SearchFloor on INDEX, the venues' index
# folder of a directory's data (e.g. BENCH_DATA_DIR/index/venue after api-benchmark.sh; stop that
# directory first, or copy the folder, so that both do not share the two cores).
# "-p layout=original,merged,place" compares the index as it is with copies of it in one segment,
# in the same order and sorted by place (SearchFloor.layout; copies written once beside INDEX).
# Usage: tools/benchmarks/lucene-floor.sh INDEX [more JMH options]
set -euo pipefail
cd "$(dirname "$0")/../.."
INDEX=$(realpath "${1:?the venues index folder}")
shift
./mvnw -q -B -f tools/benchmarks/lucene-floor/pom.xml package -DskipTests
. .mvn/select-jdk.sh
uptime
# By default one thread (a request's cost), three forks of 5 warm-up and 5 measured iterations
# of 2 s: JMH prints the mean and its 99.9 % interval, each iteration's figure the spread.
# BENCH_JMH replaces these options, e.g. "-f 1 -wi 5 -w 2s -i 5 -r 2s -t 16 -bm thrpt -tu s" for
# the throughput of 16 threads, as the API benchmark's 16 clients.
# shellcheck disable=SC2086
# BENCH_FLOOR_METHODS: which searches, a JMH pattern; by default the API's query alone
# ("SearchFloor" runs the distance-feature variants beside it).
"$JAVA_HOME/bin/java" -jar tools/benchmarks/lucene-floor/target/lucene-floor.jar "${BENCH_FLOOR_METHODS:-SearchFloor.search\$}" \
  -p index="$INDEX" ${BENCH_JMH:--f 3 -wi 5 -w 2s -i 5 -r 2s -t 1} "$@"
uptime
