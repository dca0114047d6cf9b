#!/usr/bin/env bash
# Essor, the embedded default — one command, no Docker: builds what it needs, then starts the local OpenID
# provider, a real Kafka broker, a MongoDB-compatible store and the four services, and prints their URLs.
# Ctrl-C stops everything cleanly.
#
#   ./run-local.sh                          build, then start on 8081-8084 (provider 9000, Kafka 9092, MongoDB 27017,
#                                           data in ./data)
#   ./run-local.sh --help                   the launcher's options (ports, data dir, which services, …)
#   ESSOR_SKIP_BUILD=1 ./run-local.sh       start from the jars already built
#   ESSOR_MVN_ARGS=-o ./run-local.sh        extra Maven arguments (here: offline)
set -euo pipefail
cd "$(dirname "$0")"

# shellcheck source=bin/select-jdk.sh
. bin/select-jdk.sh
JAVA_OPTS=()
if [ "$(essor_jdk_version "$JAVA_HOME")" -ge 24 ]; then
  JAVA_OPTS+=(--sun-misc-unsafe-memory-access=allow)
fi
echo "[essor] JDK: $JAVA_HOME"

# --help only prints the launcher's options: no build for that (the jar must exist, though)
wants_help=0
for arg in "$@"; do
  case "$arg" in --help|-h) wants_help=1 ;; esac
done
if [ "$wants_help" = "1" ] && [ -f local-platform/target/local-platform-exec.jar ]; then
  exec "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -jar local-platform/target/local-platform-exec.jar "$@"
fi

if [ "${ESSOR_SKIP_BUILD:-0}" != "1" ]; then
  echo "[essor] Construction / building (./mvnw package, tests skipped) …"
  # shellcheck disable=SC2086 # ESSOR_MVN_ARGS holds several arguments on purpose
  ./mvnw -B -q -DskipTests ${ESSOR_MVN_ARGS:-} package \
    -pl local-platform,identity-provider,roadmap-service,funding-service,procurement-service,foncier-service -am
fi

# each service from a JDK AOT cache (Java 25+), trained at the first start after a build, unless told otherwise
aot=(--aot-cache=on)
for arg in "$@"; do
  case "$arg" in --aot-cache=*|--essor.aot-cache=*) aot=() ;; esac
done
exec "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -jar local-platform/target/local-platform-exec.jar "${aot[@]}" "$@"
