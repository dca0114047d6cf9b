# Sourced by run-local.sh and .ci/run: exports JAVA_HOME as a JDK 21 or newer (the project's target), preferring
# $JAVA_HOME, then the Temurin JDK installed beside Debian's default one, then any JDK under /usr/lib/jvm.

# the major version of the JDK at $1 (0 if it is not one)
essor_jdk_version() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || { echo 0; return; }
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  v=${v#1.}
  echo "${v%%.*}"
}

essor_select_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    candidate=${candidate%/}
    if [ -n "$candidate" ] && [ "$(essor_jdk_version "$candidate")" -ge 21 ]; then
      echo "$candidate"
      return
    fi
  done
  return 1
}

if ! JAVA_HOME=$(essor_select_jdk); then
  echo "Essor a besoin d'un JDK 21 ou plus récent / Essor needs a JDK 21 or newer (set JAVA_HOME)." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
if [ "$(essor_jdk_version "$JAVA_HOME")" -ge 24 ]; then
  # Maven's Guice, Netty and Kafka still use sun.misc.Unsafe: allowed, without a warning at each start
  export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
fi
