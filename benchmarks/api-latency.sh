#!/usr/bin/env bash
# API latency of the same endpoint, in the same run: today's bearer JWT (OpenID Connect) against HTTP Basic as the
# services answered it before the sign-in moved to the provider (commit e914fad, built here in a temporary worktree),
# and /actuator/health (no authentication) beside them. See benchmarks/README.md.
#
#   benchmarks/api-latency.sh [requests]      (jars of the current tree already built: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/select-jdk.sh
REQUESTS="${1:-500}"
OLD_COMMIT=e914fad
WORK=$(mktemp -d /tmp/essor-api-latency.XXXX)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true;
            git worktree remove --force "$WORK/old" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

echo "[bench] building funding-service at $OLD_COMMIT (HTTP Basic) …"
git worktree add -q "$WORK/old" "$OLD_COMMIT"
(cd "$WORK/old" && ./mvnw -B -q -DskipTests -pl funding-service -am package)
./mvnw -B -q -Pbenchmarks -pl benchmarks -am compile -DskipTests

echo "[bench] starting the embedded default with funding only (OIDC) …"
ESSOR_SKIP_BUILD=1 ./run-local.sh --services=funding --data-dir="$WORK/data" > "$WORK/platform.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 180); do curl -fs http://localhost:8082/actuator/health >/dev/null 2>&1 && break; sleep 1; done

echo "[bench] starting the Basic funding-service on 8182 against the same store and broker …"
"$JAVA_HOME/bin/java" -jar "$WORK/old/funding-service/target/funding-service.jar" --server.port=8182 \
  --spring.profiles.active=local --spring.mongodb.uri=mongodb://localhost:27017/essor-funding-basic \
  > "$WORK/basic.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 180); do curl -fs http://localhost:8182/actuator/health >/dev/null 2>&1 && break; sleep 1; done

TOKEN=$(curl -s -u essor-cli:essor-cli -d grant_type=client_credentials http://localhost:9000/oauth2/token \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
BASIC="Basic $(printf 'admin:admin' | base64)"
"$JAVA_HOME/bin/java" -cp benchmarks/target/classes fr.essor.benchmarks.ApiLatency --requests="$REQUESTS" \
  --warmup=100 \
  "--target=bearer JWT, GET /api/organisations|http://localhost:8082/api/organisations|Bearer $TOKEN" \
  "--target=HTTP Basic (e914fad), GET /api/organisations|http://localhost:8182/api/organisations|$BASIC" \
  "--target=no authentication, GET /actuator/health|http://localhost:8082/actuator/health|"
