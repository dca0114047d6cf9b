#!/usr/bin/env bash
# Container healthcheck: GET /actuator/health on the service's management port (MANAGEMENT_SERVER_PORT, set by
# docker-compose.yml; the server port when actuator shares it); healthy only on HTTP 200 (Boot answers 503 when a
# component - mongo, kafka - is DOWN). Plain bash (/dev/tcp): the JRE image needs no curl or wget.
set -euo pipefail
port="${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 4 status <&3
exec 3<&-
[[ "${status}" == *" 200 "* ]]
