#!/usr/bin/env bash
# Measures Harbor's start: seconds until the sign-in page answers, and resident memory (RSS)
# after one demo clinician has signed in. Prints median and p95 over the runs.
#
#   src/test/bench/measure-startup.sh jar [runs]   the production jar (./mvnw -Pproduction package first)
#   src/test/bench/measure-startup.sh dev [runs]   ./mvnw spring-boot:run (dev mode)
#
# Each run starts with an empty data folder, so it includes Flyway and the demo seeding.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mode=${1:-jar}
runs=${2:-5}
port=18080

percentile() { # percentile P < numbers
  sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int((NR - 1) * p / 100 + 0.5) + 1; print v[i] }'
}

rss_mb() { # total RSS of a process tree, in MB
  local total=0 pid
  for pid in $(pgrep -g "$1"); do
    total=$(( total + $(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0) ))
  done
  echo $(( total / 1024 ))
}

sign_in() {
  local jar cookies token
  cookies=$(mktemp)
  token=$(curl -s -c "$cookies" -b "$cookies" "http://localhost:$port/login" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p')
  curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=maya.okafor@harbor.example" \
    --data-urlencode "password=harbor-demo-2026" --data-urlencode "_csrf=$token" "http://localhost:$port/login"
  curl -s -o /dev/null -w '%{http_code}' -c "$cookies" -b "$cookies" "http://localhost:$port/"
  rm -f "$cookies"
}

leader=""
stop_app() { [[ -n "$leader" ]] && kill -- -"$leader" 2>/dev/null || true; }
trap stop_app EXIT

if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "Port $port is taken; stop whatever runs there first." >&2
  exit 1
fi

starts=() rss=()
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  begin=$(date +%s.%N)
  if [[ "$mode" == dev ]]; then
    HARBOR_DATA_DIR=$data SERVER_PORT=$port setsid ./mvnw -q spring-boot:run >"$data/log" 2>&1 &
  else
    HARBOR_DATA_DIR=$data setsid java -jar target/harbor.jar --server.port=$port >"$data/log" 2>&1 &
  fi
  leader=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true)" == 200 ]]; do
    sleep 0.1
    kill -0 "$leader" 2>/dev/null || { cat "$data/log"; exit 1; }
  done
  ready=$(date +%s.%N)
  status=$(sign_in)
  [[ "$status" == 200 ]] || { echo "sign-in did not reach the dashboard (HTTP $status)"; exit 1; }
  sleep 2
  starts+=("$(echo "$ready - $begin" | bc)")
  rss+=("$(rss_mb "$leader")")
  printf 'run %d: sign-in page after %.1f s, %s MB resident after a sign-in\n' "$run" "${starts[-1]}" "${rss[-1]}"
  stop_app
  while kill -0 "$leader" 2>/dev/null; do sleep 0.2; done
  leader=""
  rm -rf "$data"
done
printf '%s: start median %.1f s, p95 %.1f s; RSS median %s MB, p95 %s MB (%d runs)\n' "$mode" \
  "$(printf '%s\n' "${starts[@]}" | percentile 50)" "$(printf '%s\n' "${starts[@]}" | percentile 95)" \
  "$(printf '%s\n' "${rss[@]}" | percentile 50)" "$(printf '%s\n' "${rss[@]}" | percentile 95)" "$runs"
