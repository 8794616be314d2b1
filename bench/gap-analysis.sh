#!/usr/bin/env bash
# Measures the Drools gap analysis with JMH (GapAnalysisBenchmark, in src/test/java):
# analyses per second for the Picker-7 embodied example (embodiedExample), and
# milliseconds per analysis for Picker-7 offering 10, 100, 1,000 and 10,000 generated
# evaluations (evaluationSweep). The rules folder is compiled once per fork; each
# operation is one GapEngine.run on prebuilt facts, no Quarkus and no database.
#
# Run from anywhere; it works in the repository root, since the benchmark reads rules/
# and standards-catalog/ from there. About 2.5 minutes on 2 cores. Extra arguments go
# to JMH, for example:
#   bash bench/gap-analysis.sh -rf json -rff target/jmh.json
#   bash bench/gap-analysis.sh -p evaluations=10,100 -wi 1 -i 2   # a quick look
#
# See bench/jmh.sh for how the classes are run.
exec bash "$(dirname "$0")/jmh.sh" GapAnalysisBenchmark "$@"
