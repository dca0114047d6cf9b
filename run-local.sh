#!/usr/bin/env bash
# Essor, the embedded default — one command, no Docker: builds what it needs, then starts a real Kafka broker,
# a MongoDB-compatible store and the four services, and prints their URLs. Ctrl-C stops everything cleanly.
#
#   ./run-local.sh                          build, then start on 8081-8084 (Kafka 9092, MongoDB 27017, data in ./data)
#   ./run-local.sh --help                   the launcher's options (ports, data dir, which services, …)
#   ESSOR_SKIP_BUILD=1 ./run-local.sh       start from the jars already built
#   ESSOR_MVN_ARGS=-o ./run-local.sh        extra Maven arguments (here: offline)
set -euo pipefail
cd "$(dirname "$0")"

# the major version of the JDK at $1 (0 if it is not one)
jdk_version() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || { echo 0; return; }
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  v=${v#1.}
  echo "${v%%.*}"
}

select_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    candidate=${candidate%/}
    if [ -n "$candidate" ] && [ "$(jdk_version "$candidate")" -ge 21 ]; then
      echo "$candidate"
      return
    fi
  done
  return 1
}

if ! JAVA_HOME=$(select_jdk); then
  echo "Essor a besoin d'un JDK 21 ou plus récent / Essor needs a JDK 21 or newer (set JAVA_HOME)." >&2
  exit 1
fi
export JAVA_HOME
JAVA_OPTS=()
if [ "$(jdk_version "$JAVA_HOME")" -ge 24 ]; then
  # Maven's Guice, Netty and Kafka still use sun.misc.Unsafe: allowed, without a warning at each start
  JAVA_OPTS+=(--sun-misc-unsafe-memory-access=allow)
  export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
fi
echo "[essor] JDK: $JAVA_HOME"

if [ "${ESSOR_SKIP_BUILD:-0}" != "1" ]; then
  echo "[essor] Construction / building (./mvnw package, tests skipped) …"
  # shellcheck disable=SC2086 # ESSOR_MVN_ARGS holds several arguments on purpose
  ./mvnw -B -q -DskipTests ${ESSOR_MVN_ARGS:-} package \
    -pl local-platform,roadmap-service,funding-service,procurement-service,foncier-service -am
fi

exec "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -jar local-platform/target/local-platform-exec.jar "$@"
