package fr.essor.e2e.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.essor.kit.testing.TopicProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a topic from its start and judges the facts of some organisations as they were published: a write published
 * as two different facts (two event ids for one registration, or for one version of a change) is doubled; a version
 * published after a later version of the same organisation is an order violation. The same fact delivered twice (one
 * event id, a redelivery the consumers drop) is neither, and is only counted.
 */
final class TopicAudit {

    record Result(int facts, int redelivered, int doubled, int orderViolations) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TopicAudit() {
    }

    static Result of(String bootstrapServers, String topic, Set<String> organisations) {
        Map<String, List<Long>> versions = new HashMap<>();
        Map<String, Set<String>> idsPerWrite = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int facts = 0;
        int redelivered = 0;
        for (TopicProbe.Received record : new TopicProbe(bootstrapServers).readAll(topic, Duration.ofMinutes(2))) {
            String id = record.header("ce_id");
            String type = record.header("ce_type");
            JsonNode payload;
            try {
                payload = JSON.readTree(record.value());
            } catch (RuntimeException notJson) {
                continue; // a poison record of the drill
            }
            String organisation = payload.path("organisationId").asString("");
            if (id == null || type == null || !organisations.contains(organisation)) {
                continue;
            }
            facts++;
            if (!seen.add(id)) {
                redelivered++;
                continue;
            }
            long version = payload.path("version").asLong();
            versions.computeIfAbsent(organisation, key -> new ArrayList<>()).add(version);
            String write = organisation + (type.contains("registered") ? " registered" : " v" + version);
            idsPerWrite.computeIfAbsent(write, key -> new HashSet<>()).add(id);
        }
        int doubled = (int) idsPerWrite.values().stream().filter(ids -> ids.size() > 1).count();
        int violations = 0;
        for (List<Long> published : versions.values()) {
            for (int i = 1; i < published.size(); i++) {
                if (published.get(i) < published.get(i - 1)) {
                    violations++;
                }
            }
        }
        return new Result(facts, redelivered, doubled, violations);
    }
}
