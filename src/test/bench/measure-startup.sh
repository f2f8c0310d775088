#!/usr/bin/env bash
# Measures Harbor's start: seconds from launch until the sign-in page answers, and resident
# memory (RSS) after the first admin has signed in. Prints median and p95 over the runs.
#
#   src/test/bench/measure-startup.sh jar [runs]   java -jar target/harbor.jar
#   src/test/bench/measure-startup.sh aot [runs]   the same jar extracted, with a trained AOT cache
#   src/test/bench/measure-startup.sh dev [runs]   ./mvnw spring-boot:run (dev mode, demo profile)
#
# Build the jar first: ./mvnw -Pproduction package -DskipTests. Each run starts with an empty
# data folder and no profile (a practice's own H2 file), so it includes Flyway and making the
# first admin; "aot" first extracts the jar to target/harbor-aot and trains its cache once
# (docs/operations.md, "Starting fast"). Needs a JDK 25 (JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mode=${1:-jar}
runs=${2:-5}
port=18080
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
admin_email=office@practice.example
admin_password=a-long-enough-password-here

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

sign_in() { # prints where the sign-in form sent the browser
  local cookies token
  cookies=$(mktemp)
  token=$(curl -s -c "$cookies" -b "$cookies" "http://localhost:$port/login" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p')
  curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" --data-urlencode "username=$admin_email" \
    --data-urlencode "password=$admin_password" --data-urlencode "_csrf=$token" "http://localhost:$port/login"
  rm -f "$cookies"
}

launch=()
case "$mode" in
  jar) launch=("$java" -jar target/harbor.jar) ;;
  aot)
    app=target/harbor-aot
    if [[ ! -f "$app/harbor.aot" || target/harbor.jar -nt "$app/harbor.aot" ]]; then
      rm -rf "$app"
      "$java" -Djarmode=tools -jar target/harbor.jar extract --destination "$app"
      training=$(mktemp -d)
      # A training run: the application starts, answers the sign-in page once (so the
      # classes of a first request are in the cache too), is stopped, and writes the cache
      # as it exits.
      HARBOR_DATA_DIR=$training HARBOR_ADMIN_EMAIL=$admin_email HARBOR_ADMIN_PASSWORD=$admin_password \
        "$java" -XX:AOTCacheOutput="$app/harbor.aot" -jar "$app/harbor.jar" \
        --server.port=$port --management.server.port=0 >"$training/log" 2>&1 &
      trainer=$!
      until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true)" == 200 ]]; do
        sleep 0.2
        kill -0 "$trainer" 2>/dev/null || { tail -20 "$training/log"; exit 1; }
      done
      kill -TERM "$trainer"
      wait "$trainer" || true
      [[ -f "$app/harbor.aot" ]] || { tail -20 "$training/log"; exit 1; }
      rm -rf "$training"
    fi
    launch=("$java" -XX:AOTCache="$app/harbor.aot" -jar "$app/harbor.jar") ;;
  dev) ;;
  *) echo "mode is jar, aot or dev" >&2; exit 2 ;;
esac

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
    HARBOR_DATA_DIR=$data HARBOR_ADMIN_EMAIL=$admin_email HARBOR_ADMIN_PASSWORD=$admin_password \
      setsid "${launch[@]}" --server.port=$port >"$data/log" 2>&1 &
  fi
  leader=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true)" == 200 ]]; do
    sleep 0.05
    kill -0 "$leader" 2>/dev/null || { cat "$data/log"; exit 1; }
  done
  ready=$(date +%s.%N)
  if [[ "$mode" != dev ]]; then
    landed=$(sign_in)
    [[ "$landed" != *error* && "$landed" != *login* ]] || { echo "sign-in failed (sent to $landed)"; exit 1; }
  fi
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
