#!/usr/bin/env bash
# Start-up time and resident memory of the embedded default (issue 14, point 5): ./run-local.sh from the jars
# already built, on its default ports, data in a temporary directory. For each run: seconds until every part is UP
# (the launcher's own figure), then the resident set (VmRSS) of each process after an idle warm-up, and again after
# a load of API reads and writes. See benchmarks/README.md.
#
#   benchmarks/footprint.sh [aot-cache: off|on] [idle seconds] [load requests per service]
#   (jars built first: ./mvnw -B -DskipTests package; with "on" the first start after a build trains the cache)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/select-jdk.sh
AOT="${1:-off}"
IDLE="${2:-60}"
REQUESTS="${3:-500}"
WORK=$(mktemp -d /tmp/essor-footprint.XXXX)
LAUNCHER=""
cleanup() { [ -n "$LAUNCHER" ] && kill "$LAUNCHER" 2>/dev/null && wait "$LAUNCHER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

ESSOR_SKIP_BUILD=1 ./run-local.sh --aot-cache="$AOT" --data-dir="$WORK/data" > "$WORK/platform.log" 2>&1 &
LAUNCHER=$!
for _ in $(seq 1 600); do grep -q "Essor is up" "$WORK/platform.log" && break; sleep 1; done
UP=$(grep -o "Essor is up  *([0-9.]* s)" "$WORK/platform.log" | grep -o "[0-9.]* s")
echo "[footprint] aot-cache=$AOT: UP in $UP"

# the pid of each part, as the launcher announced it ("[essor] Kafka (KRaft) sur / on … (pid 123, …")
pids() { grep -o "^\[essor\] [^ ]*.*(pid [0-9]*" "$WORK/platform.log" | sed -E 's/^\[essor\] ([^ ]*).*\(pid ([0-9]+)$/\1 \2/' \
  | sed -e 's/^Kafka /kafka /' -e 's/^MongoDB /mongo-store /' -e "s/^Fournisseur /identity-provider /" | sort -u -k1,1; }
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }
snapshot() { pids | while read -r name pid; do echo "$name $(rss "$pid")"; done; }

sleep "$IDLE"
snapshot > "$WORK/idle.txt"

TOKEN=$(curl -s -u essor-cli:essor-cli -d grant_type=client_credentials http://localhost:9000/oauth2/token \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
load() { # GET requests on a service's main lists, 4 at a time
  local port=$1; shift
  for path in "$@"; do for _ in $(seq 1 "$REQUESTS"); do echo "http://localhost:$port$path"; done; done \
    | xargs -P 4 -n 50 curl -s -H "Authorization: Bearer $TOKEN" -H "Accept: application/json" > /dev/null
}
load 8081 /api/indicators /api/organisations
load 8082 /api/organisations /api/calls
load 8083 /api/contracts /api/suppliers
load 8084 /api/premises/needs /api/premises/offers
sleep 10
snapshot > "$WORK/load.txt"

echo
echo "| part | resident after ${IDLE} s idle (MB) | after ${REQUESTS} reads × 2 lists (MB) |"
echo "|---|---|---|"
join <(sort "$WORK/idle.txt") <(sort "$WORK/load.txt") | awk '{printf "| %s | %s | %s |\n", $1, $2, $3}'
