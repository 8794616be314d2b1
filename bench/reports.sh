#!/usr/bin/env bash
# Measures rendering a gap report with JMH (ReportBenchmark, in src/test/java): milliseconds
# per report, and bytes allocated per report (-prof gc, gc.alloc.rate.norm), for a 20-page
# (140 gaps) and a 200-page (1,630 gaps) report built from SyntheticReports. Templates and
# fonts load once per fork; each operation renders the whole PDF/A-2b file. Peak heap is
# checked separately by running the 200-page case under a small heap:
#   bash bench/reports.sh -jvmArgsAppend -Xmx96m -p gaps=1630 -wi 1 -i 2
# Run from anywhere; about 2 minutes on 2 cores. Extra arguments go to JMH.
exec bash "$(dirname "$0")/jmh.sh" ReportBenchmark -prof gc "$@"
