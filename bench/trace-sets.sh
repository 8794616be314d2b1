#!/usr/bin/env bash
# Measures ingesting a generated trace set through the real HTTP endpoint
# (POST /api/trace-sets, streamed JSON Lines) and computing its TI-S with 2,000
# resamples (GET /api/trace-sets/{id}/tis, first and uncached computation), on the
# packaged application with a capped heap, so a body held in memory would show.
#   mvn -B package -DskipTests && bash bench/trace-sets.sh
# Settings: TRACES (150000), HEAP (256m), RESAMPLES (2000), SEED (7), PORT (18081).
# Prints one CSV row: traces, body MiB, ingest ms, tis ms, peak RSS MiB (VmHWM of the
# JVM process), largest heap after a GC MiB (from -Xlog:gc), and the reading.
set -euo pipefail
cd "$(dirname "$0")/.."
traces=${TRACES:-150000}
heap=${HEAP:-256m}
resamples=${RESAMPLES:-2000}
seed=${SEED:-7}
port=${PORT:-18081}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

mvn -B -q -ntp test-compile
java -cp target/test-classes org.vigil.bench.TraceSetGenerator "$work/traces.jsonl" "$traces" "$seed"
mib=$(( $(stat -c %s "$work/traces.jsonl") / 1048576 ))

VIGIL_ADMIN_PASSWORD=bench-admin-password java -Xmx"$heap" -Xlog:gc:file="$work/gc.log" \
     -Dquarkus.http.port="$port" -Dvigil.tis.resamples="$resamples" -Dvigil.tis.seed="$seed" \
     -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/vigil;DB_CLOSE_ON_EXIT=FALSE" \
     -jar target/quarkus-app/quarkus-run.jar > "$work/log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/q/health/ready" > /dev/null; do sleep 0.1; done

admin=(-sf -u admin:bench-admin-password -H 'Content-Type: application/json')
curl "${admin[@]}" -o /dev/null -d '{"id": "bench", "name": "Bench"}' "http://localhost:$port/api/organisations"
curl "${admin[@]}" -o /dev/null -d '{"username": "bench", "password": "bench-officer-pw",
  "roles": ["OFFICER"], "organisation": "bench"}' "http://localhost:$port/api/accounts"

t0=$(now_ms)
id=$(curl -sf -u bench:bench-officer-pw -H 'Content-Type: application/x-ndjson' \
  --data-binary "@$work/traces.jsonl" \
  "http://localhost:$port/api/trace-sets?name=bench&intervention=bench" | jq -r .id)
ingest=$(( $(now_ms) - t0 ))

t0=$(now_ms)
reading=$(curl -sf -u bench:bench-officer-pw "http://localhost:$port/api/trace-sets/$id/tis" | jq -r .reading)
tis=$(( $(now_ms) - t0 ))

rss=$(( $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024 ))
peak_heap=$(grep -o -- '->[0-9]*M' "$work/gc.log" | tr -d '>M-' | sort -n | tail -1)
echo "traces,body_mib,ingest_ms,tis_ms,peak_rss_mib,peak_heap_after_gc_mib,reading"
echo "$traces,$mib,$ingest,$tis,$rss,${peak_heap:-0},$reading"
