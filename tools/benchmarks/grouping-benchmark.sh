#!/usr/bin/env bash
# Federation's grouping of one crowded district, in-process, with JMH: every pair of a block scored
# against only the pairs sharing a feature, on the same generated listings (GroupingBench). Builds
# directory-core as it is in this checkout, then tools/benchmarks/grouping.
# The same jar holds PhoneNumberBench (a row's phone number read as imports read it): pass its name
# first to run it instead, e.g. tools/benchmarks/grouping-benchmark.sh PhoneNumberBench.
# Usage: tools/benchmarks/grouping-benchmark.sh [BENCH] [more JMH options, e.g. -p listings=1000,4000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B install -pl directory-core -am -DskipTests
./mvnw -q -B -f tools/benchmarks/grouping/pom.xml package -DskipTests
. .mvn/select-jdk.sh
uptime
# One fork, 2 warm-up and 5 measured iterations: JMH prints the mean time of a grouping and its
# 99.9 % interval, each iteration's figure the spread.
bench=GroupingBench
if [[ "${1:-}" == *Bench ]]; then
  bench=$1
  shift
fi
"$JAVA_HOME/bin/java" -jar tools/benchmarks/grouping/target/grouping-benchmark.jar "$bench" \
  -f 1 -wi 2 -i 5 "$@"
uptime
