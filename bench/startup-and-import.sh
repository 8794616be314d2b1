#!/usr/bin/env bash
# Measures Vigil's time from process start to ready (/q/health/ready answers 200),
# cold (empty database: migrations and the full seed load) and warm (seed already
# stored: an idempotent reload), and the time to import the CISO Assistant
# ai-act.yaml library through the API. Needs the packaged application:
#   mvn -B package -DskipTests && bash bench/startup-and-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
port=${PORT:-18080}
fixture=${FIXTURE:-../shared/fixtures/ciso-assistant/ai-act.yaml}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

start_vigil() {
  VIGIL_ADMIN_PASSWORD=bench-admin-password java -Dquarkus.http.port="$port" \
       -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/vigil;DB_CLOSE_ON_EXIT=FALSE" \
       -jar target/quarkus-app/quarkus-run.jar > "$work/log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/q/health/ready" > /dev/null; do sleep 0.05; done
}

stop_vigil() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

echo "run,cold_ready_ms,warm_ready_ms,import_ai_act_ms"
for i in $(seq 1 "$runs"); do
  rm -rf "$work"/vigil*
  t0=$(now_ms); start_vigil; cold=$(( $(now_ms) - t0 )); stop_vigil
  t0=$(now_ms); start_vigil; warm=$(( $(now_ms) - t0 ))
  # Imports need a CURATOR; creating one is outside the timed part.
  curl -sf -o /dev/null -u admin:bench-admin-password -H 'Content-Type: application/json' \
    -d '{"username": "bench", "password": "bench-curator-pw", "roles": ["CURATOR"]}' \
    "http://localhost:$port/api/accounts"
  t0=$(now_ms)
  curl -sf -o /dev/null -u bench:bench-curator-pw -H 'Content-Type: application/yaml' --data-binary "@$fixture" \
    "http://localhost:$port/api/catalog/imports?format=ciso-assistant&version=bench-$i"
  import=$(( $(now_ms) - t0 ))
  stop_vigil
  echo "$i,$cold,$warm,$import"
done
