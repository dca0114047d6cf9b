package fr.essor.kit.webhooks;

import fr.essor.kit.reference.Communes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One event type a service delivers to the EPTs' webhooks: its CloudEvents type, the topic it travels on, how to read
 * the territories the fact belongs to, and the public fields of its payload (the only ones delivered). A type a
 * service does not declare, or a fact without territory, is never delivered.
 *
 * @param type         the CloudEvents type, e.g. {@code fr.essor.foncier.premises-offer-published.v1}
 * @param topic        the Kafka topic the type is published on
 * @param summary      a French sentence saying what the fact is, for the API description
 * @param territories  the EPT codes (T6…T9) of a payload; empty when it has none
 * @param publicFields the payload's fields an EPT may read (no person's name, e-mail, phone, internal note, score,
 *                     nor the username of the agent who recorded the fact)
 */
public record DeliverableEvent(String type, String topic, String summary,
                               BiFunction<JsonNode, Communes, Set<String>> territories, List<String> publicFields) {

    public DeliverableEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(territories, "territories");
        publicFields = List.copyOf(publicFields);
        if (publicFields.contains("recordedBy")) {
            throw new IllegalArgumentException("recordedBy names an agent: never public (" + type + ")");
        }
    }

    /** The public part of a payload: only the declared fields, in their declared order, absent ones left out. */
    public ObjectNode publicData(JsonNode payload, ObjectNode empty) {
        for (String field : publicFields) {
            JsonNode value = payload.get(field);
            if (value != null) {
                empty.set(field, value);
            }
        }
        return empty;
    }

    /**
     * The territory of a fact located in one commune ({@code communeField}, an INSEE code, resolved through the
     * reference data), else the EPT code it carries ({@code territoryField}).
     */
    public static BiFunction<JsonNode, Communes, Set<String>> locatedIn(String communeField, String territoryField) {
        return (payload, communes) -> {
            Set<String> codes = new LinkedHashSet<>();
            JsonNode commune = payload.get(communeField);
            if (commune != null && commune.isString()) {
                communes.find(commune.asString()).ifPresent(found -> codes.add(found.territory().code()));
            }
            if (codes.isEmpty()) {
                addCode(payload.get(territoryField), codes);
            }
            return codes;
        };
    }

    /**
     * The territories of a fact that concerns several communes or EPTs: those of each commune of {@code communesField}
     * and each code of {@code territoriesField}, plus the single code of {@code territoryField} if any.
     */
    public static BiFunction<JsonNode, Communes, Set<String>> concerning(String communesField, String territoriesField,
                                                                       String territoryField) {
        return (payload, communes) -> {
            Set<String> codes = new LinkedHashSet<>();
            JsonNode list = payload.get(communesField);
            if (list != null && list.isArray()) {
                for (JsonNode commune : list) {
                    if (commune.isString()) {
                        communes.find(commune.asString()).ifPresent(found -> codes.add(found.territory().code()));
                    }
                }
            }
            JsonNode territories = payload.get(territoriesField);
            if (territories != null && territories.isArray()) {
                territories.forEach(code -> addCode(code, codes));
            }
            if (territoryField != null) {
                addCode(payload.get(territoryField), codes);
            }
            return codes;
        };
    }

    /** The EPT code a fact carries in {@code territoryField} (e.g. one laureate list per EPT). */
    public static BiFunction<JsonNode, Communes, Set<String>> ofTerritory(String territoryField) {
        return (payload, communes) -> {
            Set<String> codes = new LinkedHashSet<>();
            addCode(payload.get(territoryField), codes);
            return codes;
        };
    }

    private static void addCode(JsonNode value, Set<String> codes) {
        if (value != null && value.isString() && value.asString().matches("T[6-9]")) {
            codes.add(value.asString());
        }
    }
}
