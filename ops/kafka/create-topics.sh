#!/usr/bin/env bash
# kafka-init job (docker-compose.yml): creates every domain topic the AsyncAPI document names (its channels'
# `address: essor.…`), 3 partitions, history kept (retention.ms=-1: a consumer can rebuild its state from the
# beginning). Idempotent (--if-not-exists). Dead-letter and binder topics are created on demand by the services.
set -euo pipefail
bootstrap="${KAFKA_BOOTSTRAP:-kafka:9092}"
asyncapi="${ESSOR_ASYNCAPI:-/opt/essor/asyncapi.yaml}"
topics=$(sed -n 's/^[[:space:]]*address:[[:space:]]*\(essor\.[a-z0-9.-]*\)[[:space:]]*$/\1/p' "${asyncapi}" | sort -u)
if [ -z "${topics}" ]; then
  echo "[kafka-init] no 'address: essor.*' channel in ${asyncapi}" >&2
  exit 1
fi
count=0
for topic in ${topics}; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "${bootstrap}" --create --if-not-exists \
    --topic "${topic}" --partitions 3 --replication-factor 1 --config retention.ms=-1
  count=$((count + 1))
done
echo "[kafka-init] ${count} domain topics present"
