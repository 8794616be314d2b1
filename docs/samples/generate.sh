#!/usr/bin/env bash
# Regenerates the sample reports in docs/samples/ from the four submissions in examples/:
# starts the packaged Vigil on an empty database, creates an organisation with an
# officer, posts each example and downloads its gap report and coverage report as of
# 2026-12-03, plus the sunset digest, and the robot's gap report once more with the
# trace set examples/traces.jsonl referenced (its TI-S section). Needs the packaged
# application:
#   mvn -B package -DskipTests && bash docs/samples/generate.sh
# The reports carry the time each analysis ran, so a regeneration differs in those
# dates (and the document id) but nothing else.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18081}
as_of=${AS_OF:-2026-12-03}
out=docs/samples
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

VIGIL_ADMIN_PASSWORD=samples-admin-password java -Dquarkus.http.port="$port" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/vigil;DB_CLOSE_ON_EXIT=FALSE" \
  -jar target/quarkus-app/quarkus-run.jar > "$work/log" 2>&1 &
pid=$!
until curl -sf "http://localhost:$port/q/health/ready" > /dev/null; do
  kill -0 "$pid" 2> /dev/null || { cat "$work/log"; exit 1; }
  sleep 0.2
done

api="http://localhost:$port/api"
admin=(-u admin:samples-admin-password -H 'Content-Type: application/json')
curl -sf -o /dev/null "${admin[@]}" -d '{"id": "acme", "name": "Acme Robotics GmbH"}' "$api/organisations"
curl -sf -o /dev/null "${admin[@]}" -d '{"username": "officer", "password": "samples-officer-pw",
  "roles": ["OFFICER"], "organisation": "acme"}' "$api/accounts"

for example in examples/*.json; do
  name=$(basename "$example" .json)
  id=$(curl -sf -u officer:samples-officer-pw -H 'Content-Type: application/json' \
    --data-binary "@$example" "$api/submissions" | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p')
  curl -sf -u officer:samples-officer-pw -o "$out/$name-gap-report.pdf" \
    "$api/submissions/$id/report.pdf?asOf=$as_of"
  curl -sf -u officer:samples-officer-pw -o "$out/$name-coverage-report.pdf" \
    "$api/submissions/$id/coverage.pdf?asOf=$as_of"
  echo "$name: submission $id"
done
set_id=$(curl -sf -u officer:samples-officer-pw -H 'Content-Type: application/x-ndjson' \
  --data-binary @examples/traces.jsonl \
  "$api/trace-sets?name=picker-7-handover&intervention=RLHF_SAFETY_TUNING" \
  | sed -n 's/^{"id" *: *\([0-9]*\).*/\1/p')
robot=$(sed '$ s/}[[:space:]]*$//' examples/embodied-robot.json)
id=$(printf '%s, "traceSets": [{"id": %s}]}' "$robot" "$set_id" \
  | curl -sf -u officer:samples-officer-pw -H 'Content-Type: application/json' --data-binary @- \
    "$api/submissions" | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p')
curl -sf -u officer:samples-officer-pw -o "$out/embodied-robot-with-traces-gap-report.pdf" \
  "$api/submissions/$id/report.pdf?asOf=$as_of"
echo "embodied-robot with trace set $set_id: submission $id"
curl -sf -u officer:samples-officer-pw -o "$out/sunset-digest.pdf" "$api/sunsets/digest.pdf?asOf=$as_of"
ls -l "$out"/*.pdf
