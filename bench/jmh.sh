#!/usr/bin/env bash
# Runs one JMH benchmark class from src/test/java: bench/jmh.sh <Benchmark> [JMH arguments].
# Used by gap-analysis.sh and reports.sh. Runs in the repository root, where the benchmarks
# read rules/, standards-catalog/ and reports-templates/.
#
# The compiled classes are copied aside before JMH starts, so that another build
# cleaning target/ during the run cannot pull classes from under a forked JVM.
# Other builds still compete for the CPU: run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
benchmark=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q -ntp test-compile
mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath.txt"
cp -r target/test-classes "$work/test-classes"
cp -r target/classes "$work/classes"

java -cp "$work/test-classes:$work/classes:$(cat "$work/classpath.txt")" \
  org.openjdk.jmh.Main "$benchmark" "$@"
